import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { TrailFacts } from './trail-facts.ts';

/** The first place where a stored record differs from what the audit trail recorded about it. */
export interface RecordMismatch {
  table: 'results' | 'reports';
  rowId: number;
  column: string;
  detail: string;
}

export interface RecordsStatus {
  intact: boolean;
  results: number;
  reports: number;
  firstMismatch: RecordMismatch | null;
}

/** Highest row ids before the chain walk; rows added later may have events the walk did not reach. */
export interface RecordBounds {
  maxResultId: number;
  maxReportId: number;
}

const BATCH = 1000;
const REPORT_BATCH = 50;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const quoted = (value: unknown) => (value === null ? 'null' : `"${String(value)}"`);

export async function loadRecordBounds(db: Kysely<Database>): Promise<RecordBounds> {
  const results = await db.selectFrom('results').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  const reports = await db.selectFrom('reports').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  return { maxResultId: Number(results?.max ?? 0), maxReportId: Number(reports?.max ?? 0) };
}

type ResultRow = Pick<Database['results'], 'run_id' | 'value' | 'unit' | 'uncertainty' | 'verdict'> & { id: number };

function compareResult(row: ResultRow, facts: TrailFacts): RecordMismatch | null {
  const recorded = facts.results.get(row.id);
  const mismatch = (column: string, detail: string): RecordMismatch => ({ table: 'results', rowId: row.id, column, detail });
  if (!recorded) return mismatch('id', 'no run.finish event in the audit trail records this result');
  const pairs: [string, unknown, unknown][] = [
    ['run_id', String(row.run_id), recorded.runId],
    ['value', row.value, recorded.value],
    ['unit', row.unit, recorded.unit],
    ['uncertainty', row.uncertainty, recorded.uncertainty],
    ['verdict', row.verdict, recorded.verdict],
  ];
  for (const [column, stored, inTrail] of pairs) {
    if (stored !== inTrail) {
      return mismatch(column, `stored ${quoted(stored)}, but run.finish event ${recorded.eventId} recorded ${quoted(inTrail)}`);
    }
  }
  return null;
}

const loadResults = (db: Kysely<Database>) => (after: number, upTo: number) => db
  .selectFrom('results')
  .select(['id', 'run_id', 'value', 'unit', 'uncertainty', 'verdict'])
  .where('id', '>', after)
  .where('id', '<=', upTo)
  .orderBy('id')
  .execute();

/** Compares rows with ids up to `maxId` in batches and stops at the first mismatch. */
async function findFirstMismatch<Row>(
  maxId: number,
  batch: number,
  load: (after: number, upTo: number) => Promise<Row[]>,
  compare: (row: Row) => Promise<RecordMismatch | null> | RecordMismatch | null,
) {
  let checked = 0;
  for (let after = 0; after < maxId; after += batch) {
    for (const row of await load(after, Math.min(after + batch, maxId))) {
      const mismatch = await compare(row);
      if (mismatch) return { checked, mismatch };
      checked += 1;
    }
  }
  return { checked, mismatch: null };
}

type ReportRow = Pick<Database['reports'], 'number' | 'revision' | 'status' | 'pdf' | 'sha256'> & { id: number };

function compareReport(row: ReportRow, facts: TrailFacts): RecordMismatch | null {
  const mismatch = (column: string, detail: string): RecordMismatch => ({ table: 'reports', rowId: row.id, column, detail });
  const digest = sha256(row.pdf);
  if (digest !== row.sha256) return mismatch('pdf', `the stored PDF hashes to ${digest}, but the sha256 column says ${row.sha256}`);
  const issued = facts.reports.get(row.id);
  if (!issued) return mismatch('id', 'no report.issue or report.amend event in the audit trail records this report');
  const pairs: [string, unknown, unknown][] = [
    ['sha256', row.sha256, issued.sha256],
    ['number', row.number, issued.number],
    ['revision', row.revision, issued.revision],
  ];
  for (const [column, stored, inTrail] of pairs) {
    if (stored !== inTrail) return mismatch(column, `stored ${quoted(stored)}, but event ${issued.eventId} recorded ${quoted(inTrail)}`);
  }
  return null;
}

/**
 * Expects "superseded" if and only if the trail has a report.supersede
 * event. Queries the events again before naming a mismatch, because an
 * amendment may have committed after the walk passed its place.
 */
async function compareStatus(db: Kysely<Database>, row: ReportRow, facts: TrailFacts): Promise<RecordMismatch | null> {
  const expected = facts.superseded.has(row.id) ? 'superseded' : 'current';
  if (row.status === expected) return null;
  const late = await db
    .selectFrom('audit_events')
    .select('id')
    .where('entity_type', '=', 'report')
    .where('entity_id', '=', String(row.id))
    .where('action', '=', 'report.supersede')
    .executeTakeFirst();
  if (late && row.status === 'superseded') return null;
  const reason = expected === 'superseded' ? 'a report.supersede event exists for it' : 'no report.supersede event exists for it';
  return { table: 'reports', rowId: row.id, column: 'status', detail: `stored "${row.status}", but ${reason}, so it should be "${expected}"` };
}

const loadReports = (db: Kysely<Database>) => (after: number, upTo: number) => db
  .selectFrom('reports')
  .select(['id', 'number', 'revision', 'status', 'pdf', 'sha256'])
  .where('id', '>', after)
  .where('id', '<=', upTo)
  .orderBy('id')
  .execute();

/**
 * Compares results and reports with what the audit trail recorded when they
 * were stored. A result's figures must equal its run.finish event. A
 * report's PDF bytes must hash to its sha256 column, which must equal its
 * issue event, and its status must agree with any report.supersede event.
 */
export async function checkRecords(db: Kysely<Database>, facts: TrailFacts, bounds: RecordBounds): Promise<RecordsStatus> {
  const reports = await findFirstMismatch(bounds.maxReportId, REPORT_BATCH, loadReports(db), async (row) => compareReport(row, facts) ?? await compareStatus(db, row, facts));
  const results = reports.mismatch
    ? { checked: 0, mismatch: null }
    : await findFirstMismatch(bounds.maxResultId, BATCH, loadResults(db), (row) => compareResult(row, facts));
  const firstMismatch = reports.mismatch ?? results.mismatch;
  return { intact: firstMismatch === null, reports: reports.checked, results: results.checked, firstMismatch };
}
