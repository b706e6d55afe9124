import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Role } from '../auth/roles.ts';
import type { Database } from '../db/schema.ts';
import { JituError, notFound } from '../errors.ts';
import { moveParameter } from '../testing/parameter-state.ts';

export type PaymentInput =
  | { kind: 'paid'; amount: number; billingReference: string }
  | { kind: 'waived'; reason: string };

/** Roles that may waive a fee. */
export const WAIVER_ROLES: readonly Role[] = ['admin', 'technical_manager'];

/**
 * Records a payment (or a waiver) for a request and releases every accepted
 * parameter that was waiting for it, so testing can start.
 */
export async function recordPayment(
  db: Kysely<Database>,
  requestId: number,
  input: PaymentInput,
  user: { id: number; roles: Role[] },
): Promise<{ paymentId: number; released: number }> {
  if (input.kind === 'waived' && !user.roles.some((role) => WAIVER_ROLES.includes(role))) {
    throw new JituError('ROLE_FORBIDDEN', { roles: user.roles.join(', '), required: WAIVER_ROLES.join(', ') });
  }
  return db.transaction().execute(async (trx) => {
    const request = await trx.selectFrom('test_requests').select(['id', 'status']).where('id', '=', requestId).executeTakeFirst();
    if (!request) throw notFound('request', requestId);
    const payment = await trx
      .insertInto('payments')
      .values({
        request_id: requestId,
        kind: input.kind,
        amount: input.kind === 'paid' ? input.amount : 0,
        billing_reference: input.kind === 'paid' ? input.billingReference : null,
        reason: input.kind === 'waived' ? input.reason : null,
        recorded_by: user.id,
        recorded_at: new Date().toISOString(),
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
