import type { Kysely } from 'kysely';
import type { Conditioning } from '../../methods/types.ts';
import type { Database } from '../db/schema.ts';
import { describeAtmosphere, evaluateAtmosphere, type Excursion } from '../equipment/atmosphere.ts';
import { loadRoomReadings } from '../equipment/room-log.ts';
import type { BilingualText } from '../errors.ts';
import { noRoomReadings, notEntered, tooFewHoursWithin, tooShort, unmet } from './conditioning-reasons.ts';

export interface ConditioningCheck {
  met: boolean;
  /** Reason the specimens are not ready, in both languages; null exactly when met. */
  reason: BilingualText | null;
  /** The reason in English, for readers that expect a string. */
  reasonText: string | null;
  recordId: number | null;
  hours: number | null;
  location: string | null;
  /** The required atmosphere in words, or null when the method needs none. */
  atmosphere: string | null;
  hoursWithinLimits: number | null;
  /** Room readings outside the atmosphere while the specimens were conditioned. */
  excursions: Excursion[];
}

/** How far before the start a room reading still sets the room's state at the start. */
const CARRY_IN_MS = 24 * 3600_000;

const notNeeded: ConditioningCheck = {
  met: true, reason: null, reasonText: null, recordId: null, hours: null, location: null, atmosphere: null, hoursWithinLimits: null, excursions: [],
};

/**
 * Tells whether a sample's specimens have been conditioned for a method.
 * The latest conditioning record must have lasted (or, while still
 * running, have lasted so far) at least the method's minimum hours, and
 * the room log must show at least that many hours within the method's
 * atmosphere. An excursion that leaves enough time within limits does not
 * block: it is listed for the supervisor to judge.
 */
export async function checkConditioning(
  db: Kysely<Database>,
  sampleId: number,
  required: Conditioning | null,
  at = new Date(),
): Promise<ConditioningCheck> {
  if (!required) return notNeeded;
  const record = await db
    .selectFrom('conditioning_records')
    .selectAll()
    .where('sample_id', '=', sampleId)
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const atmosphere = describeAtmosphere(required);
  const base = { ...notNeeded, atmosphere };
  if (!record) return { ...base, ...unmet(notEntered) };
  const end = record.finished_at ?? at.toISOString();
  const hours = (Date.parse(end) - Date.parse(record.started_at)) / 3600_000;
  const found = { ...base, recordId: record.id, hours, location: record.location };

  if (hours < required.minimumHours) return { ...found, ...unmet(tooShort(hours, required.minimumHours)) };

  const from = new Date(Date.parse(record.started_at) - CARRY_IN_MS).toISOString();
  const log = await loadRoomReadings(db, record.location, from, end);
  const evaluation = evaluateAtmosphere(log, required, record.started_at, end);
  const evaluated = { ...found, hoursWithinLimits: evaluation.hoursWithinLimits, excursions: evaluation.excursions };
  if (evaluation.readings === 0) return { ...evaluated, ...unmet(noRoomReadings(record.location)) };
  if (evaluation.hoursWithinLimits < required.minimumHours) {
    const reason = tooFewHoursWithin(evaluation.hoursWithinLimits, atmosphere, required.minimumHours, evaluation.excursions.length);
    return { ...evaluated, ...unmet(reason) };
  }
  return { ...evaluated, met: true };
}
