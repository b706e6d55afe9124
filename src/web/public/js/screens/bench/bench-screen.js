import { api } from '../../api.js';
import { loadMethods } from '../../methods.js';
import { Field, Loaded, StatusPill, submitWith, useAction, useLoad } from '../../components.js';
import { html, useState } from '../../html.js';
import { formatDate, pick, t } from '../../i18n.js';
import { go } from '../../router.js';
import { ConditioningForm } from './conditioning-form.js';

async function loadBench(parameterId) {
  const [rows, instruments, methods, work] = await Promise.all([
    api('GET', '/api/worklist'), api('GET', '/api/instruments'), loadMethods(), api('GET', `/api/parameters/${parameterId}/work`),
  ]);
  const row = rows.find((r) => r.id === Number(parameterId));
  if (!row) throw new Error(t('bench.notAssigned'));
  return { row, work, method: methods.find((m) => m.id === row.method_id), instruments: instruments.filter((i) => i.status === 'in_service') };
}

/** Lists the run gates that are still closed, before the analyst tries to start. */
function ClosedGates({ gates }) {
  const closed = gates.filter((gate) => !gate.open);
  if (closed.length === 0) return null;
  return html`
    <div class="notice notice-info gates-closed" role="status"><strong>${t('bench.gatesClosed')}</strong>
      <ul>${closed.map((gate) => html`<li>${t(`gate.${gate.gate}`)}: ${pick(gate.reason)}</li>`)}</ul>
    </div>`;
}

function instrumentLabel(instrument) {
  const calibration = instrument.calibration.usable
    ? t('calibration.validUntil', { date: formatDate(instrument.calibration.dueOn) })
    : t('calibration.unusable');
  return `${instrument.code} — ${instrument.name} (${calibration})`;
}

function StartRunForm({ row, instruments }) {
  const [instrumentId, setInstrumentId] = useState(String(instruments[0]?.id ?? ''));
  const start = useAction(
    () => api('POST', '/api/runs', { parameterId: row.id, instrumentId: Number(instrumentId) }),
    (run) => go(`runs/${run.id}`),
  );
  return html`
    <form class="card" onSubmit=${submitWith(start.run)} aria-labelledby="start-title">
      <h2 id="start-title">${t('bench.startTitle')}</h2>
      <${Field} label=${t('bench.instrument')} name="instrumentId" error=${start.error}>
        <select value=${instrumentId} onChange=${(e) => setInstrumentId(e.currentTarget.value)}>
          ${instruments.map((i) => html`<option value=${i.id}>${instrumentLabel(i)}</option>`)}
        </select>
      </${Field}>
      ${start.error && !start.error.field ? html`
        <div class="blocked" role="alert"><strong>${t('bench.cannotStart')}</strong><p>${start.error.message}</p></div>` : null}
      <button type="submit" class="primary" disabled=${start.busy || !instrumentId}>${t('bench.start')}</button>
    </form>`;
}

/** Preparing a parameter at the bench: conditioning of its specimens, then the run on an instrument. */
export function BenchScreen({ params }) {
  const bench = useLoad(() => loadBench(params.parameterId), [params.parameterId]);
  return html`<${Loaded} state=${bench}>${({ row, work, method, instruments }) => html`
    <h1>${pick(method?.title) || row.method_id}</h1>
    <p class="meta"><span class="code">${row.sample_code}</span> · ${row.description} · <${StatusPill} status=${row.status} /></p>
    ${method?.conditioning ? html`<p class="hint">${t('conditioning.required', {
      hours: method.conditioning.minimumHours, temperature: method.conditioning.temperatureC, humidity: method.conditioning.humidityPct ?? '–',
    })}</p>` : null}
    ${work.openRunId ? html`<p class="notice notice-info"><a href=${`#/runs/${work.openRunId}`}>${t('worklist.openRun')}</a></p>` : html`<${ClosedGates} gates=${work.gates} />`}
    <div class="columns">
      <${ConditioningForm} sampleId=${row.sample_id} record=${work.conditioning} onChange=${bench.reload} />
      ${work.openRunId ? null : html`<${StartRunForm} row=${row} instruments=${instruments} />`}
    </div>`}
  </${Loaded}>`;
}
