import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database, Sample } from '../db/schema.ts';
import { invalidInput, JituError, notFound, wrongState } from '../errors.ts';
import { moveParameter, type ParameterStatus } from '../testing/parameter-state.ts';
import { acceptanceCriteria } from './acceptance/criteria.ts';
import { evaluateAcceptance, type CheckOutcome } from './acceptance/evaluate.ts';
import { immediateTransaction } from './immediate-transaction.ts';
import { recordDisposition, type DispositionInput } from './retention/disposition.ts';
import './records/tables.ts';

export type SampleDecision =
  | { accepted: true; ticks: Record<string, boolean> }
  | { accepted: false; reason: string; returned?: Omit<DispositionInput, 'kind'> };

export interface DecidedSample extends Sample {
  checks: CheckOutcome[];
}

async function requestIsPaid(db: Kysely<Database>, requestId: number): Promise<boolean> {
  const payment = await db.selectFrom('payments').select('id').where('request_id', '=', requestId).executeTakeFirst();
  return payment !== undefined;
}

async function loadReceivedSample(trx: Kysely<Database>, sampleId: number): Promise<Sample> {
  const sample = await trx.selectFrom('samples').selectAll().where('id', '=', sampleId).executeTakeFirst();
  if (!sample) throw notFound('sample', sampleId);
  if (sample.status !== 'received') throw wrongState('sample', sample.code, sample.status, ['received']);
  return sample;
}

async function checkSample(trx: Kysely<Database>, sample: Sample, ticks: Record<string, boolean>): Promise<CheckOutcome[]> {
  const parameters = await trx.selectFrom('requested_parameters').select('method_id').where('sample_id', '=', sample.id).execute();
  const methodIds = parameters.map((row) => row.method_id);
  const outcomes = evaluateAcceptance({ commodity: sample.commodity, quantity: sample.quantity, methodIds }, ticks, acceptanceCriteria());
  const known = outcomes.map((outcome) => outcome.criterion);
  const unknown = Object.keys(ticks).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw invalidInput(`checks.${unknown[0]}`, `not a check of commodity ${sample.commodity}; its checks are ${known.join(', ')}`);
  }
  return outcomes;
}

async function storeChecks(trx: Kysely<Database>, sampleId: number, checks: CheckOutcome[], userId: number, at: string) {
  for (const check of checks) {
    const detail = JSON.stringify({ id: check.id, en: check.en });
    await trx.insertInto('sample_checks').values({ sample_id: sampleId, criterion: check.criterion, passed: check.passed ? 1 : 0, detail, checked_by: userId, checked_at: at }).execute();
  }
}

/**
 * Accepts or rejects a received sample. Acceptance evaluates the criteria of
 * the sample's commodity and is rejected, naming each failed criterion, when
 * one fails. An accepted sample moves its parameters to payment, or straight
 * to the laboratory when the request is already paid. A rejected sample
 * cancels them, and its return to the customer may be recorded at once.
 */
export async function decideSample(db: Kysely<Database>, sampleId: number, decision: SampleDecision, userId: number, now: Date): Promise<DecidedSample> {
  return immediateTransaction(db, async (trx) => {
    const sample = await loadReceivedSample(trx, sampleId);
    const decidedAt = now.toISOString();
    const checks = decision.accepted ? await checkSample(trx, sample, decision.ticks) : [];
    const failed = checks.filter((check) => !check.passed);
    if (failed.length > 0) {
      const detailId = failed.map((check) => check.id).join('; ');
      const detail = failed.map((check) => check.en).join('; ');
      throw new JituError('ACCEPTANCE_REFUSED', { code: sample.code, detailId, detail }, 'checks');
    }
    const status = decision.accepted ? 'accepted' : 'rejected';
    const reason = decision.accepted ? null : decision.reason;
    await trx.updateTable('samples').set({ status, rejection_reason: reason, decided_by: userId, decided_at: decidedAt }).where('id', '=', sampleId).execute();
    await storeChecks(trx, sampleId, checks, userId, decidedAt);
    await appendAuditEvent(trx, {
      userId,
      action: decision.accepted ? 'sample.accept' : 'sample.reject',
      entityType: 'sample',
      entityId: sampleId,
      before: { status: sample.status },
      after: { status, reason, checks },
    });
    if (!decision.accepted && decision.returned) {
      await recordDisposition(trx, { ...sample, status }, { kind: 'returned', ...decision.returned }, userId, now);
    }
    const paid = decision.accepted && (await requestIsPaid(trx, sample.request_id));
    let to: ParameterStatus = 'cancelled';
    if (decision.accepted) to = paid ? 'ready' : 'awaiting_payment';
    const parameters = await trx.selectFrom('requested_parameters').selectAll().where('sample_id', '=', sampleId).execute();
    for (const parameter of parameters) {
      await moveParameter(trx, parameter, { to, userId, action: `parameter.${to}` });
    }
    return { ...sample, status, rejection_reason: reason, decided_by: userId, decided_at: decidedAt, checks };
  });
}
