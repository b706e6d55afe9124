import { api } from '../../api.js';
import { Loaded, useLoad } from '../../components.js';
import { html } from '../../html.js';
import { formatDate, formatRupiah, t } from '../../i18n.js';

/** Renders the PNBP tariff rows with the dates each is in force. */
export function TariffsPanel() {
  const rows = useLoad(() => api('GET', '/api/tariffs'));
  return html`
    <section class="card" aria-labelledby="tariffs-title">
      <h2 id="tariffs-title">${t('admin.tariffs')}</h2>
      <${Loaded} state=${rows}>${(list) => html`
        <table class="data">
          <thead><tr><th>${t('admin.name')}</th><th>${t('admin.tariffUnit')}</th><th class="number">${t('parameter.fee')}</th><th>${t('admin.effective')}</th><th>${t('admin.source')}</th></tr></thead>
          <tbody>${list.map((row) => html`
            <tr><td>${row.name}</td><td>${row.unit}</td><td class="number">${formatRupiah(row.amount)}</td>
              <td>${formatDate(row.effective_from)} – ${row.effective_to ? formatDate(row.effective_to) : ''}</td><td>${row.source}</td></tr>`)}
          </tbody>
        </table>`}
      </${Loaded}>
    </section>`;
}

/** Renders the holidays and collective leave days the laboratory entered beside the shipped calendar. */
export function CalendarPanel() {
  const rows = useLoad(() => api('GET', '/api/calendar/days'));
  return html`
    <section class="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">${t('admin.calendar')}</h2>
      <${Loaded} state=${rows}>${(list) => (list.length === 0 ? html`<p>${t('admin.calendarEmpty')}</p>` : html`
        <table class="data">
          <thead><tr><th>${t('trace.at')}</th><th>${t('admin.dayKind')}</th><th>${t('admin.name')}</th></tr></thead>
          <tbody>${list.map((day) => html`<tr><td>${formatDate(day.date)}</td><td>${day.kind}</td><td>${day.name}</td></tr>`)}</tbody>
        </table>`)}
      </${Loaded}>
    </section>`;
}
