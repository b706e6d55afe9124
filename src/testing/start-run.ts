import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { calibrationStatus } from '../equipment/calibration-status.ts';
import { JituError, notFound } from '../errors.ts';
import { checkConditioning } from './conditioning.ts';
import { expectStatus, loadParameter, moveParameter } from './parameter-state.ts';

/**
 * Starts a test run after the gates the laboratory relies on: payment
 * recorded, the caller is the assigned analyst, specimens conditioned for
 * the method's time, and the instrument in service with a current
 * calibration. Each refusal names the gate.
 */
export async function startRun(db: Kysely<Database>, parameterId: number, instrumentId: number, userId: number) {
  return db.transaction().execute(async (trx) => {
    const parameter = await loadParameter(trx, parameterId);
    if (parameter.status === 'awaiting_payment') {
      throw new JituError('GATE_CLOSED', { detail: 'payment has not been recorded or waived' });
    }
    expectStatus(parameter, ['ready']);
    if (parameter.analyst_id !== userId) {
      throw new JituError('GATE_CLOSED', { detail: 'this parameter is not assigned to you' });
    }
    const method = getMethod(parameter.method_id);
    if (!method) throw notFound('method', parameter.method_id);
    const conditioning = await checkConditioning(trx, parameter.sample_id, method.conditioning);
    if (!conditioning.met) throw new JituError('GATE_CLOSED', { detail: conditioning.reason ?? 'conditioning' });
    const calibration = await calibrationStatus(trx, instrumentId);
    if (!calibration.usable) throw new JituError('GATE_CLOSED', { detail: calibration.reason ?? 'calibration' });
    const run = await trx
      .insertInto('test_runs')
      .values({
        parameter_id: parameterId,
        instrument_id: instrumentId,
        analyst_id: userId,
        status: 'open',
        started_at: new Date().toISOString(),
        finished_at: null,
        run_inputs: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const snapshot = { runId: run.id, instrumentId, calibration, conditioning, methodVersion: method.version };
    await appendAuditEvent(trx, { userId, action: 'run.start', entityType: 'test_run', entityId: run.id, after: snapshot });
    await moveParameter(trx, parameter, { to: 'in_progress', userId, action: 'parameter.start', note: { runId: run.id } });
    return { id: run.id, parameterId, instrumentId, calibration, conditioning };
  });
}
