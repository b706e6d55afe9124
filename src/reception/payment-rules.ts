import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { JituError, notFound } from '../errors.ts';
import type { PaymentInput } from './payment.ts';

// The cashier's rules for PNBP fees. The e-billing code is issued for the
// samples that passed the acceptance check, so a payment waits for one; a
// request is settled once, by a payment or by a waiver; and a billing
// reference pays one request only. A waiver is a decision on the request,
// so it may come before acceptance (an exemption letter on file), but not
// once the fee is paid or the LHU is out.

interface Refusal {
  id: string;
  en: string;
}

function refuse(number: string, reason: Refusal, field?: string): JituError {
  return new JituError('PAYMENT_REFUSED', { number, detailId: reason.id, detail: reason.en }, field);
}

async function loadRequestNumber(trx: Kysely<Database>, requestId: number): Promise<string> {
  const request = await trx.selectFrom('test_requests').select('number').where('id', '=', requestId).executeTakeFirst();
  if (!request) throw notFound('request', requestId);
  return request.number;
}

async function checkNotReported(trx: Kysely<Database>, requestId: number, number: string): Promise<void> {
  const report = await trx.selectFrom('reports').select('number').where('request_id', '=', requestId).executeTakeFirst();
  if (!report) return;
  throw refuse(number, {
    id: `LHU ${report.number} sudah terbit; biaya tidak dapat diubah atau dibebaskan lagi.`,
    en: `LHU ${report.number} has been issued; the fee can no longer be changed or waived.`,
  });
}

async function checkNotSettled(trx: Kysely<Database>, requestId: number, number: string): Promise<void> {
  const earlier = await trx.selectFrom('payments').select(['kind', 'billing_reference', 'recorded_at']).where('request_id', '=', requestId).orderBy('id').executeTakeFirst();
  if (!earlier) return;
  const what = earlier.kind === 'waived'
    ? { id: 'dibebaskan', en: 'waived' }
    : { id: `dibayar (kode billing ${earlier.billing_reference})`, en: `paid (billing reference ${earlier.billing_reference})` };
  throw refuse(number, {
    id: `biaya sudah ${what.id} pada ${earlier.recorded_at}; pembayaran atau pembebasan kedua tidak dicatat.`,
    en: `the fee was already ${what.en} at ${earlier.recorded_at}; a second payment or waiver is not recorded.`,
  });
}

async function checkSampleAccepted(trx: Kysely<Database>, requestId: number, number: string): Promise<void> {
  const accepted = await trx.selectFrom('samples').select('id').where('request_id', '=', requestId).where('status', '=', 'accepted').executeTakeFirst();
  if (accepted) return;
  throw refuse(number, {
    id: 'belum ada contoh yang diterima; catat pembayaran setelah contoh lolos pemeriksaan penerimaan.',
    en: 'no sample has been accepted yet; record the payment after a sample passes the acceptance check.',
  });
}

async function checkBillingReferenceUnused(trx: Kysely<Database>, reference: string, number: string): Promise<void> {
  const used = await trx
    .selectFrom('payments')
    .innerJoin('test_requests', 'test_requests.id', 'payments.request_id')
    .select('test_requests.number')
    .where('payments.billing_reference', '=', reference)
    .executeTakeFirst();
  if (!used) return;
  throw refuse(number, {
    id: `kode billing ${reference} sudah dicatat untuk permohonan ${used.number}; satu kode billing membayar satu permohonan.`,
    en: `billing reference ${reference} is already recorded for request ${used.number}; one billing reference pays one request.`,
  }, 'billingReference');
}

/** Rejects a payment or waiver the cashier would not record, naming the reason. */
export async function checkPaymentAllowed(trx: Kysely<Database>, requestId: number, input: PaymentInput): Promise<void> {
  const number = await loadRequestNumber(trx, requestId);
  await checkNotReported(trx, requestId, number);
  await checkNotSettled(trx, requestId, number);
  if (input.kind === 'waived') return;
  await checkSampleAccepted(trx, requestId, number);
  await checkBillingReferenceUnused(trx, input.billingReference, number);
}

/** Rejects a payment while a parameter has no fee, since the total would leave it unpaid. */
export function checkFeesKnown(number: string, missingTariffs: readonly string[]): void {
  if (missingTariffs.length === 0) return;
  const methods = missingTariffs.join(', ');
  throw refuse(number, {
    id: `biaya ${methods} tidak tercatat karena tarif PNBP-nya belum ada saat registrasi; minta admin atau manajer teknis membebaskannya, atau daftarkan ulang setelah tarif dicatat.`,
    en: `${methods} has no fee because no PNBP tariff was in force at registration; ask an admin or technical manager to waive it, or register again once the tariff is entered.`,
  });
}
