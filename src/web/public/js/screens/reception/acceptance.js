import { api } from '../../api.js';
import { Field, FormError, submitWith, useAction } from '../../components.js';
import { html, useState } from '../../html.js';
import { t } from '../../i18n.js';
import { ACCEPTANCE_CHECKS } from './catalogue.js';

/** Renders the acceptance check of one received sample: accept when every item is met, else reject with a reason. */
export function AcceptanceCheck({ sample, onDone }) {
  const [checks, setChecks] = useState(Object.fromEntries(ACCEPTANCE_CHECKS.map((name) => [name, false])));
  const [reason, setReason] = useState('');
  const accept = useAction(() => api('POST', `/api/samples/${sample.id}/accept`, { checks }), onDone);
  const reject = useAction(() => api('POST', `/api/samples/${sample.id}/reject`, { reason }), onDone);
  const allHold = Object.values(checks).every(Boolean);
  return html`
    <form class="acceptance" onSubmit=${submitWith(allHold ? accept.run : reject.run)} aria-label=${t('acceptance.title')}>
      <h3>${t('acceptance.title')}</h3>
      ${ACCEPTANCE_CHECKS.map((name) => html`
        <label class="choice">
          <input type="checkbox" name=${name} checked=${checks[name]} onChange=${(e) => setChecks({ ...checks, [name]: e.currentTarget.checked })} />
          ${t(`acceptance.${name}`)}
        </label>`)}
      ${allHold ? null : html`
        <${Field} label=${t('acceptance.reason')} name="reason" error=${reject.error} hint=${t('acceptance.reasonHint')}>
          <input name="reason" value=${reason} onInput=${(e) => setReason(e.currentTarget.value)} />
        </${Field}>`}
      <${FormError} error=${accept.error ?? reject.error} fields=${['reason']} />
      <button type="submit" class=${allHold ? 'primary' : 'danger'} disabled=${accept.busy || reject.busy}>
        ${allHold ? t('acceptance.accept') : t('acceptance.reject')}
      </button>
    </form>`;
}
