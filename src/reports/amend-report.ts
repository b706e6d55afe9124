import type { Kysely } from 'kysely';
import { formatReportNumber, parseReportNumber } from '../../templates/report-number.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database, Report } from '../db/schema.ts';
import { invalidInput, notFound, wrongState } from '../errors.ts';
import '../quality/tables.ts';
import { storeReport } from './issue-report.ts';
import { correctSamples, type SampleCorrection } from './sample-corrections.ts';

export interface AmendmentInput {
  /** Reason for the revision, in Bahasa Indonesia. */
  reason: string;
  /** The same in English; the Indonesian text is printed twice without it. */
  reasonEn?: string;
  /** The complaint that caused the amendment; it must concern this report and be judged valid. */
  complaintId?: number;
  sampleCorrections?: SampleCorrection[];
}

async function checkComplaint(db: Kysely<Database>, report: Report, complaintId: number): Promise<void> {
  const complaint = await db.selectFrom('complaints').selectAll().where('id', '=', complaintId).executeTakeFirst();
  if (!complaint) throw notFound('complaint', complaintId);
  if (complaint.report_id !== report.id) {
    throw invalidInput('complaintId', `complaint ${complaint.number} is not linked to report ${report.number}; link it first`);
  }
  if (complaint.valid !== 1) {
    throw invalidInput('complaintId', `complaint ${complaint.number} has not been judged valid`);
  }
}

async function loadCurrentReport(db: Kysely<Database>, reportId: number): Promise<Report> {
  const report = await db.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirst();
  if (!report) throw notFound('report', reportId);
  if (report.status !== 'current') throw wrongState('report', report.number, report.status, ['current']);
  return report;
}

function nextRevisionNumber(report: Report): string {
  const parts = parseReportNumber(report.number);
  if (!parts) throw new Error(`stored report number "${report.number}" does not follow the numbering scheme`);
  return formatReportNumber({ ...parts, revision: report.revision + 1 });
}

/**
 * Issues a new revision of a current report with a reason, optionally
 * correcting sample details and naming the complaint behind it. The old
 * revision keeps its PDF bytes and becomes superseded.
 */
export async function amendReport(db: Kysely<Database>, reportId: number, input: AmendmentInput, userId: number, publicUrl: string) {
  return db.transaction().execute(async (trx) => {
    const old = await loadCurrentReport(trx, reportId);
    if (input.complaintId !== undefined) await checkComplaint(trx, old, input.complaintId);
    const number = nextRevisionNumber(old);
    const corrections = await correctSamples(trx, old, input.sampleCorrections ?? [], { userId, reason: input.reason, newNumber: number });
    await trx.updateTable('reports').set({ status: 'superseded' }).where('id', '=', old.id).execute();
    await appendAuditEvent(trx, { userId, action: 'report.supersede', entityType: 'report', entityId: old.id, before: { status: 'current' }, after: { status: 'superseded', by: number } });
    const reason = { id: input.reason, en: input.reasonEn ?? input.reason };
    const issued = await storeReport(trx, { requestId: old.request_id, number, revision: old.revision + 1, replaces: old, reason }, userId, publicUrl);
    await trx
      .insertInto('report_amendments')
      .values({
        report_id: issued.id,
        replaces_id: old.id,
        reason_id: reason.id,
        reason_en: reason.en,
        complaint_id: input.complaintId ?? null,
        sample_corrections: JSON.stringify(corrections),
      })
      .execute();
    const link = { replaces: old.number, complaintId: input.complaintId ?? null, sampleCorrections: corrections.length };
    await appendAuditEvent(trx, { userId, action: 'report.amendment.record', entityType: 'report', entityId: issued.id, after: link });
    return { ...issued, replaces: old.number, complaintId: input.complaintId ?? null, sampleCorrections: corrections };
  });
}
