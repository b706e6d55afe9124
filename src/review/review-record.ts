import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { calibrationStatus } from '../equipment/calibration-status.ts';
import { notFound } from '../errors.ts';

/**
 * Gathers what a reviewer checks: the current result and its calculation,
 * each reading beside the raw line it came from, the instrument's
 * calibration at the time of the run, the conditioning record and earlier
 * reviews.
 */
export async function loadReviewRecord(db: Kysely<Database>, parameterId: number) {
  const parameter = await db.selectFrom('requested_parameters').selectAll().where('id', '=', parameterId).executeTakeFirst();
  if (!parameter) throw notFound('parameter', parameterId);
  const result = await db.selectFrom('results').selectAll().where('parameter_id', '=', parameterId).where('current', '=', 1).executeTakeFirst();
  const run = result ? await db.selectFrom('test_runs').selectAll().where('id', '=', result.run_id).executeTakeFirst() : undefined;
  const readings = run
    ? await db
        .selectFrom('run_readings')
        .leftJoin('measurements', 'measurements.id', 'run_readings.measurement_id')
        .leftJoin('users', 'users.id', 'run_readings.accepted_by')
        .select([
          'run_readings.id', 'run_readings.specimen', 'run_readings.field', 'run_readings.value', 'run_readings.unit',
          'run_readings.manual_reason', 'run_readings.replaced_by', 'run_readings.accepted_at', 'users.full_name as accepted_by',
          'measurements.raw', 'measurements.received_at', 'measurements.chunk_id',
        ])
        .where('run_readings.run_id', '=', run.id)
        .orderBy('run_readings.id')
        .execute()
    : [];
  const instrument = run ? await db.selectFrom('instruments').selectAll().where('id', '=', run.instrument_id).executeTakeFirst() : undefined;
  const calibration = run ? await calibrationStatus(db, run.instrument_id, new Date(run.started_at)) : null;
  const conditioning = await db.selectFrom('conditioning_records').selectAll().where('sample_id', '=', parameter.sample_id).orderBy('id').execute();
  const reviews = await db.selectFrom('reviews').selectAll().where('parameter_id', '=', parameterId).orderBy('id').execute();
  return {
    parameter,
    result: result ? { ...result, inputs: JSON.parse(result.inputs), steps: JSON.parse(result.steps) } : null,
    run: run ?? null,
    instrument: instrument ?? null,
    calibration,
    readings,
    conditioning,
    reviews,
  };
}
