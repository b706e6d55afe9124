import { api } from '../../api.js';
import { Loaded, StatusPill, VerdictPill, useLoad } from '../../components.js';
import { html } from '../../html.js';
import { formatDate, pick, t } from '../../i18n.js';
import { loadMethods } from '../../methods.js';
import { CalibrationLine, ConditioningList, ReadingsTable } from '../review/review-evidence.js';
import { ChainStatus } from './chain-status.js';

function RunRecord({ run, methods, methodId }) {
  return html`
    <div class="run-record">
      <h4>${t('worksheet.run', { id: run.id })} · ${run.instrument_code} ${run.instrument_name} · ${run.analyst} · ${formatDate(run.started_at)}</h4>
      <${CalibrationLine} calibration=${run.calibration} />
      <${ReadingsTable} readings=${run.readings} methods=${methods} methodId=${methodId} />
    </div>`;
}

function ParameterRecord({ parameter, methods }) {
  return html`
    <section class="card" aria-label=${pick(parameter.method.title)}>
      <header class="card-header"><h3>${pick(parameter.method.title) || parameter.method_id} <small>${parameter.method.standard ?? ''}</small></h3><${StatusPill} status=${parameter.status} /></header>
      ${parameter.runs.map((run) => html`<${RunRecord} run=${run} methods=${methods} methodId=${parameter.method_id} />`)}
      ${parameter.results.map((r) => html`
        <p class="result-line">
          <span class="result-value">${r.value} ${r.unit}</span> <${VerdictPill} verdict=${r.verdict} />
          <small>${t('result.method', { method: r.method_id, version: r.method_version })} · ${r.calculated_by_name} · ${formatDate(r.calculated_at)}${r.current ? '' : ` · ${t('trace.notCurrent')}`}</small>
        </p>`)}
      <ul class="plain">${parameter.reviews.map((r) => html`
        <li>${t(`review.stage.${r.stage}`)}: ${t(`review.decision.${r.decision}`)} · ${r.reviewer} · ${formatDate(r.reviewed_at)} ${r.reason ?? ''}</li>`)}
      </ul>
    </section>`;
}

function EventTable({ events, people }) {
  const nameOf = (id) => people.find((p) => p.id === id)?.name ?? id ?? '–';
  return html`
    <table class="data events">
      <thead><tr><th>#</th><th>${t('trace.at')}</th><th>${t('trace.who')}</th><th>${t('trace.action')}</th><th>${t('trace.entity')}</th></tr></thead>
      <tbody>${events.map((e) => html`
        <tr><td>${e.id}</td><td>${formatDate(e.at)}</td><td>${nameOf(e.user_id)}</td><td><code>${e.action}</code></td><td>${e.entity_type} ${e.entity_id}</td></tr>`)}
      </tbody>
    </table>`;
}

function Reports({ reports }) {
  if (reports.length === 0) return html`<p>${t('report.none')}</p>`;
  return html`<ul class="plain">${reports.map((r) => html`
    <li><a href=${`/api/reports/${r.id}/pdf`} target="_blank" rel="noopener">${r.number}</a> rev. ${r.revision} · ${t(`reportStatus.${r.status}`)} · ${formatDate(r.issued_at)}
      <br /><small>SHA-256 <code>${r.sha256}</code></small>
      ${r.handovers.map((h) => html`<br /><small>${t('trace.handedOver', { name: h.recipient_name, at: formatDate(h.handed_over_at) })}</small>`)}
    </li>`)}
  </ul>`;
}

/** Everything behind a sample's results, from reception to hand-over, with the audit chain's status. */
export function TraceScreen({ params }) {
  const code = params.key;
  const trace = useLoad(async () => {
    const [found, methods] = await Promise.all([api('GET', `/api/samples/${encodeURIComponent(code)}/trace`), loadMethods()]);
    return { ...found, methods };
  }, [code]);
  return html`<${Loaded} state=${trace}>${(data) => html`
    <header class="screen-header">
      <h1>${t('trace.title')} <span class="code">${data.sample.code}</span></h1>
      <${ChainStatus} status=${data.chain} />
    </header>
    <dl class="facts">
      <dt>${t('request.number')}</dt><dd>${data.sample.request_number}</dd>
      <dt>${t('reception.customer')}</dt><dd>${data.sample.customer}</dd>
      <dt>${t('request.receivedAt')}</dt><dd>${formatDate(data.sample.received_at)}</dd>
      <dt>${t('sample.status')}</dt><dd><${StatusPill} status=${data.sample.status} /></dd>
    </dl>
    <p class="exports">
      <a href=${`/api/samples/${encodeURIComponent(code)}/trace.csv`} download>${t('trace.csv')}</a>
      <a href=${`/api/samples/${encodeURIComponent(code)}/trace.json`} download>${t('trace.json')}</a>
    </p>
    <section class="card"><h2>${t('conditioning.title')}</h2><${ConditioningList} records=${data.conditioning} /></section>
    ${data.parameters.map((p) => html`<${ParameterRecord} parameter=${p} methods=${data.methods} />`)}
    <section class="card"><h2>${t('report.title')}</h2><${Reports} reports=${data.reports} /></section>
    <section class="card"><h2>${t('trace.events')}</h2><${EventTable} events=${data.events} people=${data.people} /></section>`}
  </${Loaded}>`;
}
