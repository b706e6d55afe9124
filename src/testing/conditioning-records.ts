import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { invalidInput, notFound, wrongState } from '../errors.ts';

export interface ConditioningStart {
  location: string;
  /** When the specimens entered the room, if earlier than now (taken from the room log). */
  startedAt?: string;
}

export interface ConditioningFinish {
  finishedAt?: string;
  temperatureC: string;
  humidityPct: string;
}

function pastOrNow(value: string | undefined, field: string): string {
  if (value === undefined) return new Date().toISOString();
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw invalidInput(field, 'use an ISO 8601 date and time');
  if (time.getTime() > Date.now() + 60_000) throw invalidInput(field, 'the time lies in the future');
  return time.toISOString();
}

export async function startConditioning(db: Kysely<Database>, sampleId: number, input: ConditioningStart, userId: number) {
  return db.transaction().execute(async (trx) => {
    const sample = await trx.selectFrom('samples').select(['id', 'code', 'status']).where('id', '=', sampleId).executeTakeFirst();
    if (!sample) throw notFound('sample', sampleId);
    if (sample.status !== 'accepted') throw wrongState('sample', sample.code, sample.status, ['accepted']);
    const startedAt = pastOrNow(input.startedAt, 'startedAt');
    const row = await trx
      .insertInto('conditioning_records')
      .values({ sample_id: sampleId, location: input.location, started_at: startedAt, finished_at: null, temperature_c: null, humidity_pct: null, started_by: userId, finished_by: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, { userId, action: 'conditioning.start', entityType: 'sample', entityId: sampleId, after: { recordId: row.id, location: input.location, startedAt } });
    return { id: row.id, sampleId, startedAt };
  });
}

export async function finishConditioning(db: Kysely<Database>, recordId: number, input: ConditioningFinish, userId: number) {
  return db.transaction().execute(async (trx) => {
    const record = await trx.selectFrom('conditioning_records').selectAll().where('id', '=', recordId).executeTakeFirst();
    if (!record) throw notFound('conditioning record', recordId);
    if (record.finished_at) throw wrongState('conditioning record', recordId, 'finished', ['running']);
    const finishedAt = pastOrNow(input.finishedAt, 'finishedAt');
    if (finishedAt < record.started_at) throw invalidInput('finishedAt', 'the end lies before the start');
    const changes = { finished_at: finishedAt, temperature_c: input.temperatureC, humidity_pct: input.humidityPct, finished_by: userId };
    await trx.updateTable('conditioning_records').set(changes).where('id', '=', recordId).execute();
    await appendAuditEvent(trx, { userId, action: 'conditioning.finish', entityType: 'sample', entityId: record.sample_id, before: { finishedAt: null }, after: { recordId, ...changes } });
    return { id: recordId, ...changes };
  });
}
