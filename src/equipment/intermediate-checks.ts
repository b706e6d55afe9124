import type { Kysely } from 'kysely';
import { Decimal } from '../../methods/decimal.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { invalidInput, notFound } from '../errors.ts';
import { accessoryNotInService, accessoryOverdue } from './fitness-reasons.ts';
import { instrumentStatus, notStable, otherInstrument } from './measurement-reasons.ts';
import './tables.ts';
import { pastOrNow } from './times.ts';

export const CHECK_KINDS = ['reference-weight', 'ph-slope', 'wavelength', 'other'] as const;

export interface CheckPointInput {
  quantity: string;
  nominal: string;
  tolerance: string;
  unit: string;
  /** The observed value typed in; give this or `measurementId`. */
  observed?: string;
  /** A measurement of the instrument read over its serial line. */
  measurementId?: number;
}

export interface CheckInput {
  kind: (typeof CHECK_KINDS)[number];
  accessoryId?: number;
  checkedAt?: string;
  note?: string;
  points: CheckPointInput[];
}

/** True when the observed value lies within nominal ± tolerance, both ends included. */
export function withinTolerance(observed: string, nominal: string, tolerance: string): boolean {
  return new Decimal(observed).minus(nominal).abs().lessThanOrEqualTo(tolerance);
}

async function observedValue(db: Kysely<Database>, instrumentId: number, point: CheckPointInput, index: number) {
  const field = `points.${index}`;
  if (point.measurementId === undefined) {
    if (point.observed === undefined) throw invalidInput(`${field}.observed`, 'give the observed value or a measurementId');
    return { observed: point.observed, measurementId: null, at: null };
  }
  const m = await db.selectFrom('measurements').selectAll().where('id', '=', point.measurementId).executeTakeFirst();
  if (!m) throw notFound('measurement', point.measurementId);
  if (m.instrument_id !== instrumentId) throw invalidInput(`${field}.measurementId`, otherInstrument(m.id));
  if (m.status !== 'ok' || m.value === null) throw invalidInput(`${field}.measurementId`, instrumentStatus(m.status, m.raw));
  if (!m.stable) throw invalidInput(`${field}.measurementId`, notStable);
  if (m.unit !== point.unit) {
    const found = { id: m.unit ?? 'tanpa satuan', en: m.unit ?? 'no unit' };
    const detail = { id: `titik ini dalam ${point.unit}, pengukurannya dalam ${found.id}`, en: `the point is in ${point.unit}, the measurement in ${found.en}` };
    throw invalidInput(`${field}.unit`, detail);
  }
  return { observed: m.value, measurementId: m.id, at: m.received_at };
}

async function checkAccessory(db: Kysely<Database>, accessoryId: number, day: string) {
  const accessory = await db.selectFrom('equipment_accessories').selectAll().where('id', '=', accessoryId).executeTakeFirst();
  if (!accessory) throw notFound('accessory', accessoryId);
  if (accessory.status !== 'in_service') throw invalidInput('accessoryId', accessoryNotInService(accessory.code));
  if (accessory.due_on !== null && accessory.due_on < day) {
    throw invalidInput('accessoryId', accessoryOverdue(accessory.code, accessory.due_on));
  }
}

/**
 * Records an intermediate check of an instrument. Each point passes when
 * its observed value lies within nominal ± tolerance, and the check passes
 * when every point does. A point may take its observed value from a stored
 * measurement of the same instrument. Unless `checkedAt` is given, the
 * check then dates from the latest such measurement.
 */
export async function recordCheck(db: Kysely<Database>, instrumentId: number, input: CheckInput, userId: number) {
  return db.transaction().execute(async (trx) => {
    const instrument = await trx.selectFrom('instruments').select(['id', 'code']).where('id', '=', instrumentId).executeTakeFirst();
    if (!instrument) throw notFound('instrument', instrumentId);
    const points = [];
    for (const [index, point] of input.points.entries()) {
      const { observed, measurementId, at } = await observedValue(trx, instrumentId, point, index);
      const passed = withinTolerance(observed, point.nominal, point.tolerance);
      points.push({ quantity: point.quantity, nominal: point.nominal, tolerance: point.tolerance, unit: point.unit, observed, measurementId, passed, at });
    }
    const measuredAt = points.map((p) => p.at).filter((t): t is string => t !== null).sort().at(-1);
    const checkedAt = input.checkedAt === undefined ? measuredAt ?? pastOrNow(undefined, 'checkedAt') : pastOrNow(input.checkedAt, 'checkedAt');
    if (input.accessoryId !== undefined) await checkAccessory(trx, input.accessoryId, checkedAt.slice(0, 10));
    const passed = points.every((p) => p.passed);
    const row = await trx
      .insertInto('intermediate_checks')
      .values({ instrument_id: instrumentId, kind: input.kind, accessory_id: input.accessoryId ?? null, checked_at: checkedAt, passed: passed ? 1 : 0, note: input.note ?? null, checked_by: userId, recorded_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const p of points) {
      await trx
        .insertInto('intermediate_check_points')
        .values({ check_id: row.id, quantity: p.quantity, nominal: p.nominal, tolerance: p.tolerance, observed: p.observed, unit: p.unit, measurement_id: p.measurementId, passed: p.passed ? 1 : 0 })
        .execute();
    }
    const summary = { checkId: row.id, kind: input.kind, checkedAt, passed, points: points.map(({ at: _at, ...p }) => p) };
    await appendAuditEvent(trx, { userId, action: 'instrument.check', entityType: 'instrument', entityId: instrumentId, after: summary });
    return { id: row.id, instrumentId, ...summary };
  });
}
