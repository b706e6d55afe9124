import { api } from '../../api.js';
import { Field, FormError, submitWith, useAction } from '../../components.js';
import { html, useState } from '../../html.js';
import { t } from '../../i18n.js';

const emptyCorrection = (samples) => ({ sampleId: String(samples[0]?.id ?? ''), field: 'model', value: '' });

function CorrectionRow({ correction, index, samples, fields, onChange, onRemove }) {
  const set = (name) => (event) => onChange(index, { ...correction, [name]: event.currentTarget.value });
  return html`
    <div class="row correction">
      <label class="field"><span class="field-label">${t('amend.sample')}</span>
        <select value=${correction.sampleId} onChange=${set('sampleId')}>
          ${samples.map((sample) => html`<option value=${sample.id}>${sample.code}</option>`)}
        </select>
      </label>
      <label class="field"><span class="field-label">${t('amend.field')}</span>
        <select value=${correction.field} onChange=${set('field')}>
          ${fields.map((field) => html`<option value=${field}>${t(`sample.${field}`)}</option>`)}
        </select>
      </label>
      <label class="field"><span class="field-label">${t('amend.value')}</span>
        <input value=${correction.value} onInput=${set('value')} />
      </label>
      <button type="button" onClick=${() => onRemove(index)}>${t('amend.removeCorrection')}</button>
    </div>`;
}

function amendmentBody(values, corrections) {
  const body = { reason: values.reason.trim(), sampleCorrections: corrections.map((c) => ({ sampleId: Number(c.sampleId), field: c.field, value: c.value.trim() || null })) };
  if (values.reasonEn.trim()) body.reasonEn = values.reasonEn.trim();
  return body;
}

/** Issues a new revision of a current LHU with the reason and any corrected sample details. */
export function AmendForm({ report, samples, fields, onDone }) {
  const [values, setValues] = useState({ reason: '', reasonEn: '' });
  const [corrections, setCorrections] = useState([]);
  const amend = useAction(() => api('POST', `/api/reports/${report.id}/amend`, amendmentBody(values, corrections)), onDone);
  const change = (index, next) => setCorrections(corrections.map((c, i) => (i === index ? next : c)));
  const remove = (index) => setCorrections(corrections.filter((_c, i) => i !== index));
  return html`
    <form class="inline-form amend" onSubmit=${submitWith(amend.run)} aria-label=${t('amend.title', { number: report.number })}>
      <h3>${t('amend.title', { number: report.number })}</h3>
      <${Field} label=${t('amend.reason')} name="reason" error=${amend.error} hint=${t('amend.reasonHint')}>
        <input value=${values.reason} onInput=${(e) => setValues({ ...values, reason: e.currentTarget.value })} />
      </${Field}>
      <${Field} label=${t('amend.reasonEn')} name="reasonEn" error=${amend.error}>
        <input value=${values.reasonEn} onInput=${(e) => setValues({ ...values, reasonEn: e.currentTarget.value })} />
      </${Field}>
      ${corrections.map((correction, index) => html`
        <${CorrectionRow} correction=${correction} index=${index} samples=${samples} fields=${fields} onChange=${change} onRemove=${remove} />`)}
      <button type="button" onClick=${() => setCorrections([...corrections, emptyCorrection(samples)])}>${t('amend.addCorrection')}</button>
      <button type="submit" class="primary" disabled=${amend.busy}>${t('amend.issue')}</button>
      <${FormError} error=${amend.error} fields=${['reason', 'reasonEn']} />
    </form>`;
}
