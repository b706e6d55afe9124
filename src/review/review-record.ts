import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { calibrationAt } from './calibration-at.ts';

/** Loads each reading of a run beside the raw instrument line and chunk it came from, with who accepted it. */
export async function loadReadings(db: Kysely<Database>, runId: number) {
  return db
    .selectFrom('run_readings')
    .leftJoin('measurements', 'measurements.id', 'run_readings.measurement_id')
    .leftJoin('users', 'users.id', 'run_readings.accepted_by')
    .select([
      'run_readings.id', 'run_readings.specimen', 'run_readings.field', 'run_readings.value', 'run_readings.unit',
      'run_readings.instrument_value', 'run_readings.correction', 'run_readings.calibration_id',
      'run_readings.manual_reason', 'run_readings.replaced_by', 'run_readings.accepted_at', 'users.full_name as accepted_by',
      'run_readings.measurement_id', 'measurements.raw', 'measurements.stable', 'measurements.status as measurement_status',
      'measurements.received_at', 'measurements.chunk_id',
    ])
    .where('run_readings.run_id', '=', runId)
    .orderBy('run_readings.id')
    .execute();
}

/** Conditioning records of a sample with the names of the people who started and finished them. */
export async function loadConditioning(db: Kysely<Database>, sampleId: number) {
  return db
    .selectFrom('conditioning_records as c')
    .leftJoin('users as s', 's.id', 'c.started_by')
    .leftJoin('users as f', 'f.id', 'c.finished_by')
    .select([
      'c.id', 'c.location', 'c.started_at', 'c.finished_at', 'c.temperature_c', 'c.humidity_pct', 'c.excursion', 'c.excursion_detail',
      's.full_name as started_by', 'f.full_name as finished_by',
    ])
    .where('c.sample_id', '=', sampleId)
    .orderBy('c.id')
    .execute();
}

/** Reviews of a parameter with the reviewer's name. */
export async function loadReviews(db: Kysely<Database>, parameterId: number) {
  return db
    .selectFrom('reviews')
    .innerJoin('users', 'users.id', 'reviews.reviewer_id')
    .select(['reviews.id', 'reviews.result_id', 'reviews.stage', 'reviews.decision', 'reviews.reason', 'reviews.reviewed_at', 'users.full_name as reviewer'])
    .where('reviews.parameter_id', '=', parameterId)
    .orderBy('reviews.id')
    .execute();
}

/** Results of a parameter with the calculating user's name; JSON columns still as text. */
export function selectResults(db: Kysely<Database>, parameterId: number) {
  return db
    .selectFrom('results')
    .innerJoin('users', 'users.id', 'results.calculated_by')
    .selectAll('results')
    .select('users.full_name as calculated_by_name')
    .where('parameter_id', '=', parameterId)
    .orderBy('results.id');
}

async function loadCalculation(db: Kysely<Database>, parameterId: number) {
  const result = await selectResults(db, parameterId).where('current', '=', 1).executeTakeFirst();
  if (!result) return null;
  const method = getMethod(result.method_id);
  return {
    ...result,
    inputs: JSON.parse(result.inputs) as unknown,
    steps: JSON.parse(result.steps) as unknown,
    method: { id: result.method_id, version: result.method_version, title: method?.title ?? null, standard: method?.standard ?? null, currentVersion: method?.version ?? null },
  };
}

/**
 * Gathers what a reviewer checks. That is the current result and its
 * calculation with the method version, and each reading beside the raw line
 * it came from. It also holds the instrument with its calibration at the
 * start of the run, the conditioning record and earlier reviews.
 */
export async function loadReviewRecord(db: Kysely<Database>, parameterId: number) {
  const parameter = await db.selectFrom('requested_parameters').selectAll().where('id', '=', parameterId).executeTakeFirst();
  if (!parameter) throw notFound('parameter', parameterId);
  const result = await loadCalculation(db, parameterId);
  const run = result ? await db.selectFrom('test_runs').selectAll().where('id', '=', result.run_id).executeTakeFirst() : undefined;
  const analyst = run ? await db.selectFrom('users').select('full_name').where('id', '=', run.analyst_id).executeTakeFirst() : undefined;
  const instrument = run ? await db.selectFrom('instruments').selectAll().where('id', '=', run.instrument_id).executeTakeFirst() : undefined;
  return {
    parameter,
    result,
    run: run ? { ...run, analyst: analyst?.full_name ?? null } : null,
    instrument: instrument ?? null,
    calibration: run ? await calibrationAt(db, run.instrument_id, run.started_at) : null,
    readings: run ? await loadReadings(db, run.id) : [],
    conditioning: await loadConditioning(db, parameter.sample_id),
    reviews: await loadReviews(db, parameterId),
  };
}
