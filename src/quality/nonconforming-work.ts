import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { invalidInput, notFound, wrongState } from '../errors.ts';
import type { NonconformingWork } from './tables.ts';

export interface NewNonconformingWork {
  description: string;
  parameterId?: number;
  resultId?: number;
  reportId?: number;
  complaintId?: number;
}

const LINKS = [
  ['parameterId', 'requested_parameters', 'parameter'],
  ['resultId', 'results', 'result'],
  ['reportId', 'reports', 'report'],
  ['complaintId', 'complaints', 'complaint'],
] as const;

async function checkLinks(db: Kysely<Database>, input: NewNonconformingWork): Promise<void> {
  if (LINKS.every(([key]) => input[key] === undefined)) {
    throw invalidInput('parameterId', 'link the record to a parameter, result, report or complaint');
  }
  for (const [key, table, entity] of LINKS) {
    const id = input[key];
    if (id === undefined) continue;
    const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(entity, id);
  }
}

/** Opens a record of nonconforming work, linked to what it concerns. */
export async function openNonconformingWork(db: Kysely<Database>, input: NewNonconformingWork, userId: number): Promise<NonconformingWork> {
  return db.transaction().execute(async (trx) => {
    await checkLinks(trx, input);
    const row = await trx
      .insertInto('nonconforming_work')
      .values({
        description: input.description,
        parameter_id: input.parameterId ?? null,
        result_id: input.resultId ?? null,
        report_id: input.reportId ?? null,
        complaint_id: input.complaintId ?? null,
        status: 'open',
        opened_at: new Date().toISOString(),
        opened_by: userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, { userId, action: 'nonconformity.open', entityType: 'nonconformity', entityId: row.id, after: input });
    return row;
  });
}

/** Records the action taken on an open record and, when asked, closes it. */
export async function recordAction(
  db: Kysely<Database>,
  recordId: number,
  input: { actionTaken: string; close: boolean },
  userId: number,
): Promise<NonconformingWork> {
  return db.transaction().execute(async (trx) => {
    const record = await trx.selectFrom('nonconforming_work').selectAll().where('id', '=', recordId).executeTakeFirst();
    if (!record) throw notFound('nonconforming work', recordId);
    if (record.status !== 'open') throw wrongState('nonconforming work', recordId, record.status, ['open']);
    const now = new Date().toISOString();
    const changes = input.close
      ? { action_taken: input.actionTaken, status: 'closed', closed_at: now, closed_by: userId }
      : { action_taken: input.actionTaken };
    await trx.updateTable('nonconforming_work').set(changes).where('id', '=', recordId).execute();
    const before = { action_taken: record.action_taken, status: record.status };
    await appendAuditEvent(trx, { userId, action: 'nonconformity.action', entityType: 'nonconformity', entityId: recordId, before, after: changes });
    return { ...record, ...changes };
  });
}
