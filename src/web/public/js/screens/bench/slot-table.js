import { api } from '../../api.js';
import { Field, FormError, submitWith, useAction } from '../../components.js';
import { html, useState } from '../../html.js';
import { pick, t } from '../../i18n.js';

function ManualEntry({ runId, field, specimen, onDone, onCancel }) {
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const save = useAction(() => api('POST', `/api/runs/${runId}/readings`, { specimen, field: field.name, value, reason }), onDone);
  return html`
    <form class="manual-entry" onSubmit=${submitWith(save.run)} aria-label=${t('manual.title')}>
      <${Field} label=${`${pick(field.label)} ${specimen} (${field.unit})`} name="value" error=${save.error}>
        <input inputmode="decimal" value=${value} onInput=${(e) => setValue(e.currentTarget.value)} autofocus />
      </${Field}>
      <${Field} label=${t('manual.reason')} name="reason" error=${save.error} hint=${t('manual.reasonHint')}>
        <input value=${reason} onInput=${(e) => setReason(e.currentTarget.value)} />
      </${Field}>
      <${FormError} error=${save.error} fields=${['value', 'reason']} />
      <button type="submit" disabled=${save.busy}>${t('manual.save')}</button>
      <button type="button" class="link-button" onClick=${onCancel}>${t('common.cancel')}</button>
    </form>`;
}

function SlotCell({ reading, isNext, editable, onManual }) {
  const classes = ['slot', reading ? 'filled' : 'empty', isNext ? 'next' : '', reading?.manual_reason ? 'manual' : ''].join(' ');
  return html`
    <td class=${classes} title=${reading?.raw ?? reading?.manual_reason ?? ''}>
      <span class="slot-value">${reading ? reading.value : '—'}</span>
      ${reading?.manual_reason ? html`<small class="pill">${t('manual.marker')}</small>` : null}
      ${editable ? html`<button type="button" class="link-button small" onClick=${onManual}>${t('manual.enter')}</button>` : null}
    </td>`;
}

/** Renders the specimen slots of a run, with the next one outlined and manual values marked. */
export function SlotTable({ runId, method, current, next, editable, onChange }) {
  const [manual, setManual] = useState(null);
  const specimens = Array.from({ length: method.specimens }, (_, i) => i + 1);
  return html`
    <section class="card" aria-labelledby="slots-title">
      <h2 id="slots-title">${t('worksheet.slots')}</h2>
      <table class="data slots">
        <thead><tr><th>${t('worksheet.field')}</th>${specimens.map((n) => html`<th>${t('worksheet.specimen', { n })}</th>`)}</tr></thead>
        <tbody>${method.specimenFields.map((field) => html`
          <tr>
            <th scope="row">${pick(field.label)} <small>(${field.unit})</small></th>
            ${specimens.map((specimen) => html`<${SlotCell}
              reading=${current.get(`${field.name}:${specimen}`)}
              isNext=${next?.field === field.name && next?.specimen === specimen}
              editable=${editable}
              onManual=${() => setManual({ field, specimen })} />`)}
          </tr>`)}
        </tbody>
      </table>
      ${manual ? html`<${ManualEntry} runId=${runId} ...${manual}
        onDone=${() => { setManual(null); onChange(); }} onCancel=${() => setManual(null)} />` : null}
    </section>`;
}
