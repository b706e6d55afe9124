import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import '../quality/tables.ts';
import { loadConditioning } from '../review/review-record.ts';
import { loadPeople } from './trace-people.ts';
import { loadTestingTrace, loadTraceChunks, type TestingTrace } from './trace-testing.ts';
import { verifyTraceEvents } from './trace-chain.ts';

async function loadSample(db: Kysely<Database>, code: string) {
  const sample = await db
    .selectFrom('samples as s')
    .innerJoin('test_requests as r', 'r.id', 's.request_id')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .selectAll('s')
    .select(['r.number as request_number', 'r.received_at', 'r.received_by', 'r.decision_rule', 'c.name as customer'])
    .where('s.code', '=', code)
    .executeTakeFirst();
  if (!sample) throw notFound('sample', code);
  return sample;
}

async function loadReports(db: Kysely<Database>, requestId: number) {
  const reports = await db
    .selectFrom('reports')
    .select(['id', 'number', 'revision', 'replaces_id', 'amendment_reason', 'status', 'sha256', 'issued_by', 'issued_at'])
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute();
  return Promise.all(reports.map(async (report) => ({
    ...report,
    amendment: (await db.selectFrom('report_amendments').selectAll().where('report_id', '=', report.id).executeTakeFirst()) ?? null,
    handovers: await db.selectFrom('handovers').selectAll().where('report_id', '=', report.id).orderBy('id').execute(),
  })));
}

/** Audit events about the sample, its request, parameters, runs, reports, complaints and nonconforming work. */
async function loadEvents(db: Kysely<Database>, entities: [string, number[]][]) {
  const wanted = entities.filter(([, ids]) => ids.length > 0);
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where((eb) => eb.or(wanted.map(([type, ids]) => eb.and([eb('entity_type', '=', type), eb('entity_id', 'in', ids.map(String))]))))
    .orderBy('id')
    .execute();
}

function peopleIn(sample: { received_by: number; decided_by: number | null }, parameters: TestingTrace, extra: (number | null)[]) {
  const ids: (number | null)[] = [sample.received_by, sample.decided_by, ...extra];
  for (const parameter of parameters) {
    ids.push(parameter.analyst_id);
    for (const run of parameter.runs) ids.push(run.analyst_id);
    for (const result of parameter.results) ids.push(result.calculated_by);
  }
  return ids;
}

/**
 * Collects the whole record of one sample for an auditor. It covers
 * reception, the conditioning records, and every run with the instrument,
 * its calibration at the time and each reading beside its raw bytes. It
 * adds the results with their method version, reviews, reports with
 * hand-overs and amendments, complaints and nonconforming work, the people
 * involved and every audit event. It checks those events and their links
 * to their neighbours, and reports the whole chain as the last stored
 * verification found it.
 */
export async function loadSampleTrace(db: Kysely<Database>, code: string, dataDir: string) {
  const sample = await loadSample(db, code);
  const parameters = await loadTestingTrace(db, sample.id);
  const reports = await loadReports(db, sample.request_id);
  const reportIds = reports.map((r) => r.id);

  const complaints = reportIds.length ? await db.selectFrom('complaints').selectAll().where('report_id', 'in', reportIds).orderBy('id').execute() : [];
  const parameterIds = parameters.map((p) => p.id);
  const nonconformities = await db
    .selectFrom('nonconforming_work')
    .selectAll()
    .where((eb) => eb.or([
      eb('parameter_id', 'in', parameterIds.length ? parameterIds : [0]),
      eb('report_id', 'in', reportIds.length ? reportIds : [0]),
    ]))
    .orderBy('id')
    .execute();

  const events = await loadEvents(db, [
    ['sample', [sample.id]],
    ['test_request', [sample.request_id]],
    ['parameter', parameterIds],
    ['test_run', parameters.flatMap((p) => p.runs.map((r) => r.id))],
    ['report', reportIds],
    ['complaint', complaints.map((c) => c.id)],
    ['nonconformity', nonconformities.map((n) => n.id)],
  ]);

  const conditioning = await loadConditioning(db, sample.id);
  const reviewers = await db.selectFrom('reviews').select('reviewer_id').where('parameter_id', 'in', parameterIds.length ? parameterIds : [0]).execute();
  const extra = [
    ...events.map((e) => e.user_id),
    ...reviewers.map((r) => r.reviewer_id),
    ...reports.flatMap((r) => [r.issued_by, ...r.handovers.map((h) => h.handed_over_by)]),
  ];

  return {
    sample,
    conditioning,
    parameters,
    rawChunks: await loadTraceChunks(db, parameters),
    reports,
    complaints,
    nonconformities,
    people: await loadPeople(db, peopleIn(sample, parameters, extra)),
    events,
    chain: await verifyTraceEvents(db, events, dataDir),
  };
}

export type SampleTrace = Awaited<ReturnType<typeof loadSampleTrace>>;
