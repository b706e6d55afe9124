import { html } from '../../html.js';
import { formatDate, t } from '../../i18n.js';
import { fieldLabel } from '../../methods.js';

/** Renders readings beside the raw instrument line each came from, with field names from `methods`. */
export function ReadingsTable({ readings, methods = [], methodId }) {
  return html`
    <table class="data evidence">
      <thead><tr>
        <th>${t('worksheet.field')}</th><th>${t('worksheet.specimenShort')}</th><th>${t('review.value')}</th>
        <th>${t('review.rawLine')}</th><th>${t('review.acceptedBy')}</th>
      </tr></thead>
      <tbody>${readings.map((r) => html`
        <tr class=${r.replaced_by ? 'replaced' : ''}>
          <td>${fieldLabel(methods, methodId, r.field)}</td><td>${r.specimen}</td>
          <td class="number">${r.value} ${r.unit}</td>
          <td>${r.raw ? html`<code>${r.raw}</code>` : html`<span class="pill">${t('manual.marker')}</span> ${r.manual_reason}`}</td>
          <td>${r.accepted_by}<br /><small>${formatDate(r.accepted_at)}</small></td>
        </tr>`)}
      </tbody>
    </table>`;
}

/** Renders the calibration in force when the run started; `current` (or `usable`) is true while it had not lapsed. */
export function CalibrationLine({ calibration }) {
  const valid = calibration.current ?? calibration.usable;
  return html`
    <p class=${valid ? 'ok' : 'bad'}>
      ${calibration.certificateNumber ?? '–'}${calibration.provider ? ` (${calibration.provider})` : ''}${' · '}${valid ? t('calibration.validUntil', { date: formatDate(calibration.dueOn) }) : calibration.reason ?? t('calibration.unusable')}
    </p>`;
}

export function ConditioningList({ records }) {
  if (records.length === 0) return html`<p>${t('review.noConditioning')}</p>`;
  return html`<ul class="plain">${records.map((c) => html`
    <li>${c.location}: ${formatDate(c.started_at)} → ${formatDate(c.finished_at)}
      ${c.temperature_c ? html` · ${c.temperature_c} °C` : null}${c.humidity_pct ? html` · ${c.humidity_pct} % RH` : null}</li>`)}
  </ul>`;
}

/** Renders what a reviewer checks a result against: raw lines, the instrument's calibration, conditioning and earlier reviews. */
export function ReviewEvidence({ record, methods }) {
  const { instrument, calibration, readings, conditioning, reviews } = record;
  return html`
    <section class="card" aria-labelledby="raw-title">
      <h2 id="raw-title">${t('review.readings')}</h2>
      <${ReadingsTable} readings=${readings} methods=${methods} methodId=${record.parameter.method_id} />
    </section>
    <div class="columns">
      <section class="card" aria-labelledby="instrument-title">
        <h2 id="instrument-title">${t('review.instrument')}</h2>
        ${instrument ? html`<p><strong>${instrument.code}</strong> ${instrument.name}</p>` : null}
        ${calibration ? html`<${CalibrationLine} calibration=${calibration} />` : null}
      </section>
      <section class="card" aria-labelledby="cond-title">
        <h2 id="cond-title">${t('conditioning.title')}</h2>
        <${ConditioningList} records=${conditioning} />
      </section>
    </div>
    ${reviews.length ? html`
      <section class="card"><h2>${t('review.history')}</h2>
        <ul class="plain">${reviews.map((r) => html`<li>${t(`review.stage.${r.stage}`)} · ${t(`review.decision.${r.decision}`)} · ${formatDate(r.reviewed_at)} ${r.reason ?? ''}</li>`)}</ul>
      </section>` : null}`;
}
