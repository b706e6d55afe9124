import { api } from '../../api.js';
import { Loaded, Notice, StatusPill, VerdictPill, useAction, useLoad } from '../../components.js';
import { html, useEffect, useRef, useState } from '../../html.js';
import { formatDate, pick, t } from '../../i18n.js';
import { CalculationPanel } from './calculation-panel.js';
import { isAcceptable, useLiveInstrument } from './live-instrument.js';
import { ReadingPanel } from './reading-panel.js';
import { SlotTable } from './slot-table.js';
import { currentReadings, nextEmptySlot } from './slots.js';

/**
 * Tracks whether the next slot may take a reading. After an accept the same
 * weight may keep arriving, so the next slot waits until the value changes
 * or goes unstable. One weighing thus never fills two slots.
 */
function useArming(latest) {
  const [takenValue, setTakenValue] = useState(null);
  useEffect(() => {
    if (takenValue !== null && latest && (!isAcceptable(latest) || latest.value !== takenValue)) setTakenValue(null);
  }, [latest?.measurementId]);
  return { armed: takenValue === null, markTaken: setTakenValue };
}

function useAcceptKeys(accept) {
  const latest = useRef(accept);
  latest.current = accept;
  useEffect(() => {
    const onKey = (event) => {
      if (event.key !== ' ' && event.key !== 'Enter') return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, button, a')) return;
      event.preventDefault();
      latest.current();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}

function Conditions({ sheet }) {
  const { conditioning, calibration } = sheet;
  return html`
    <dl class="facts">
      <dt>${t('conditioning.title')}</dt>
      <dd class=${conditioning.met ? 'ok' : 'bad'}>${conditioning.met
        ? t('conditioning.met', { hours: conditioning.hours?.toFixed(1) ?? '–' }) : pick(conditioning.reason)}</dd>
      <dt>${t('calibration.title')}</dt>
      <dd class=${calibration.usable ? 'ok' : 'bad'}>${calibration.usable
        ? `${calibration.certificateNumber} · ${t('calibration.validUntil', { date: formatDate(calibration.dueOn) })}` : pick(calibration.reason)}</dd>
      <dt>${t('worksheet.started')}</dt><dd>${formatDate(sheet.run.started_at)}</dd>
    </dl>`;
}

function OpenRun({ sheet, reload }) {
  const { run, method } = sheet;
  const live = useLiveInstrument(run.instrument_id);
  const current = currentReadings(sheet.readings);
  const slot = nextEmptySlot(method, current);
  const { armed, markTaken } = useArming(live.latest);
  const [finished, setFinished] = useState(null);
  const accept = useAction(async () => {
    const reading = live.latest;
    if (!isAcceptable(reading) || !armed || !slot) return;
    await api('POST', `/api/runs/${run.id}/readings`, { specimen: slot.specimen, field: slot.field, measurementId: reading.measurementId });
    markTaken(reading.value);
    reload();
  });
  useAcceptKeys(() => { if (!accept.busy) accept.run(); });
  if (finished) {
    return html`<${Notice} kind="ok">${t('worksheet.finished', { value: finished.value, unit: finished.unit })} <${VerdictPill} verdict=${finished.verdict} /></${Notice}>
      <p><a href="#/worklist">${t('nav.worklist')}</a></p>`;
  }
  return html`
    <div class="bench-grid">
      <${ReadingPanel} live=${live} slot=${slot} armed=${armed} busy=${accept.busy} onAccept=${() => accept.run()} error=${accept.error} />
      <${SlotTable} runId=${run.id} method=${method} current=${current} next=${slot} editable=${true} onChange=${reload} />
    </div>
    <${CalculationPanel} run=${run} method=${method} readingsVersion=${sheet.readings.length} editable=${true} onFinished=${setFinished} />`;
}

/** Renders the worksheet of one test run at the bench terminal. */
export function WorksheetScreen({ params }) {
  const sheet = useLoad(() => api('GET', `/api/runs/${params.id}`), [params.id]);
  return html`<${Loaded} state=${sheet}>${(data) => html`
    <header class="screen-header">
      <h1>${pick(data.method.title)}</h1>
      <${StatusPill} status=${data.run.status} />
    </header>
    <p class="meta">${t('worksheet.run', { id: data.run.id })} · ${t('worksheet.methodVersion', { version: data.method.version })}</p>
    <${Conditions} sheet=${data} />
    ${data.run.status === 'open'
      ? html`<${OpenRun} sheet=${data} reload=${sheet.reload} />`
      : html`<${SlotTable} runId=${data.run.id} method=${data.method} current=${currentReadings(data.readings)} next=${null} editable=${false} />`}`}
  </${Loaded}>`;
}
