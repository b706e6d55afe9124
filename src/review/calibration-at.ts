import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface CalibrationAtTime {
  /** Whether a certificate covered the day and had not passed its due date. */
  current: boolean;
  certificateNumber: string | null;
  provider: string | null;
  calibratedOn: string | null;
  dueOn: string | null;
}

/**
 * Finds the calibration in force for an instrument at a past moment: the
 * latest certificate calibrated on or before that day and recorded before
 * that moment, so certificates entered later do not rewrite history.
 */
export async function calibrationAt(db: Kysely<Database>, instrumentId: number, at: string): Promise<CalibrationAtTime> {
  const day = at.slice(0, 10);
  const row = await db
    .selectFrom('calibrations')
    .select(['certificate_number', 'provider', 'calibrated_on', 'due_on'])
    .where('instrument_id', '=', instrumentId)
    .where('calibrated_on', '<=', day)
    .where('recorded_at', '<=', at)
    .orderBy('calibrated_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return { current: false, certificateNumber: null, provider: null, calibratedOn: null, dueOn: null };
  return {
    current: row.due_on >= day,
    certificateNumber: row.certificate_number,
    provider: row.provider,
    calibratedOn: row.calibrated_on,
    dueOn: row.due_on,
  };
}
