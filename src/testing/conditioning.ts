import type { Kysely } from 'kysely';
import type { Conditioning } from '../../methods/types.ts';
import type { Database } from '../db/schema.ts';

export interface ConditioningCheck {
  met: boolean;
  reason: string | null;
  recordId: number | null;
  hours: number | null;
}

/**
 * Tells whether a sample's specimens have been conditioned long enough for
 * a method: the latest conditioning record must have lasted (or, while still
 * running, have lasted so far) at least the method's minimum hours.
 */
export async function checkConditioning(
  db: Kysely<Database>,
  sampleId: number,
  required: Conditioning | null,
  at = new Date(),
): Promise<ConditioningCheck> {
  if (!required) return { met: true, reason: null, recordId: null, hours: null };
  const record = await db
    .selectFrom('conditioning_records')
    .selectAll()
    .where('sample_id', '=', sampleId)
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!record) return { met: false, reason: 'specimens have not entered conditioning', recordId: null, hours: null };
  const end = record.finished_at ? new Date(record.finished_at) : at;
  const hours = (end.getTime() - new Date(record.started_at).getTime()) / 3600_000;
  if (hours < required.minimumHours) {
    const reason = `specimens conditioned ${hours.toFixed(1)} h of the ${required.minimumHours} h the method requires`;
    return { met: false, reason, recordId: record.id, hours };
  }
  return { met: true, reason: null, recordId: record.id, hours };
}
