import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface CalibrationStatus {
  usable: boolean;
  /** Why the instrument may not be used, in plain words; null when usable. */
  reason: string | null;
  certificateNumber: string | null;
  dueOn: string | null;
}

/**
 * Tells whether an instrument may produce reportable readings on a given
 * day: in service, with a calibration certificate whose due date has not
 * passed.
 */
export async function calibrationStatus(db: Kysely<Database>, instrumentId: number, at = new Date()): Promise<CalibrationStatus> {
  const instrument = await db.selectFrom('instruments').select(['code', 'status']).where('id', '=', instrumentId).executeTakeFirst();
  if (!instrument) return { usable: false, reason: `instrument ${instrumentId} is not registered`, certificateNumber: null, dueOn: null };
  const latest = await db
    .selectFrom('calibrations')
    .select(['certificate_number', 'due_on'])
    .where('instrument_id', '=', instrumentId)
    .orderBy('calibrated_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const found = { certificateNumber: latest?.certificate_number ?? null, dueOn: latest?.due_on ?? null };
  if (instrument.status !== 'in_service') {
    return { usable: false, reason: `instrument ${instrument.code} is ${instrument.status.replace(/_/g, ' ')}`, ...found };
  }
  if (!latest) return { usable: false, reason: `instrument ${instrument.code} has no calibration on record`, ...found };
  const today = at.toISOString().slice(0, 10);
  if (latest.due_on < today) {
    return { usable: false, reason: `calibration of ${instrument.code} was due on ${latest.due_on}`, ...found };
  }
  return { usable: true, reason: null, ...found };
}
