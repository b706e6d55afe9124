import { toCsv } from './csv.ts';
import type { SampleTrace } from './trace.ts';

export interface TraceRow extends Record<string, unknown> {
  section: string;
  at: string | null;
  person: string | null;
  item: string;
  value: string | null;
  detail: unknown;
}

const COLUMNS = ['section', 'at', 'person', 'item', 'value', 'detail'] as const;

function testingRows(trace: SampleTrace, name: (id: number | null) => string | null): TraceRow[] {
  const rows: TraceRow[] = [];
  for (const p of trace.parameters) {
    for (const run of p.runs) {
      const detail = { instrument: run.instrument_code, serial: run.instrument_serial, calibration: run.calibration };
      rows.push({ section: 'run', at: run.started_at, person: run.analyst, item: `run ${run.id} ${p.method_id}`, value: run.status, detail });
      for (const r of run.readings) {
        const source = r.raw === null ? { manualReason: r.manual_reason } : { raw: r.raw, chunkId: r.chunk_id, measurementId: r.measurement_id };
        rows.push({ section: 'reading', at: r.accepted_at, person: r.accepted_by, item: `specimen ${r.specimen} ${r.field}`, value: `${r.value} ${r.unit}`, detail: { ...source, replacedBy: r.replaced_by } });
      }
    }
    for (const result of p.results) {
      const item = `${result.method_id} ${result.method_version}`;
      const detail = { current: result.current === 1, verdict: result.verdict, uncertainty: result.uncertainty, inputs: result.inputs, steps: result.steps };
      rows.push({ section: 'result', at: result.calculated_at, person: name(result.calculated_by), item, value: `${result.value} ${result.unit}`, detail });
    }
    for (const review of p.reviews) {
      rows.push({ section: 'review', at: review.reviewed_at, person: review.reviewer, item: review.stage, value: review.decision, detail: review.reason });
    }
  }
  return rows;
}

function reportRows(trace: SampleTrace, name: (id: number | null) => string | null): TraceRow[] {
  const rows: TraceRow[] = [];
  for (const report of trace.reports) {
    const detail = { sha256: report.sha256, amendment: report.amendment };
    rows.push({ section: 'report', at: report.issued_at, person: name(report.issued_by), item: report.number, value: report.status, detail });
    for (const h of report.handovers) {
      rows.push({ section: 'handover', at: h.handed_over_at, person: name(h.handed_over_by), item: report.number, value: h.recipient_name, detail: { idDocumentType: h.id_document_type } });
    }
  }
  for (const c of trace.complaints) {
    rows.push({ section: 'complaint', at: c.received_at, person: name(c.received_by), item: c.number, value: c.status, detail: { channel: c.channel, subject: c.subject, valid: c.valid, reportId: c.report_id } });
  }
  for (const n of trace.nonconformities) {
    rows.push({ section: 'nonconformity', at: n.opened_at, person: name(n.opened_by), item: `nonconformity ${n.id}`, value: n.status, detail: { description: n.description, actionTaken: n.action_taken } });
  }
  return rows;
}

function fullChainState(trace: SampleTrace): string {
  const last = trace.chain.lastFullVerification;
  if (!last) return 'never verified';
  return last.intact ? 'intact' : 'broken';
}

/** Flattens a sample trace into one CSV row per record, then every audit event and the chain status. */
export function traceToCsv(trace: SampleTrace): string {
  const names = new Map(trace.people.map((p) => [p.id, `${p.name} (${p.roles.join(' ')})`]));
  const name = (id: number | null) => (id === null ? null : names.get(id) ?? `user ${id}`);
  const s = trace.sample;
  const rows: TraceRow[] = [
    { section: 'sample', at: s.received_at, person: name(s.received_by), item: s.code, value: s.status, detail: { request: s.request_number, customer: s.customer, description: s.description, brand: s.brand, model: s.model } },
    ...trace.conditioning.map((c): TraceRow => ({ section: 'conditioning', at: c.started_at, person: c.started_by, item: c.location, value: `${c.temperature_c ?? '-'} °C; ${c.humidity_pct ?? '-'} % RH`, detail: { finishedAt: c.finished_at, finishedBy: c.finished_by } })),
    ...testingRows(trace, name),
    ...reportRows(trace, name),
    ...trace.events.map((e): TraceRow => ({ section: 'event', at: e.at, person: name(e.user_id), item: `${e.id} ${e.action}`, value: `${e.entity_type} ${e.entity_id}`, detail: { before: e.before, after: e.after, hash: e.hash } })),
    { section: 'chain', at: null, person: null, item: trace.chain.intact ? 'intact' : 'broken', value: String(trace.chain.events), detail: trace.chain.firstBreak },
    { section: 'chain-verification', at: trace.chain.lastFullVerification?.verifiedAt ?? null, person: null, item: fullChainState(trace), value: null, detail: trace.chain.lastFullVerification },
  ];
  return toCsv<TraceRow>(COLUMNS, rows);
}
