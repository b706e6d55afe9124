import { api } from '../../api.js';
import { loadMethods, methodTitle } from '../../methods.js';
import { Loaded, StatusPill, useLoad } from '../../components.js';
import { html } from '../../html.js';
import { formatDate, t } from '../../i18n.js';

async function openRunOf(row) {
  if (row.status !== 'in_progress') return null;
  return (await api('GET', `/api/parameters/${row.id}/work`)).openRunId;
}

const loadWorklist = async () => {
  const [rows, methods] = await Promise.all([api('GET', '/api/worklist'), loadMethods()]);
  const runIds = await Promise.all(rows.map(openRunOf));
  return rows.map((row, index) => ({ ...row, title: methodTitle(methods, row.method_id), openRunId: runIds[index] }));
};

function openLink(row) {
  if (row.openRunId) return html`<a href=${`#/runs/${row.openRunId}`}>${t('worklist.openRun')}</a>`;
  return html`<a href=${`#/bench/${row.id}`}>${t('worklist.prepare')}</a>`;
}

/** Renders the analyst's assigned parameters, earliest due date first. */
export function WorklistScreen() {
  const list = useLoad(loadWorklist);
  return html`
    <h1>${t('nav.worklist')}</h1>
    <${Loaded} state=${list}>${(rows) => (rows.length === 0 ? html`<p>${t('worklist.empty')}</p>` : html`
      <table class="data">
        <thead><tr>
          <th>${t('request.dueDate')}</th><th>${t('sample.code')}</th><th>${t('parameter.method')}</th>
          <th>${t('parameter.status')}</th><th></th>
        </tr></thead>
        <tbody>${rows.map((row) => html`
          <tr>
            <td>${formatDate(row.due_date)}</td>
            <td class="code">${row.sample_code}</td>
            <td>${row.title}<br /><small>${row.description}</small></td>
            <td><${StatusPill} status=${row.status} /></td>
            <td>${openLink(row)}</td>
          </tr>`)}
        </tbody>
      </table>`)}
    </${Loaded}>`;
}
