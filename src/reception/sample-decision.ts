import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database, Sample } from '../db/schema.ts';
import { notFound, wrongState } from '../errors.ts';
import { moveParameter } from '../testing/parameter-state.ts';

export interface SampleDecision {
  accepted: boolean;
  reason?: string;
  /** Results of the acceptance checks, e.g. `{ enoughPairs: true, undamaged: true, labelled: true }`. */
  checks?: Record<string, boolean>;
}

async function requestIsPaid(db: Kysely<Database>, requestId: number): Promise<boolean> {
  const payment = await db.selectFrom('payments').select('id').where('request_id', '=', requestId).executeTakeFirst();
  return payment !== undefined;
}

/**
 * Accepts or rejects a received sample. Accepted samples release their
 * parameters to payment (or straight to the laboratory when the request is
 * already paid); rejected ones cancel them.
 */
export async function decideSample(db: Kysely<Database>, sampleId: number, decision: SampleDecision, userId: number): Promise<Sample> {
  return db.transaction().execute(async (trx) => {
    const sample = await trx.selectFrom('samples').selectAll().where('id', '=', sampleId).executeTakeFirst();
    if (!sample) throw notFound('sample', sampleId);
    if (sample.status !== 'received') throw wrongState('sample', sample.code, sample.status, ['received']);
    const status = decision.accepted ? 'accepted' : 'rejected';
    const decidedAt = new Date().toISOString();
    await trx
      .updateTable('samples')
      .set({ status, rejection_reason: decision.reason ?? null, decided_by: userId, decided_at: decidedAt })
      .where('id', '=', sampleId)
      .execute();
    await appendAuditEvent(trx, {
      userId,
      action: decision.accepted ? 'sample.accept' : 'sample.reject',
      entityType: 'sample',
      entityId: sampleId,
      before: { status: sample.status },
      after: { status, reason: decision.reason ?? null, checks: decision.checks ?? null },
    });
    const paid = decision.accepted && (await requestIsPaid(trx, sample.request_id));
    const to = decision.accepted ? (paid ? 'ready' : 'awaiting_payment') : 'cancelled';
    const parameters = await trx.selectFrom('requested_parameters').selectAll().where('sample_id', '=', sampleId).execute();
    for (const parameter of parameters) {
      await moveParameter(trx, parameter, { to, userId, action: `parameter.${to}` });
    }
    return { ...sample, status, rejection_reason: decision.reason ?? null, decided_by: userId, decided_at: decidedAt };
  });
}
