import { api } from '../../api.js';
import { Field, FormError, Loaded, submitWith, useAction, useLoad } from '../../components.js';
import { html, useState } from '../../html.js';
import { pick, t } from '../../i18n.js';
import { checksFor, loadReceptionOptions } from './catalogue.js';

/** Renders the acceptance check of one received sample, with the checks its commodity requires. */
export function AcceptanceCheck({ sample, onDone }) {
  const catalogue = useLoad(loadReceptionOptions);
  return html`<${Loaded} state=${catalogue}>${(data) => html`
    <${AcceptanceForm} sample=${sample} checkList=${checksFor(data, sample.commodity)} onDone=${onDone} />`}
  </${Loaded}>`;
}

/** Accepts the sample when every check holds, else rejects it with a reason. */
function AcceptanceForm({ sample, checkList, onDone }) {
  const [checks, setChecks] = useState(Object.fromEntries(checkList.map((check) => [check.id, false])));
  const [reason, setReason] = useState('');
  const accept = useAction(() => api('POST', `/api/samples/${sample.id}/accept`, { checks }), onDone);
  const reject = useAction(() => api('POST', `/api/samples/${sample.id}/reject`, { reason }), onDone);
  const allHold = Object.values(checks).every(Boolean);
  return html`
    <form class="acceptance" onSubmit=${submitWith(allHold ? accept.run : reject.run)} aria-label=${t('acceptance.title')}>
      <h3>${t('acceptance.title')}</h3>
      ${checkList.map((check) => html`
        <label class="choice">
          <input type="checkbox" name=${check.id} checked=${checks[check.id]} onChange=${(e) => setChecks({ ...checks, [check.id]: e.currentTarget.checked })} />
          ${pick(check.label)}
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
