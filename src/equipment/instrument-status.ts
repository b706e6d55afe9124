import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { notFound, wrongState } from '../errors.ts';
import './tables.ts';

/** Statuses an instrument is put in by hand; `due` is derived from its records, never stored. */
export const INSTRUMENT_STATUSES = ['in_service', 'out_of_service'] as const;
export type InstrumentStatus = (typeof INSTRUMENT_STATUSES)[number];

/**
 * Returns the status an instrument had at a moment, from its status history:
 * the target of the last change at or before the moment, else the status
 * before the first change, else its current status.
 */
export async function statusAt(db: Kysely<Database>, instrumentId: number, current: string, at: Date): Promise<string> {
  const changes = await db
    .selectFrom('instrument_status_changes')
    .select(['from_status', 'to_status', 'changed_at'])
    .where('instrument_id', '=', instrumentId)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
  if (changes.length === 0) return current;
  const moment = at.toISOString();
  const before = changes.filter((c) => c.changed_at <= moment).at(-1);
  return before ? before.to_status : changes[0]!.from_status;
}

/** Puts an instrument in or out of service with a reason, keeping the change in its history. */
export async function changeInstrumentStatus(db: Kysely<Database>, instrumentId: number, to: InstrumentStatus, reason: string, userId: number) {
  return db.transaction().execute(async (trx) => {
    const instrument = await trx.selectFrom('instruments').select(['id', 'code', 'status']).where('id', '=', instrumentId).executeTakeFirst();
    if (!instrument) throw notFound('instrument', instrumentId);
    if (instrument.status === to) {
      const other = INSTRUMENT_STATUSES.filter((s) => s !== to);
      throw wrongState('instrument', instrument.code, instrument.status, other);
    }
    const changedAt = new Date().toISOString();
    await trx.updateTable('instruments').set({ status: to }).where('id', '=', instrumentId).execute();
    await trx
      .insertInto('instrument_status_changes')
      .values({ instrument_id: instrumentId, from_status: instrument.status, to_status: to, reason, changed_by: userId, changed_at: changedAt })
      .execute();
    await appendAuditEvent(trx, { userId, action: 'instrument.status', entityType: 'instrument', entityId: instrumentId, before: { status: instrument.status }, after: { status: to, reason } });
    return { instrumentId, status: to, reason, changedAt };
  });
}
