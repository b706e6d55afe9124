import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { invalidInput, JituError, type BilingualText } from '../errors.ts';
import { expectStatus, loadParameter, moveParameter } from '../testing/parameter-state.ts';

export type ReviewStage = 'verification' | 'validation';

export interface ReviewDecision {
  decision: 'approve' | 'return';
  reason?: string;
}

const STAGES = {
  verification: { from: 'tested', to: 'verified' },
  validation: { from: 'verified', to: 'validated' },
} as const;

const forbid = (detail: BilingualText) => new JituError('SEPARATION_OF_DUTIES', { detail });

async function currentResult(db: Kysely<Database>, parameterId: number) {
  return db
    .selectFrom('results')
    .innerJoin('test_runs', 'test_runs.id', 'results.run_id')
    .select(['results.id', 'results.run_id', 'test_runs.analyst_id'])
    .where('results.parameter_id', '=', parameterId)
    .where('results.current', '=', 1)
    .executeTakeFirstOrThrow();
}

async function verifierOf(db: Kysely<Database>, resultId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('reviews')
    .select('reviewer_id')
    .where('result_id', '=', resultId)
    .where('stage', '=', 'verification')
    .where('decision', '=', 'approve')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.reviewer_id;
}

/**
 * Verifies or validates a result, or sends it back to the analyst with a
 * reason. Nobody reviews their own work; whether the verifier may also
 * validate is a laboratory setting.
 */
export async function reviewParameter(
  db: Kysely<Database>,
  parameterId: number,
  stage: ReviewStage,
  input: ReviewDecision,
  reviewerId: number,
  allowVerifierToValidate: boolean,
) {
  if (input.decision === 'return' && !input.reason) throw invalidInput('reason', 'sending work back needs a reason');
  return db.transaction().execute(async (trx) => {
    const parameter = await loadParameter(trx, parameterId);
    expectStatus(parameter, [STAGES[stage].from]);
    const result = await currentResult(trx, parameterId);
    if (result.analyst_id === reviewerId) forbidOwnWork(stage);
    if (stage === 'validation' && !allowVerifierToValidate && (await verifierOf(trx, result.id)) === reviewerId) {
      throw forbid({ id: 'Anda sudah memverifikasi hasil ini; orang lain harus memvalidasinya', en: 'you verified this result; another person must validate it' });
    }
    await trx
      .insertInto('reviews')
      .values({
        parameter_id: parameterId,
        result_id: result.id,
        stage,
        decision: input.decision,
        reason: input.reason ?? null,
        reviewer_id: reviewerId,
        reviewed_at: new Date().toISOString(),
      })
      .execute();
    if (input.decision === 'return') {
      await trx.updateTable('test_runs').set({ status: 'open', finished_at: null }).where('id', '=', result.run_id).execute();
      await appendAuditEvent(trx, { userId: reviewerId, action: 'run.reopen', entityType: 'test_run', entityId: result.run_id, before: { status: 'finished' }, after: { status: 'open', reason: input.reason } });
    }
    const to = input.decision === 'approve' ? STAGES[stage].to : 'in_progress';
    const action = `parameter.${stage}.${input.decision}`;
    await moveParameter(trx, parameter, { to, userId: reviewerId, action, note: { resultId: result.id, reason: input.reason ?? null } });
    return { parameterId, resultId: result.id, stage, decision: input.decision, status: to };
  });
}

function forbidOwnWork(stage: ReviewStage): never {
  throw forbid(stage === 'verification'
    ? { id: 'Anda tidak boleh memverifikasi uji Anda sendiri', en: 'you may not verify your own test' }
    : { id: 'Anda tidak boleh memvalidasi uji Anda sendiri', en: 'you may not validate your own test' });
}
