import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { createCustomer } from './customers.ts';
import { reviewMethods, type ReviewWarning } from './contract-review/contract-review.ts';
import { presentQuotation, priceParameters } from './fees.ts';
import { immediateTransaction } from './immediate-transaction.ts';
import { dueDateFor, type RegistrationContext, type RequestDueDate } from './registration-context.ts';
import { checkRequestedParameters } from './registration/parameter-checks.ts';
import { checkRequestText } from './registration/text-checks.ts';
import { formatSampleCode, sampleSequenceScope } from './sample-code.ts';
import type { NewRequest } from './schemas.ts';
import { nextInSequence } from './sequence.ts';

export interface RegisteredRequest {
  id: number;
  number: string;
  receivedAt: string;
  due: RequestDueDate;
  quotation: ReturnType<typeof presentQuotation>;
  warnings: ReviewWarning[];
  samples: { id: number; code: string; parameterIds: number[] }[];
}

function tariffWarnings(missing: readonly string[]): ReviewWarning[] {
  return missing.map((methodId) => ({
    code: 'NO_TARIFF',
    methodId,
    id: `${methodId}: belum ada tarif PNBP yang berlaku; biaya belum dapat dihitung.`,
    en: `${methodId}: no PNBP tariff is in force; the fee cannot be quoted yet.`,
  }));
}

async function resolveCustomer(trx: Kysely<Database>, input: NewRequest, userId: number, now: Date): Promise<number> {
  if ('id' in input.customer) {
    const found = await trx.selectFrom('customers').select('id').where('id', '=', input.customer.id).executeTakeFirst();
    if (!found) throw notFound('customer', input.customer.id);
    return found.id;
  }
  return createCustomer(trx, input.customer, userId, now);
}

/**
 * Registers a request with its samples and requested parameters, received
 * at `context.now`. Each sample gets its code from the laboratory's scheme at
 * once and waits for the acceptance check; each parameter gets its fee. The
 * due date, the quotation and the contract review's warnings come back for
 * the receiver to tell the customer.
 */
export async function registerRequest(db: Kysely<Database>, input: NewRequest, userId: number, context: RegistrationContext): Promise<RegisteredRequest> {
  checkRequestedParameters(input);
  checkRequestText(input);
  const { now, settings } = context;
  const methodIds = input.samples.flatMap((sample) => sample.parameters.map((parameter) => parameter.methodId));
  const { quotation, fees, missingTariffs } = priceParameters(methodIds, context.tariffs, now);
  const samplesForDue = input.samples.map((sample) => ({ commodity: sample.commodity, methodIds: sample.parameters.map((p) => p.methodId) }));
  const due = dueDateFor(samplesForDue, now, context);
  const reviews = await reviewMethods(db, samplesForDue.flatMap((sample) => sample.methodIds), now);
  const warnings = [...reviews.flatMap((review) => review.warnings), ...tariffWarnings(missingTariffs)];

  return immediateTransaction(db, async (trx) => {
    const year = Number(quotation.date.slice(0, 4));
    const number = `PU-${year}-${String(await nextInSequence(trx, `request-${year}`)).padStart(5, '0')}`;
    const customerId = await resolveCustomer(trx, input, userId, now);
    const request = await trx
      .insertInto('test_requests')
      .values({ number, customer_id: customerId, status: 'registered', decision_rule: input.decisionRule, received_by: userId, received_at: now.toISOString(), due_date: due.dueDate, notes: input.notes ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const samples: RegisteredRequest['samples'] = [];
    let feeIndex = 0;
    for (const sample of input.samples) {
      const sequence = await nextInSequence(trx, sampleSequenceScope(settings.sampleCodePattern, year));
      const code = formatSampleCode(settings.sampleCodePattern, { year, commodity: sample.commodity, sequence });
      const { parameters, ...fields } = sample;
      const row = await trx
        .insertInto('samples')
        .values({
          request_id: request.id, code, description: fields.description, commodity: fields.commodity,
          brand: fields.brand ?? null, model: fields.model ?? null, size: fields.size ?? null, colour: fields.colour ?? null,
          material: fields.material ?? null, quantity: fields.quantity, condition: fields.condition ?? null,
          status: 'received', rejection_reason: null, decided_by: null, decided_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const parameterIds: number[] = [];
      for (const parameter of parameters) {
        const inserted = await trx
          .insertInto('requested_parameters')
          .values({ sample_id: row.id, method_id: parameter.methodId, specification_id: parameter.specificationId ?? null, category: parameter.category ?? null, status: 'awaiting_acceptance', analyst_id: null, fee: fees[feeIndex++] ?? null })
          .returning('id')
          .executeTakeFirstOrThrow();
        parameterIds.push(inserted.id);
      }
      samples.push({ id: row.id, code, parameterIds });
    }
    const after = { number, customerId, decisionRule: input.decisionRule, dueDate: due.dueDate, total: quotation.total, samples, warnings: warnings.map((w) => w.code) };
    await appendAuditEvent(trx, { userId, action: 'request.register', entityType: 'test_request', entityId: request.id, after });
    return { id: request.id, number, receivedAt: now.toISOString(), due, quotation: presentQuotation(quotation, missingTariffs), warnings, samples };
  });
}
