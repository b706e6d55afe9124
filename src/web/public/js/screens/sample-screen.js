import { api } from '../api.js';
import { Loaded, useLoad } from '../components.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { hasRole } from '../roles.js';
import { go } from '../router.js';

/** Returns the route of a parameter's open worksheet, else of its bench. */
export async function benchPathOf(parameterId) {
  const work = await api('GET', `/api/parameters/${parameterId}/work`);
  return work.openRunId ? `runs/${work.openRunId}` : `bench/${parameterId}`;
}

/** Finds the request that contains exactly this sample code. */
async function requestOfCode(code) {
  const found = await api('GET', `/api/requests?q=${encodeURIComponent(code)}`);
  const request = found.find((row) => row.samples.some((sample) => sample.code === code));
  if (!request) throw new Error(t('sample.notFound', { code }));
  return request.id;
}

/** Finds where a scanned sample code leads this user: the bench, the trace or the request. */
async function resolveSample(code, user) {
  if (hasRole(user, 'analyst')) {
    const row = (await api('GET', '/api/worklist')).find((r) => r.sample_code === code);
    if (row) return benchPathOf(row.id);
  }
  if (hasRole(user, 'auditor')) {
    await api('GET', `/api/samples/${encodeURIComponent(code)}/trace`);
    return `audit/trace/${encodeURIComponent(code)}`;
  }
  if (hasRole(user, 'receiver', 'supervisor', 'technical_manager', 'admin')) return `requests/${await requestOfCode(code)}`;
  throw new Error(t('sample.notFound', { code }));
}

export function SampleScreen({ params, user }) {
  const target = useLoad(() => resolveSample(params.code, user).then((path) => {
    go(path);
    return path;
  }), [params.code]);
  return html`<h1>${t('sample.code')} <span class="code">${params.code}</span></h1>
    <${Loaded} state=${target}>${() => html`<p class="loading">${t('common.loading')}</p>`}</${Loaded}>`;
}
