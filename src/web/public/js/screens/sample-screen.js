import { api } from '../api.js';
import { Loaded, useLoad } from '../components.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { hasRole } from '../roles.js';
import { go } from '../router.js';
import { rememberedRun } from './bench/run-memory.js';

/** Finds where a scanned sample code leads this user: the bench, the trace or the request. */
async function resolveSample(code, user) {
  if (hasRole(user, 'analyst')) {
    const row = (await api('GET', '/api/worklist')).find((r) => r.sample_code === code);
    if (row) {
      const runId = rememberedRun(row.id);
      return row.status === 'in_progress' && runId ? `runs/${runId}` : `bench/${row.id}`;
    }
  }
  if (hasRole(user, 'auditor', 'technical_manager')) {
    const trace = await api('GET', `/api/samples/${encodeURIComponent(code)}/trace`);
    return hasRole(user, 'auditor') ? `audit/trace/${encodeURIComponent(code)}` : `requests/${trace.sample.request_id}`;
  }
  // TODO: a receiver or supervisor needs a sample look-up route to open the request of any code.
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
