import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { invalidInput, notFound } from '../errors.ts';
import './tables.ts';

export interface NewTraining {
  title: string;
  methodId?: string;
  provider: string;
  completedOn: string;
  hours?: string;
  evidence?: string;
}

export async function recordTraining(db: Kysely<Database>, userId: number, input: NewTraining, recordedBy: number) {
  if (input.methodId !== undefined && !getMethod(input.methodId)) throw invalidInput('methodId', `unknown method "${input.methodId}"; GET /api/methods lists the ids`);
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!user) throw notFound('user', userId);
    const values = {
      user_id: userId, title: input.title, method_id: input.methodId ?? null, provider: input.provider, completed_on: input.completedOn,
      hours: input.hours ?? null, evidence: input.evidence ?? null, recorded_by: recordedBy, recorded_at: new Date().toISOString(),
    };
    const row = await trx.insertInto('training_records').values(values).returning('id').executeTakeFirstOrThrow();
    await appendAuditEvent(trx, { userId: recordedBy, action: 'training.record', entityType: 'user', entityId: userId, after: { trainingId: row.id, ...values } });
    return { id: row.id, ...values };
  });
}
