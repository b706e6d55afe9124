import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { renderLhu } from '../../templates/lhu.ts';
import type { BilingualText, LhuData } from '../../templates/lhu-data.ts';
import { LhuDataError } from '../../templates/lhu-data-error.ts';
import { formatReportNumber } from '../../templates/report-number.ts';
import { appendAuditEvent, loadChainHead } from '../audit/chain.ts';
import type { Database, Report } from '../db/schema.ts';
import { JituError, notFound } from '../errors.ts';
import { nextInSequence } from '../reception/sequence.ts';
import { moveParameter } from '../testing/parameter-state.ts';
import { assembleLhu } from './lhu-assembly.ts';
import './report-anchor.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A short code printed in the QR code; with the number it proves a printout genuine. */
const newVerificationCode = () => randomBytes(9).toString('base64url');

export const verificationUrl = (publicUrl: string, number: string, code: string) =>
  `${publicUrl}/verify?number=${encodeURIComponent(number)}&code=${code}`;

async function openParameters(db: Kysely<Database>, requestId: number) {
  return db
    .selectFrom('requested_parameters as p')
    .innerJoin('samples as s', 's.id', 'p.sample_id')
    .selectAll('p')
    .where('s.request_id', '=', requestId)
    .where('p.status', '!=', 'cancelled')
    .execute();
}

/** Renders the LHU, turning data the template rejects into a 409 that names the field, because that data is already stored. */
async function renderStoredData(data: LhuData): Promise<Uint8Array> {
  try {
    return await renderLhu(data);
  } catch (error) {
    if (error instanceof LhuDataError) {
      throw new JituError('LHU_DATA_INVALID', { field: error.field, detail: error.problem }, error.field);
    }
    throw error;
  }
}

export interface Issue {
  requestId: number;
  number: string;
  revision: number;
  replaces: Report | null;
  /** Reason for a revision, in Bahasa Indonesia and English; null on a first issue. */
  reason: BilingualText | null;
}

/**
 * Renders the LHU of a request, stores the PDF bytes with their SHA-256 and
 * the audit chain head at this moment, and records the issue.
 */
export async function storeReport(db: Kysely<Database>, issue: Issue, userId: number, publicUrl: string) {
  const code = newVerificationCode();
  const amendment = issue.replaces && issue.reason
    ? { replacesReportNumber: issue.replaces.number, reason: issue.reason }
    : null;
  const data = await assembleLhu(db, issue.requestId, {
    reportNumber: issue.number,
    revision: issue.revision,
    amendment,
    verificationUrl: verificationUrl(publicUrl, issue.number, code),
  });
  const pdf = await renderStoredData(data);
  const digest = sha256(pdf);
  const head = await loadChainHead(db);
  const row = await db
    .insertInto('reports')
    .values({
      request_id: issue.requestId,
      number: issue.number,
      revision: issue.revision,
      replaces_id: issue.replaces?.id ?? null,
      amendment_reason: issue.reason?.id ?? null,
      status: 'current',
      pdf: Buffer.from(pdf),
      sha256: digest,
      verification_code: code,
      issued_by: userId,
      issued_at: new Date().toISOString(),
      anchor_event_id: head?.id ?? null,
      anchor_hash: head?.hash ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const after = { number: issue.number, revision: issue.revision, sha256: digest, replaces: issue.replaces?.number ?? null, reason: issue.reason };
  await appendAuditEvent(db, { userId, action: issue.replaces ? 'report.amend' : 'report.issue', entityType: 'report', entityId: row.id, after });
  return { id: row.id, number: issue.number, revision: issue.revision, sha256: digest, results: data.results.length };
}

/** Rejects a second LHU for a request, because any later change is a revision of the current one. */
async function rejectSecondIssue(db: Kysely<Database>, request: { id: number; number: string }) {
  const current = await db
    .selectFrom('reports')
    .select(['id', 'number'])
    .where('request_id', '=', request.id)
    .where('status', '=', 'current')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (current) {
    throw new JituError('REPORT_ALREADY_ISSUED', { request: request.number, number: current.number, reportId: current.id });
  }
}

/**
 * Issues the LHU of a request once every parameter is validated: renders
 * the PDF, stores its bytes with their SHA-256, and freezes the parameters
 * as reported.
 */
export async function issueReport(db: Kysely<Database>, requestId: number, userId: number, publicUrl: string) {
  return db.transaction().execute(async (trx) => {
    const request = await trx.selectFrom('test_requests').select(['id', 'number', 'status']).where('id', '=', requestId).executeTakeFirst();
    if (!request) throw notFound('request', requestId);
    await rejectSecondIssue(trx, request);
    const parameters = await openParameters(trx, requestId);
    const pending = parameters.filter((p) => p.status !== 'validated');
    if (parameters.length === 0 || pending.length > 0) {
      const list = pending.map((p) => `${p.id} (${p.status})`).join(', ') || 'none requested';
      throw new JituError('CONFLICT', { detail: `every parameter must be validated before the LHU is issued; not yet: ${list}` });
    }
    const year = new Date().getUTCFullYear();
    const number = formatReportNumber({ year, sequence: await nextInSequence(trx, `report-${year}`), revision: 0 });
    const issued = await storeReport(trx, { requestId, number, revision: 0, replaces: null, reason: null }, userId, publicUrl);
    for (const parameter of parameters) {
      await moveParameter(trx, parameter, { to: 'reported', userId, action: 'parameter.reported', note: { reportId: issued.id } });
    }
    await trx.updateTable('test_requests').set({ status: 'reported' }).where('id', '=', requestId).execute();
    return issued;
  });
}
