import { api } from '../../api.js';
import { loadMethods, methodTitle } from '../../methods.js';
import { Loaded, StatusPill, useLoad } from '../../components.js';
import { html } from '../../html.js';
import { formatDate, t } from '../../i18n.js';

const loadQueue = async (stage) => {
  const [rows, methods] = await Promise.all([api('GET', `/api/review-queue?stage=${stage}`), loadMethods()]);
  return rows.map((row) => ({ ...row, title: methodTitle(methods, row.method_id) }));
};

/** Results waiting for verification (supervisor) or validation (technical manager), earliest due first. */
export function ReviewQueueScreen({ params }) {
  const stage = params.stage === 'validation' ? 'validation' : 'verification';
  const queue = useLoad(() => loadQueue(stage), [stage]);
  return html`
    <h1>${t(`review.queue.${stage}`)}</h1>
    <${Loaded} state=${queue}>${(rows) => (rows.length === 0 ? html`<p>${t('review.empty')}</p>` : html`
      <table class="data">
        <thead><tr>
          <th>${t('request.dueDate')}</th><th>${t('request.number')}</th><th>${t('sample.code')}</th>
          <th>${t('parameter.method')}</th><th>${t('parameter.status')}</th><th></th>
        </tr></thead>
        <tbody>${rows.map((row) => html`
          <tr>
            <td>${formatDate(row.due_date)}</td>
            <td><a href=${`#/requests/${row.request_id}`}>${row.request_number}</a></td>
            <td class="code">${row.sample_code}</td>
            <td>${row.title}</td>
            <td><${StatusPill} status=${row.status} /></td>
            <td><a href=${`#/review/${stage}/${row.id}?request=${row.request_id}`}>${t('review.open')}</a></td>
          </tr>`)}
        </tbody>
      </table>`)}
    </${Loaded}>`;
}
