import { api } from '../../api.js';
import { bind, Field, FormError, StatusPill, submitWith, useAction } from '../../components.js';
import { html, useState } from '../../html.js';
import { formatDate, t } from '../../i18n.js';

const REQUEST_STATUSES = ['registered', 'reported'];

function searchUrl(values) {
  const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value.trim() !== ''));
  return `/api/requests?${query}`;
}

function Results({ rows }) {
  if (rows.length === 0) return html`<p>${t('search.none')}</p>`;
  return html`
    <table class="data search-results">
      <thead><tr>
        <th>${t('request.number')}</th><th>${t('reception.customer')}</th><th>${t('sample.code')}</th>
        <th>${t('request.receivedAt')}</th><th>${t('request.dueDate')}</th><th>${t('request.status')}</th>
      </tr></thead>
      <tbody>${rows.map((row) => html`
        <tr>
          <td><a href=${`#/requests/${row.id}`}>${row.number}</a></td>
          <td>${row.customerName}</td>
          <td class="code">${row.samples.map((sample) => sample.code).join(', ')}</td>
          <td>${formatDate(row.receivedAt)}</td>
          <td>${formatDate(row.dueDate)}</td>
          <td><${StatusPill} status=${row.status} /></td>
        </tr>`)}
      </tbody>
    </table>`;
}

/** Finds requests by request number, sample code or customer, date of receipt and status. */
export function SearchScreen() {
  const [values, setValues] = useState({ q: '', from: '', to: '', status: '' });
  const search = useAction(() => api('GET', searchUrl(values)));
  const [rows, setRows] = useState(null);
  const run = async () => setRows((await search.run()) ?? null);
  return html`
    <h1>${t('nav.search')}</h1>
    <form class="card wide" role="search" onSubmit=${submitWith(run)}>
      <div class="row">
        <${Field} label=${t('search.text')} name="q" error=${search.error} hint=${t('nav.search.hint')}><input type="search" ...${bind(values, setValues, 'q')} /></${Field}>
        <${Field} label=${t('search.from')} name="from" error=${search.error}><input type="date" ...${bind(values, setValues, 'from')} /></${Field}>
        <${Field} label=${t('search.to')} name="to" error=${search.error}><input type="date" ...${bind(values, setValues, 'to')} /></${Field}>
        <${Field} label=${t('request.status')} name="status" error=${search.error}>
          <select ...${bind(values, setValues, 'status')} onChange=${(e) => setValues({ ...values, status: e.currentTarget.value })}>
            <option value="">${t('search.anyStatus')}</option>
            ${REQUEST_STATUSES.map((status) => html`<option value=${status}>${t(`status.${status}`)}</option>`)}
          </select>
        </${Field}>
      </div>
      <${FormError} error=${search.error} fields=${['q', 'from', 'to', 'status']} />
      <button type="submit" class="primary" disabled=${search.busy}>${t('search.find')}</button>
    </form>
    ${rows ? html`<${Results} rows=${rows} />` : null}`;
}
