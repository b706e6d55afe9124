import { api } from '../../api.js';
import { Field, FormError, VerdictPill, useAction } from '../../components.js';
import { html, useEffect, useState } from '../../html.js';
import { pick, t } from '../../i18n.js';

const PREVIEW_DELAY_MS = 300;

/** Run-level values the analyst types in; empty optional ones are left out so the method's default applies. */
const filledValues = (values) => Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));

function usePreview(runId, values, readingsVersion) {
  const [preview, setPreview] = useState({ result: null, error: null });
  useEffect(() => {
    const timer = setTimeout(() => {
      api('POST', `/api/runs/${runId}/preview`, { values: filledValues(values) })
        .then((result) => setPreview({ result, error: null }), (error) => setPreview({ result: null, error }));
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [runId, JSON.stringify(values), readingsVersion]);
  return preview;
}

function ResultLine({ result }) {
  return html`
    <div class="result-line" data-verdict=${result.verdict ?? 'none'}>
      <span class="result-value">${result.value} ${result.unit}</span>
      ${result.uncertainty ? html`<span class="uncertainty">± ${result.uncertainty} ${result.unit}</span>` : null}
      ${result.requirement ? html`<span>${t('result.requirement')}: ${result.requirement}</span>` : null}
      <${VerdictPill} verdict=${result.verdict} />
    </div>`;
}

/** Run values, the live calculation with its verdict, and the button that finishes the run. */
export function CalculationPanel({ run, method, readingsVersion, editable, onFinished }) {
  const [values, setValues] = useState(Object.fromEntries(method.runFields.map((f) => [f.name, ''])));
  const preview = usePreview(run.id, values, readingsVersion);
  const finish = useAction(() => api('POST', `/api/runs/${run.id}/finish`, { values: filledValues(values) }), onFinished);
  return html`
    <section class="card" aria-labelledby="calc-title">
      <h2 id="calc-title">${t('worksheet.calculation')}</h2>
      <div class="row wrap">
        ${method.runFields.map((field) => html`
          <${Field} label=${`${pick(field.label)} (${field.unit})`} name=${field.name} error=${finish.error}>
            <input name=${field.name} inputmode="decimal" value=${values[field.name]} disabled=${!editable}
              placeholder=${field.default ?? ''} required=${field.required}
              onInput=${(e) => setValues({ ...values, [field.name]: e.currentTarget.value })} />
          </${Field}>`)}
      </div>
      <div class="preview" aria-live="polite">
        ${preview.result ? html`<${ResultLine} result=${preview.result} />`
          : html`<p class="hint">${t('worksheet.previewWaiting')} ${preview.error?.message ?? ''}</p>`}
      </div>
      <${FormError} error=${finish.error} fields=${method.runFields.map((f) => f.name)} />
      ${editable ? html`
        <button type="button" class="primary" disabled=${!preview.result || finish.busy} onClick=${() => finish.run()}>${t('worksheet.finish')}</button>` : null}
    </section>`;
}
