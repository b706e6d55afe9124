import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Takes the next number of a named sequence (sample codes, request and
 * report numbers). Call it inside the transaction that uses the number: the
 * upsert runs as one statement, so concurrent registrations never get the
 * same number and a number is never reused.
 */
export async function nextInSequence(db: Kysely<Database>, scope: string): Promise<number> {
  const row = await db
    .insertInto('sequence_counters')
    .values({ scope, last_value: 1 })
    .onConflict((oc) => oc.column('scope').doUpdateSet((eb) => ({ last_value: eb('last_value', '+', 1) })))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}
