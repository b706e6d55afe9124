import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { JituError, notFound } from '../errors.ts';
import { loadOpenRun } from './accept-reading.ts';
import { buildMethodInput } from './method-input.ts';
import { loadParameter, moveParameter } from './parameter-state.ts';
import { ensureSpecimens } from './specimens.ts';

/** Turns a method's input error into a 400 that names the input. */
function calculate(method: ReturnType<typeof getMethod> & object, input: unknown) {
  try {
    return method.calculate(input);
  } catch (error) {
    if (error instanceof Error && 'field' in error) {
      throw new JituError('INVALID_INPUT', { field: String(error.field), detail: error.message }, String(error.field));
    }
    throw error;
  }
}

/** Computes the result without storing it, for the worksheet's live calculation. */
export async function previewRun(db: Kysely<Database>, runId: number, runValues: Record<string, string>) {
  const run = await db.selectFrom('test_runs').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!run) throw notFound('test run', runId);
  const parameter = await loadParameter(db, run.parameter_id);
  const method = getMethod(parameter.method_id);
  if (!method) throw notFound('method', parameter.method_id);
  const input = await buildMethodInput(db, runId, method, parameter, runValues);
  return calculate(method, input);
}

/**
 * Finishes a run: calculates the result with the method's current version,
 * stores it with its inputs and steps, and hands the parameter to review.
 * An earlier result of the same parameter stops being current.
 */
export async function finishRun(db: Kysely<Database>, runId: number, runValues: Record<string, string>, userId: number) {
  return db.transaction().execute(async (trx) => {
    const run = await loadOpenRun(trx, runId, userId);
    const parameter = await loadParameter(trx, run.parameter_id);
    const method = getMethod(parameter.method_id);
    if (!method) throw notFound('method', parameter.method_id);
    const input = await buildMethodInput(trx, runId, method, parameter, runValues);
    const output = calculate(method, input);
    const specimens = await ensureSpecimens(trx, parameter.id);
    const now = new Date().toISOString();
    await trx.updateTable('results').set({ current: 0 }).where('parameter_id', '=', parameter.id).execute();
    const result = await trx
      .insertInto('results')
      .values({
        parameter_id: parameter.id,
        run_id: runId,
        method_id: method.id,
        method_version: method.version,
        value: output.value,
        unit: output.unit,
        uncertainty: output.uncertainty,
        verdict: output.verdict,
        requirement: output.requirement,
        inputs: JSON.stringify(input),
        steps: JSON.stringify(output.steps),
        calculated_by: userId,
        calculated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('test_runs').set({ status: 'finished', finished_at: now, run_inputs: JSON.stringify(runValues) }).where('id', '=', runId).execute();
    const summary = { resultId: result.id, value: output.value, unit: output.unit, uncertainty: output.uncertainty, verdict: output.verdict, methodVersion: method.version };
    await appendAuditEvent(trx, { userId, action: 'run.finish', entityType: 'test_run', entityId: runId, before: { status: 'open' }, after: summary });
    await moveParameter(trx, parameter, { to: 'tested', userId, action: 'parameter.tested', note: { resultId: result.id } });
    return { runId, ...summary, requirement: output.requirement, steps: output.steps, specimens: specimens.map((s) => s.code) };
  });
}
