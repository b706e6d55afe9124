import type { Kysely } from 'kysely';
import type { Conditioning } from '../../methods/types.ts';
import type { Database } from '../db/schema.ts';
import { describeAtmosphere, evaluateAtmosphere, type Excursion } from '../equipment/atmosphere.ts';
import { loadRoomReadings } from '../equipment/room-log.ts';

export interface ConditioningCheck {
  met: boolean;
  reason: string | null;
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
  met: true, reason: null, recordId: null, hours: null, location: null, atmosphere: null, hoursWithinLimits: null, excursions: [],
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
  if (!record) return { ...base, met: false, reason: 'specimens have not entered conditioning' };
  const end = record.finished_at ?? at.toISOString();
  const hours = (Date.parse(end) - Date.parse(record.started_at)) / 3600_000;
  const found = { ...base, recordId: record.id, hours, location: record.location };

  if (hours < required.minimumHours) {
    const reason = `specimens conditioned ${hours.toFixed(1)} h of the ${required.minimumHours} h the method requires`;
    return { ...found, met: false, reason };
  }

  const from = new Date(Date.parse(record.started_at) - CARRY_IN_MS).toISOString();
  const log = await loadRoomReadings(db, record.location, from, end);
  const evaluation = evaluateAtmosphere(log, required, record.started_at, end);
  const evaluated = { ...found, hoursWithinLimits: evaluation.hoursWithinLimits, excursions: evaluation.excursions };
  if (evaluation.readings === 0) {
    const reason = `no room readings of ${record.location} while the specimens were conditioned; connect its thermo-hygrometer or post the readings`;
    return { ...evaluated, met: false, reason };
  }
  if (evaluation.hoursWithinLimits < required.minimumHours) {
    const reason = `specimens spent ${evaluation.hoursWithinLimits.toFixed(1)} h within ${atmosphere} of the ${required.minimumHours} h the method requires (${evaluation.excursions.length} room readings out of limits)`;
    return { ...evaluated, met: false, reason };
  }
  return { ...evaluated, met: true };
}
