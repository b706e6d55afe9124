import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { BilingualText } from '../errors.ts';
import * as reasons from './fitness-reasons.ts';
import { statusAt } from './instrument-status.ts';
import './tables.ts';

export interface CalibrationStatus {
  usable: boolean;
  /** Reason the instrument may not be used, in both languages; null exactly when usable. */
  reason: BilingualText | null;
  /** The reason in English, for readers that expect a string. */
  reasonText: string | null;
  calibrationId: number | null;
  certificateNumber: string | null;
  dueOn: string | null;
  /** The latest intermediate check at or before the moment asked about, if any. */
  lastCheck: { id: number; checkedAt: string; passed: boolean } | null;
}

const DAY_MS = 86_400_000;

/**
 * Tells whether an instrument may produce reportable readings at a moment.
 * It must be in service then and now, and its calibration certificate
 * issued by that day must not be past its due date. Its last intermediate
 * check must not have failed. Where the instrument has a check interval, a
 * passed check must lie within that many days before the moment.
 */
export async function calibrationStatus(db: Kysely<Database>, instrumentId: number, at = new Date()): Promise<CalibrationStatus> {
  const instrument = await db
    .selectFrom('instruments')
    .select(['code', 'status', 'check_interval_days'])
    .where('id', '=', instrumentId)
    .executeTakeFirst();
  const empty = { calibrationId: null, certificateNumber: null, dueOn: null, lastCheck: null };
  if (!instrument) return { ...refusal(reasons.notRegistered(instrumentId)), ...empty };

  const today = at.toISOString().slice(0, 10);
  const latest = await db
    .selectFrom('calibrations')
    .select(['id', 'certificate_number', 'due_on'])
    .where('instrument_id', '=', instrumentId)
    .where('calibrated_on', '<=', today)
    .orderBy('calibrated_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const lastCheck = await latestCheck(db, instrumentId, at);
  const found = { calibrationId: latest?.id ?? null, certificateNumber: latest?.certificate_number ?? null, dueOn: latest?.due_on ?? null, lastCheck };
  const refuse = (reason: BilingualText) => ({ ...refusal(reason), ...found });

  const then = await statusAt(db, instrumentId, instrument.status, at);
  if (instrument.status !== 'in_service') return refuse(reasons.notInService(instrument.code, instrument.status));
  if (then !== 'in_service') return refuse(reasons.notInServiceThen(instrument.code, then));
  if (!latest) return refuse(reasons.noCalibration(instrument.code));
  if (latest.due_on < today) return refuse(reasons.calibrationOverdue(instrument.code, latest.due_on, latest.certificate_number));
  if (lastCheck && !lastCheck.passed) return refuse(reasons.checkFailed(instrument.code, lastCheck.checkedAt.slice(0, 10)));

  const interval = instrument.check_interval_days;
  if (interval !== null) {
    const since = new Date(at.getTime() - interval * DAY_MS).toISOString();
    const passed = lastCheck && lastCheck.passed && lastCheck.checkedAt >= since;
    if (!passed) return refuse(reasons.checkMissing(instrument.code, interval));
  }
  return { usable: true, reason: null, reasonText: null, ...found };
}

const refusal = (reason: BilingualText) => ({ usable: false, reason, reasonText: reason.en });

async function latestCheck(db: Kysely<Database>, instrumentId: number, at: Date) {
  const row = await db
    .selectFrom('intermediate_checks')
    .select(['id', 'checked_at', 'passed'])
    .where('instrument_id', '=', instrumentId)
    // NOTE: times are kept to the millisecond, so a check and a reading
    // stamped in the same millisecond count the check as the earlier one.
    .where('checked_at', '<=', at.toISOString())
    .orderBy('checked_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { id: row.id, checkedAt: row.checked_at, passed: row.passed === 1 } : null;
}

/** Loads the correction points of a calibration certificate. */
export async function certificateCorrections(db: Kysely<Database>, calibrationId: number) {
  return db
    .selectFrom('calibration_corrections')
    .select(['nominal', 'correction', 'unit'])
    .where('calibration_id', '=', calibrationId)
    .orderBy('id')
    .execute();
}
