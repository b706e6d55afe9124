import { api } from '../../api.js';
import { bind, Field, FormError, Loaded, submitWith, useAction, useLoad } from '../../components.js';
import { html, useState } from '../../html.js';
import { formatDate, t } from '../../i18n.js';
import { loadMethods, methodTitle } from '../../methods.js';

async function loadAuthorisations() {
  const [rows, users, methods] = await Promise.all([api('GET', '/api/staff/authorisations'), api('GET', '/api/users'), loadMethods()]);
  return { rows, analysts: users.filter((u) => u.roles.includes('analyst') && u.active), methods };
}

function GrantForm({ analysts, methods, onDone }) {
  const [values, setValues] = useState({ userId: String(analysts[0]?.id ?? ''), methodId: methods[0]?.id ?? '', expiresOn: '' });
  const body = () => ({ userId: Number(values.userId), methodId: values.methodId, ...(values.expiresOn ? { expiresOn: values.expiresOn } : {}) });
  const grant = useAction(() => api('POST', '/api/staff/authorisations', body()), onDone);
  return html`
    <form class="inline-form" onSubmit=${submitWith(grant.run)} aria-label=${t('admin.grant')}>
      <${Field} label=${t('parameter.analyst')} name="userId" error=${grant.error}>
        <select ...${bind(values, setValues, 'userId')}>${analysts.map((a) => html`<option value=${a.id}>${a.full_name}</option>`)}</select>
      </${Field}>
      <${Field} label=${t('parameter.method')} name="methodId" error=${grant.error}>
        <select ...${bind(values, setValues, 'methodId')}>${methods.map((m) => html`<option value=${m.id}>${methodTitle(methods, m.id)}</option>`)}</select>
      </${Field}>
      <${Field} label=${t('admin.expiresOn')} name="expiresOn" error=${grant.error}><input type="date" ...${bind(values, setValues, 'expiresOn')} /></${Field}>
      <button type="submit" disabled=${grant.busy}>${t('admin.grant')}</button>
      <${FormError} error=${grant.error} fields=${['userId', 'methodId', 'expiresOn']} />
    </form>`;
}

/** Renders which analyst is authorised for which method, with the form that grants a new authorisation. */
export function AuthorisationsPanel() {
  const data = useLoad(loadAuthorisations);
  return html`
    <section class="card" aria-labelledby="authorisations-title">
      <h2 id="authorisations-title">${t('admin.authorisations')}</h2>
      <${Loaded} state=${data}>${({ rows, analysts, methods }) => html`
        <table class="data">
          <thead><tr><th>${t('parameter.analyst')}</th><th>${t('parameter.method')}</th><th>${t('admin.grantedOn')}</th><th>${t('admin.expiresOn')}</th><th>${t('admin.revoked')}</th></tr></thead>
          <tbody>${rows.map((a) => html`
            <tr class=${a.revoked_at ? 'replaced' : ''}>
              <td>${a.full_name}</td><td>${methodTitle(methods, a.method_id)}</td><td>${formatDate(a.granted_on)}</td>
              <td>${formatDate(a.expires_on)}</td><td>${a.revoked_at ? `${formatDate(a.revoked_at)} ${a.revoke_reason ?? ''}` : '–'}</td>
            </tr>`)}
          </tbody>
        </table>
        <${GrantForm} analysts=${analysts} methods=${methods} onDone=${data.reload} />`}
      </${Loaded}>
    </section>`;
}
