import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { calibrationStatus } from '../equipment/calibration-status.ts';
import { JituError, notFound, type BilingualText } from '../errors.ts';
import { checkAuthorisation } from '../staff/authorisations.ts';
import { flagExcursions } from './conditioning-records.ts';
import { checkConditioning } from './conditioning.ts';
import * as reasons from './gate-reasons.ts';
import { expectStatus, loadParameter, moveParameter } from './parameter-state.ts';

const gateClosed = (detail: BilingualText) => new JituError('GATE_CLOSED', { detail });

/**
 * Starts a test run after the gates the laboratory relies on: payment
 * recorded, the caller is the assigned analyst and has a current
 * authorisation for the method, specimens conditioned for the method's
 * time within its atmosphere, and the instrument fit for use (in service,
 * calibration current, intermediate checks passed). Each refusal names the
 * gate. A run on specimens whose conditioning had an excursion starts, but
 * the run and the conditioning record carry the flag.
 */
export async function startRun(db: Kysely<Database>, parameterId: number, instrumentId: number, userId: number) {
  return db.transaction().execute(async (trx) => {
    const parameter = await loadParameter(trx, parameterId);
    if (parameter.status === 'awaiting_payment') throw gateClosed(reasons.paymentMissing);
    expectStatus(parameter, ['ready']);
    if (parameter.analyst_id !== userId) throw gateClosed(reasons.notAssigned);
    const method = getMethod(parameter.method_id);
    if (!method) throw notFound('method', parameter.method_id);
    const authorisation = await checkAuthorisation(trx, userId, method.id);
    if (authorisation.reason) throw gateClosed(authorisation.reason);
    const conditioning = await checkConditioning(trx, parameter.sample_id, method.conditioning);
    if (conditioning.reason) throw gateClosed(conditioning.reason);
    const calibration = await calibrationStatus(trx, instrumentId);
    if (calibration.reason) throw gateClosed(calibration.reason);
    const excursion = conditioning.excursions.length > 0;
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
        conditioning_record_id: conditioning.recordId,
        conditioning_excursion: excursion ? 1 : 0,
        conditioning_detail: conditioning.recordId === null ? null : JSON.stringify(conditioning),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (excursion && conditioning.recordId !== null) {
      const flag = { atmosphere: conditioning.atmosphere!, methods: [method.id], hoursWithinLimits: conditioning.hoursWithinLimits!, excursions: conditioning.excursions };
      await flagExcursions(trx, conditioning.recordId, [flag], userId);
    }
    const snapshot = { runId: run.id, instrumentId, calibration, conditioning, authorisationId: authorisation.authorisationId, methodVersion: method.version };
    await appendAuditEvent(trx, { userId, action: 'run.start', entityType: 'test_run', entityId: run.id, after: snapshot });
    await moveParameter(trx, parameter, { to: 'in_progress', userId, action: 'parameter.start', note: { runId: run.id } });
    return { id: run.id, parameterId, instrumentId, calibration, conditioning, conditioningExcursion: excursion };
  });
}
