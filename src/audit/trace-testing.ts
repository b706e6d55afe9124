import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import type { Database } from '../db/schema.ts';
import { calibrationAt } from '../review/calibration-at.ts';
import { loadRawChunk } from '../review/raw-chunks.ts';
import { loadReadings, loadReviews, selectResults } from '../review/review-record.ts';

async function loadRuns(db: Kysely<Database>, parameterId: number) {
  const runs = await db
    .selectFrom('test_runs as t')
    .innerJoin('instruments as i', 'i.id', 't.instrument_id')
    .innerJoin('users as u', 'u.id', 't.analyst_id')
    .selectAll('t')
    .select(['i.code as instrument_code', 'i.name as instrument_name', 'i.maker as instrument_maker', 'i.model as instrument_model', 'i.serial_number as instrument_serial', 'u.full_name as analyst'])
    .where('t.parameter_id', '=', parameterId)
    .orderBy('t.id')
    .execute();
  return Promise.all(runs.map(async (run) => ({
    ...run,
    run_inputs: run.run_inputs === null ? null : (JSON.parse(run.run_inputs) as unknown),
    calibration: await calibrationAt(db, run.instrument_id, run.started_at),
    readings: await loadReadings(db, run.id),
  })));
}

async function loadResults(db: Kysely<Database>, parameterId: number) {
  const rows = await selectResults(db, parameterId).execute();
  return rows.map((row) => ({ ...row, inputs: JSON.parse(row.inputs) as unknown, steps: JSON.parse(row.steps) as unknown }));
}

/** Loads every parameter of a sample with its runs, readings beside their raw lines, results and reviews. */
export async function loadTestingTrace(db: Kysely<Database>, sampleId: number) {
  const parameters = await db.selectFrom('requested_parameters').selectAll().where('sample_id', '=', sampleId).orderBy('id').execute();
  return Promise.all(parameters.map(async (parameter) => {
    const method = getMethod(parameter.method_id);
    return {
      ...parameter,
      method: { id: parameter.method_id, title: method?.title ?? null, standard: method?.standard ?? null, clause: method?.clause ?? null },
      runs: await loadRuns(db, parameter.id),
      results: await loadResults(db, parameter.id),
      reviews: await loadReviews(db, parameter.id),
    };
  }));
}

export type TestingTrace = Awaited<ReturnType<typeof loadTestingTrace>>;

/** Loads the raw chunks behind the accepted readings, bytes as hex and latin1. */
export async function loadTraceChunks(db: Kysely<Database>, parameters: TestingTrace) {
  const ids = new Set<number>();
  for (const parameter of parameters) {
    for (const run of parameter.runs) {
      for (const reading of run.readings) if (reading.chunk_id !== null) ids.add(reading.chunk_id);
    }
  }
  return Promise.all([...ids].sort((a, b) => a - b).map((id) => loadRawChunk(db, id)));
}
