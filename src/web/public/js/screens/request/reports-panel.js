import { api } from '../../api.js';
import { FormError, Loaded, Notice, useAction, useLoad } from '../../components.js';
import { html, useState } from '../../html.js';
import { formatDate, t } from '../../i18n.js';
import { hasRole } from '../../roles.js';
import { loadReceptionOptions } from '../reception/catalogue.js';
import { AmendForm } from './amend-form.js';
import { HandoverForm } from './handover-form.js';

/** Renders the request's LHU revisions with their PDFs, and the technical manager's issue button. */
export function ReportsPanel({ request, user, onChange }) {
  const [handedOver, setHandedOver] = useState(null);
  const reports = useLoad(() => api('GET', `/api/reports?requestId=${request.id}`), [request.id]);
  const catalogue = useLoad(loadReceptionOptions);
  const amendable = (r) => hasRole(user, 'technical_manager') && r.status === 'current' && catalogue.data;
  const parameters = request.samples.flatMap((s) => s.parameters).filter((p) => p.status !== 'cancelled');
  const ready = parameters.length > 0 && parameters.every((p) => p.status === 'validated');
  const issue = useAction(() => api('POST', `/api/requests/${request.id}/reports`), () => {
    reports.reload();
    onChange();
  });
  return html`
    <section class="card" aria-labelledby="reports-title">
      <h2 id="reports-title">${t('report.title')}</h2>
      <${Loaded} state=${reports}>${(list) => (list.length === 0 ? html`<p>${t('report.none')}</p>` : html`
        <table class="data">
          <thead><tr><th>${t('report.number')}</th><th>${t('report.revision')}</th><th>${t('report.status')}</th><th>${t('report.issuedAt')}</th><th></th></tr></thead>
          <tbody>${list.map((r) => html`
            <tr>
              <td>${r.number}</td><td>${r.revision}</td><td>${t(`reportStatus.${r.status}`)}</td><td>${formatDate(r.issued_at)}</td>
              <td><a href=${`/api/reports/${r.id}/pdf`} target="_blank" rel="noopener">${t('report.openPdf')}</a></td>
            </tr>
            ${hasRole(user, 'receiver') && r.status === 'current' ? html`
              <tr><td colspan="5"><${HandoverForm} report=${r} onDone=${() => setHandedOver(r.number)} /></td></tr>` : null}
            ${amendable(r) ? html`
              <tr><td colspan="5">
                <${AmendForm} report=${r} samples=${request.samples.filter((s) => s.status === 'accepted')} fields=${catalogue.data.correctableSampleFields}
                  onDone=${() => { reports.reload(); onChange(); }} />
              </td></tr>` : null}`)}
          </tbody>
        </table>`)}
      </${Loaded}>
      ${handedOver ? html`<${Notice} kind="ok">${t('handover.done', { number: handedOver })}</${Notice}>` : null}
      ${hasRole(user, 'technical_manager') ? html`
        <p class="hint">${ready ? t('report.readyToIssue') : t('report.notReady')}</p>
        <button type="button" class="primary" disabled=${!ready || issue.busy} onClick=${() => issue.run()}>${t('report.issue')}</button>
        <${FormError} error=${issue.error} />` : null}
    </section>`;
}
