import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import type { Database } from '../db/schema.ts';
import { calibrationStatus } from '../equipment/calibration-status.ts';
import { notFound } from '../errors.ts';
import { checkConditioning } from './conditioning.ts';
import { loadParameter } from './parameter-state.ts';
import { ensureSpecimens } from './specimens.ts';

/** Everything the bench terminal shows for a run: slots, readings, conditioning and calibration. */
export async function loadWorksheet(db: Kysely<Database>, runId: number) {
  const run = await db.selectFrom('test_runs').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!run) throw notFound('test run', runId);
  const parameter = await loadParameter(db, run.parameter_id);
  const method = getMethod(parameter.method_id);
  if (!method) throw notFound('method', parameter.method_id);
  const readings = await db
    .selectFrom('run_readings')
    .leftJoin('measurements', 'measurements.id', 'run_readings.measurement_id')
    .select([
      'run_readings.id', 'run_readings.specimen', 'run_readings.field', 'run_readings.value', 'run_readings.unit',
      'run_readings.instrument_value', 'run_readings.correction', 'run_readings.measurement_id', 'run_readings.manual_reason', 'run_readings.accepted_by', 'run_readings.accepted_at',
      'run_readings.replaced_by', 'measurements.raw',
    ])
    .where('run_readings.run_id', '=', runId)
    .orderBy('run_readings.id')
    .execute();
  return {
    run,
    parameter,
    method: {
      id: method.id,
      version: method.version,
      title: method.title,
      specimens: method.specimens,
      specimenFields: method.specimenFields,
      runFields: method.runFields,
      reported: method.reported,
    },
    specimens: await ensureSpecimens(db, parameter.id),
    readings,
    conditioning: await checkConditioning(db, parameter.sample_id, method.conditioning),
    calibration: await calibrationStatus(db, run.instrument_id),
  };
}
