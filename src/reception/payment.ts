import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Role } from '../auth/roles.ts';
import type { Database } from '../db/schema.ts';
import { JituError } from '../errors.ts';
import { moveParameter } from '../testing/parameter-state.ts';
import { immediateTransaction } from './immediate-transaction.ts';
import { checkFeesKnown, checkPaymentAllowed } from './payment-rules.ts';
import { formatRupiah } from './quotation.ts';
import { requestQuotation } from './request-quotation.ts';

export type PaymentInput =
  | { kind: 'paid'; amount: number; billingReference: string }
  | { kind: 'waived'; reason: string };

/** Roles that may waive a fee. */
export const WAIVER_ROLES: readonly Role[] = ['admin', 'technical_manager'];

async function paidSoFar(db: Kysely<Database>, requestId: number): Promise<number> {
  const row = await db
    .selectFrom('payments')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('paid'))
    .where('request_id', '=', requestId)
    .where('kind', '=', 'paid')
    .executeTakeFirst();
  return Number(row?.paid ?? 0);
}

/** Rejects a payment that, with earlier payments, stays below the quotation total or leaves a fee unquoted. */
async function checkAmount(db: Kysely<Database>, requestId: number, amount: number): Promise<void> {
  const { number, total, missingTariffs } = await requestQuotation(db, requestId);
  checkFeesKnown(number, missingTariffs);
  const paid = await paidSoFar(db, requestId);
  if (paid + amount >= total) return;
  const params = { amount: formatRupiah(amount), total: formatRupiah(total), paid: formatRupiah(paid), missing: formatRupiah(total - paid - amount) };
  throw new JituError('PAYMENT_SHORT', params, 'amount');
}

/**
 * Records a payment (or a waiver) for a request and releases every accepted
 * parameter that was waiting for it, so testing can start. A payment must
 * bring the amount paid up to the quotation total; `checkPaymentAllowed`
 * lists when a payment or waiver is rejected.
 */
export async function recordPayment(
  db: Kysely<Database>,
  requestId: number,
  input: PaymentInput,
  user: { id: number; roles: Role[] },
  now: Date,
): Promise<{ paymentId: number; released: number }> {
  if (input.kind === 'waived' && !user.roles.some((role) => WAIVER_ROLES.includes(role))) {
    throw new JituError('ROLE_FORBIDDEN', { roles: user.roles.join(', '), required: WAIVER_ROLES.join(', ') });
  }
  return immediateTransaction(db, async (trx) => {
    await checkPaymentAllowed(trx, requestId, input);
    if (input.kind === 'paid') await checkAmount(trx, requestId, input.amount);
    const payment = await trx
      .insertInto('payments')
      .values({
        request_id: requestId,
        kind: input.kind,
        amount: input.kind === 'paid' ? input.amount : 0,
        billing_reference: input.kind === 'paid' ? input.billingReference : null,
        reason: input.kind === 'waived' ? input.reason : null,
        recorded_by: user.id,
        recorded_at: now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, { userId: user.id, action: `payment.${input.kind}`, entityType: 'test_request', entityId: requestId, after: input });
    const waiting = await trx
      .selectFrom('requested_parameters')
      .innerJoin('samples', 'samples.id', 'requested_parameters.sample_id')
      .selectAll('requested_parameters')
      .where('samples.request_id', '=', requestId)
      .where('requested_parameters.status', '=', 'awaiting_payment')
      .execute();
    for (const parameter of waiting) {
      await moveParameter(trx, parameter, { to: 'ready', userId: user.id, action: 'parameter.release' });
    }
    return { paymentId: payment.id, released: waiting.length };
  });
}
