import { ApiError } from '../../api.js';
import { Field, FormError, useAction } from '../../components.js';
import { html, useState } from '../../html.js';
import { formatDate, t } from '../../i18n.js';

/** Fetches a labels PDF and opens it in a new tab; a reprint needs a reason, which the API checks. */
async function openLabels(url, reason) {
  const target = reason.trim() ? `${url}?reason=${encodeURIComponent(reason.trim())}` : url;
  const response = await fetch(target, { credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  const blob = await response.blob();
  window.open(URL.createObjectURL(blob), '_blank');
  return true;
}

/** Prints the labels of one sample (or of the whole request) as PDF for the desk printer. */
export function LabelPrint({ url, title }) {
  const [reason, setReason] = useState('');
  const print = useAction(() => openLabels(url, reason));
  return html`
    <div class="inline-form labels">
      <${Field} label=${t('labels.reprintReason')} name="reason" error=${print.error} hint=${t('labels.reprintHint')}>
        <input value=${reason} onInput=${(e) => setReason(e.currentTarget.value)} />
      </${Field}>
      <button type="button" onClick=${() => print.run()} disabled=${print.busy}>${title}</button>
      <${FormError} error=${print.error} fields=${['reason']} />
    </div>`;
}

/** Fees per parameter, the total in rupiah and the due date the desk gives the customer. */
export function QuotationPanel({ quotation: q }) {
  return html`
    <section class="card" aria-labelledby="quotation-title">
      <h2 id="quotation-title">${t('quotation.title')}</h2>
        <table class="data">
          <thead><tr><th>${t('parameter.method')}</th><th class="number">${t('quotation.quantity')}</th><th class="number">${t('quotation.subtotal')}</th></tr></thead>
          <tbody>${q.lines.map((line) => html`
            <tr><td>${line.name}</td><td class="number">${line.quantity}</td><td class="number">${line.subtotalText}</td></tr>`)}
          </tbody>
          <tfoot><tr><th colspan="2">${t('quotation.total')}</th><th class="number quotation-total">${q.totalText}</th></tr></tfoot>
        </table>
        ${q.missingTariffs.length ? html`<p class="form-error">${t('quotation.missingTariffs', { methods: q.missingTariffs.join(', ') })}</p>` : null}
        <p><strong>${t('request.dueDate')}:</strong> <span class="due-date">${formatDate(q.dueDate)}</span></p>
    </section>`;
}
