import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { notFound, wrongState } from '../errors.ts';
import { nextInSequence } from '../reception/sequence.ts';
import type { Complaint } from './tables.ts';

/** Ways a complaint, suggestion or input reaches the laboratory. */
export const COMPLAINT_CHANNELS = ['box', 'letter', 'walk-in', 'fax', 'phone', 'email', 'website'] as const;

export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export interface NewComplaint {
  channel: ComplaintChannel;
  complainant: string;
  contact?: string;
  subject: string;
  description: string;
  receivedAt?: string;
  reportId?: number;
}

export async function loadComplaint(db: Kysely<Database>, complaintId: number): Promise<Complaint> {
  const row = await db.selectFrom('complaints').selectAll().where('id', '=', complaintId).executeTakeFirst();
  if (!row) throw notFound('complaint', complaintId);
  return row;
}

async function expectReport(db: Kysely<Database>, reportId: number): Promise<void> {
  const report = await db.selectFrom('reports').select('id').where('id', '=', reportId).executeTakeFirst();
  if (!report) throw notFound('report', reportId);
}

/** Records a complaint as received, linked to the report it concerns when there is one. */
export async function registerComplaint(db: Kysely<Database>, input: NewComplaint, userId: number): Promise<Complaint> {
  return db.transaction().execute(async (trx) => {
    if (input.reportId !== undefined) await expectReport(trx, input.reportId);
    const receivedAt = input.receivedAt ?? new Date().toISOString();
    const year = new Date(receivedAt).getUTCFullYear();
    const number = `ADU-${year}-${String(await nextInSequence(trx, `complaint-${year}`)).padStart(5, '0')}`;
    const row = await trx
      .insertInto('complaints')
      .values({
        number,
        channel: input.channel,
        complainant: input.complainant,
        contact: input.contact ?? null,
        subject: input.subject,
        description: input.description,
        report_id: input.reportId ?? null,
        status: 'received',
        received_at: receivedAt,
        received_by: userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, { userId, action: 'complaint.receive', entityType: 'complaint', entityId: row.id, after: { number, channel: input.channel, subject: input.subject, reportId: row.report_id } });
    return row;
  });
}

type ComplaintStep =
  | { kind: 'acknowledge' }
  | { kind: 'link'; reportId: number }
  | { kind: 'judge'; valid: boolean; judgement: string }
  | { kind: 'answer'; answer: string };

/** Which statuses allow each step; an answered complaint is closed. */
const ALLOWED: Record<ComplaintStep['kind'], string[]> = {
  acknowledge: ['received'],
  link: ['received', 'acknowledged'],
  judge: ['received', 'acknowledged'],
  answer: ['acknowledged'],
};

function changesOf(step: ComplaintStep, complaint: Complaint, userId: number, now: string): Partial<Complaint> {
  switch (step.kind) {
    case 'acknowledge':
      return { status: 'acknowledged', acknowledged_at: now, acknowledged_by: userId };
    case 'link':
      return { report_id: step.reportId };
    case 'judge':
      return { valid: step.valid ? 1 : 0, judgement: step.judgement, judged_at: now, judged_by: userId };
    case 'answer':
      if (complaint.valid === null) throw wrongState('complaint', complaint.number, 'not judged', ['judged valid or not valid']);
      return { status: 'answered', answer: step.answer, answered_at: now, answered_by: userId };
  }
}

/**
 * Moves a complaint one step: acknowledged, linked to a report, judged
 * valid or not, answered. The answer needs the acknowledgement and the
 * judgement first.
 */
export async function advanceComplaint(db: Kysely<Database>, complaintId: number, step: ComplaintStep, userId: number): Promise<Complaint> {
  return db.transaction().execute(async (trx) => {
    const complaint = await loadComplaint(trx, complaintId);
    if (!ALLOWED[step.kind].includes(complaint.status)) {
      throw wrongState('complaint', complaint.number, complaint.status, ALLOWED[step.kind]);
    }
    if (step.kind === 'link') await expectReport(trx, step.reportId);
    const changes = changesOf(step, complaint, userId, new Date().toISOString());
    await trx.updateTable('complaints').set(changes).where('id', '=', complaintId).execute();
    const before = Object.fromEntries(Object.keys(changes).map((key) => [key, complaint[key as keyof Complaint]]));
    await appendAuditEvent(trx, { userId, action: `complaint.${step.kind}`, entityType: 'complaint', entityId: complaintId, before, after: changes });
    return { ...complaint, ...changes };
  });
}
