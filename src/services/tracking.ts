import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { trackingCodeMatches } from './tracking-code.ts';

export interface TrackingAnswer {
  number: string;
  status: string;
  dueDate: string;
}

/**
 * Returns the status and due date of a self-registered request. An unknown
 * number and a wrong code get the same 404, so the route reveals nothing
 * about which numbers exist.
 */
export async function trackServiceRequest(db: Kysely<Database>, number: string, code: string): Promise<TrackingAnswer> {
  const row = await db
    .selectFrom('service_requests')
    .select(['number', 'status', 'due_date', 'tracking_code_hash'])
    .where('number', '=', number.trim().toUpperCase())
    .executeTakeFirst();
  if (!row || !trackingCodeMatches(code, row.tracking_code_hash)) throw notFound('service request', number);
  return { number: row.number, status: row.status, dueDate: row.due_date };
}
