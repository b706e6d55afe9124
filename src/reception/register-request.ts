import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { invalidInput, notFound } from '../errors.ts';
import { formatSampleCode, sampleSequenceScope } from './sample-code.ts';
import type { NewRequest } from './schemas.ts';
import { nextInSequence } from './sequence.ts';

export interface RegisteredRequest {
  id: number;
  number: string;
  samples: { id: number; code: string; parameterIds: number[] }[];
}

function checkMethods(input: NewRequest): void {
  input.samples.forEach((sample, s) =>
    sample.parameters.forEach((parameter, p) => {
      if (!getMethod(parameter.methodId)) {
        const field = `samples.${s}.parameters.${p}.methodId`;
        throw invalidInput(field, `unknown method "${parameter.methodId}"; see GET /api/methods for the ids`);
      }
    }),
  );
}

async function resolveCustomer(trx: Kysely<Database>, input: NewRequest, userId: number): Promise<number> {
  if ('id' in input.customer) {
    const found = await trx.selectFrom('customers').select('id').where('id', '=', input.customer.id).executeTakeFirst();
    if (!found) throw notFound('customer', input.customer.id);
    return found.id;
  }
  const c = input.customer;
  const row = await trx
    .insertInto('customers')
    .values({
      name: c.name,
      kind: c.kind,
      address: c.address ?? null,
      phone: c.phone ?? null,
      email: c.email ?? null,
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAuditEvent(trx, { userId, action: 'customer.create', entityType: 'customer', entityId: row.id, after: c });
  return row.id;
}

/**
 * Registers a request with its samples and requested parameters. Each sample
 * gets its code at once; the sample waits for the acceptance check.
 */
export async function registerRequest(db: Kysely<Database>, input: NewRequest, userId: number): Promise<RegisteredRequest> {
  checkMethods(input);
  return db.transaction().execute(async (trx) => {
    const customerId = await resolveCustomer(trx, input, userId);
    const receivedAt = new Date();
    const year = receivedAt.getUTCFullYear();
    const number = `PU-${year}-${String(await nextInSequence(trx, `request-${year}`)).padStart(5, '0')}`;
    const request = await trx
      .insertInto('test_requests')
      .values({
        number,
        customer_id: customerId,
        status: 'registered',
        decision_rule: input.decisionRule,
        received_by: userId,
        received_at: receivedAt.toISOString(),
        due_date: null,
        notes: input.notes ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const samples: RegisteredRequest['samples'] = [];
    for (const sample of input.samples) {
      const code = formatSampleCode(year, sample.commodity, await nextInSequence(trx, sampleSequenceScope(year)));
      const { parameters, ...fields } = sample;
      const row = await trx
        .insertInto('samples')
        .values({
          request_id: request.id,
          code,
          description: fields.description,
          commodity: fields.commodity,
          brand: fields.brand ?? null,
          model: fields.model ?? null,
          size: fields.size ?? null,
          colour: fields.colour ?? null,
          material: fields.material ?? null,
          quantity: fields.quantity,
          condition: fields.condition ?? null,
          status: 'received',
          rejection_reason: null,
          decided_by: null,
          decided_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const parameterIds: number[] = [];
      for (const parameter of parameters) {
        const inserted = await trx
          .insertInto('requested_parameters')
          .values({
            sample_id: row.id,
            method_id: parameter.methodId,
            specification_id: parameter.specificationId ?? null,
            category: parameter.category ?? null,
            status: 'awaiting_acceptance',
            analyst_id: null,
            fee: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        parameterIds.push(inserted.id);
      }
      samples.push({ id: row.id, code, parameterIds });
    }
    const after = { number, customerId, decisionRule: input.decisionRule, samples };
    await appendAuditEvent(trx, { userId, action: 'request.register', entityType: 'test_request', entityId: request.id, after });
    return { id: request.id, number, samples };
  });
}
