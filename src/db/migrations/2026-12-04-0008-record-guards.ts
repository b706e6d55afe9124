import { sql, type Kysely } from 'kysely';

// Guards on issued records: each report keeps the audit chain head at the
// moment it was issued, and triggers reject changes through SQL to the
// figures of a result and the issued content of a report. Never edit this
// file once it has landed: add a new migration instead.

const RESULT_FIGURES = [
  'parameter_id', 'run_id', 'method_id', 'method_version', 'value', 'unit', 'uncertainty',
  'verdict', 'requirement', 'inputs', 'steps', 'calculated_by', 'calculated_at',
];

const REPORT_ISSUED_CONTENT = [
  'request_id', 'number', 'revision', 'replaces_id', 'amendment_reason', 'pdf', 'sha256',
  'verification_code', 'issued_by', 'issued_at', 'anchor_event_id', 'anchor_hash',
];

// results.current and reports.status stay writable: a new run makes the
// earlier result not current, and an amendment supersedes a report.
const TRIGGERS: [name: string, statement: string][] = [
  ['results_figures_immutable', `BEFORE UPDATE OF ${RESULT_FIGURES.join(', ')} ON results
    BEGIN SELECT RAISE(ABORT, 'the figures of a result are immutable; finish a new run instead'); END`],
  ['results_no_delete', `BEFORE DELETE ON results
    BEGIN SELECT RAISE(ABORT, 'results are never deleted'); END`],
  ['reports_issued_immutable', `BEFORE UPDATE OF ${REPORT_ISSUED_CONTENT.join(', ')} ON reports
    BEGIN SELECT RAISE(ABORT, 'an issued report is immutable; amend it to issue a new revision'); END`],
  ['reports_no_delete', `BEFORE DELETE ON reports
    BEGIN SELECT RAISE(ABORT, 'issued reports are never deleted'); END`],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reports').addColumn('anchor_event_id', 'integer').execute();
  await db.schema.alterTable('reports').addColumn('anchor_hash', 'text').execute();
  for (const [name, body] of TRIGGERS) {
    await sql.raw(`CREATE TRIGGER ${name} ${body}`).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of TRIGGERS) await sql.raw(`DROP TRIGGER ${name}`).execute(db);
  await db.schema.alterTable('reports').dropColumn('anchor_hash').execute();
  await db.schema.alterTable('reports').dropColumn('anchor_event_id').execute();
}
