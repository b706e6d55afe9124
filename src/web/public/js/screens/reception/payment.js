import { api } from '../../api.js';
import { bind, Field, FormError, submitWith, useAction } from '../../components.js';
import { html, useState } from '../../html.js';
import { t } from '../../i18n.js';

/** Records the PNBP payment (amount in rupiah and the billing reference) or a waiver with a reason. */
export function PaymentForm({ requestId, suggestedAmount, onDone }) {
  const [values, setValues] = useState({ kind: 'paid', amount: suggestedAmount ? String(suggestedAmount) : '', billingReference: '', reason: '' });
  const body = () => (values.kind === 'paid'
    ? { kind: 'paid', amount: Number(values.amount), billingReference: values.billingReference }
    : { kind: 'waived', reason: values.reason });
  const pay = useAction(() => api('POST', `/api/requests/${requestId}/payments`, body()), onDone);
  return html`
    <form class="payment" onSubmit=${submitWith(pay.run)} aria-label=${t('payment.title')}>
      <h3>${t('payment.title')}</h3>
      <div class="row">
        <label class="choice"><input type="radio" name="kind" checked=${values.kind === 'paid'} onChange=${() => setValues({ ...values, kind: 'paid' })} /> ${t('payment.paid')}</label>
        <label class="choice"><input type="radio" name="kind" checked=${values.kind === 'waived'} onChange=${() => setValues({ ...values, kind: 'waived' })} /> ${t('payment.waived')}</label>
      </div>
      ${values.kind === 'paid' ? html`
        <div class="row">
          <${Field} label=${t('payment.amount')} name="amount" error=${pay.error}>
            <input type="number" min="0" step="1" ...${bind(values, setValues, 'amount')} />
          </${Field}>
          <${Field} label=${t('payment.billingReference')} name="billingReference" error=${pay.error}>
            <input ...${bind(values, setValues, 'billingReference')} />
          </${Field}>
        </div>` : html`
        <${Field} label=${t('payment.reason')} name="reason" error=${pay.error}>
          <input ...${bind(values, setValues, 'reason')} />
        </${Field}>`}
      <${FormError} error=${pay.error} fields=${['amount', 'billingReference', 'reason']} />
      <button type="submit" class="primary" disabled=${pay.busy}>${t('payment.record')}</button>
    </form>`;
}
