import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import type { newCustomer } from './schemas.ts';

export type NewCustomer = z.infer<typeof newCustomer>;

/** Creates a customer (ikm, company, person or agency) with its audit event. */
export async function createCustomer(trx: Kysely<Database>, customer: NewCustomer, userId: number, now: Date): Promise<number> {
  const row = await trx
    .insertInto('customers')
    .values({
      name: customer.name,
      kind: customer.kind,
      address: customer.address ?? null,
      phone: customer.phone ?? null,
      email: customer.email ?? null,
      created_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAuditEvent(trx, { userId, action: 'customer.create', entityType: 'customer', entityId: row.id, after: customer });
  return row.id;
}
