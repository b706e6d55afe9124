import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { invalidInput } from '../errors.ts';
import { addDays, isCivilDate, jakartaInstant } from './calendar/jakarta-time.ts';
import { containsText } from './like-pattern.ts';

const civilDate = z.string().refine(isCivilDate, 'use a date as YYYY-MM-DD');

export const requestSearchQuery = z.object({
  /** Part of a request number, a sample code or a customer name. */
  q: z.string().trim().max(100).default(''),
  /** First Jakarta date of receipt, inclusive. */
  from: civilDate.optional(),
  /** Last Jakarta date of receipt, inclusive. */
  to: civilDate.optional(),
  status: z.enum(['registered', 'reported']).optional(),
});

export type RequestSearch = z.infer<typeof requestSearchQuery>;

/** Maximum number of requests a search returns, newest first. */
export const SEARCH_LIMIT = 100;

async function matchingRequestIds(db: Kysely<Database>, search: RequestSearch): Promise<number[]> {
  let query = db
    .selectFrom('test_requests as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .leftJoin('samples as s', 's.request_id', 'r.id')
    .select('r.id')
    .distinct();
  if (search.q) {
    query = query.where((eb) => eb.or([containsText('r.number', search.q), containsText('s.code', search.q), containsText('c.name', search.q)]));
  }
  if (search.from) query = query.where('r.received_at', '>=', jakartaInstant(search.from, '00:00').toISOString());
  if (search.to) query = query.where('r.received_at', '<', jakartaInstant(addDays(search.to, 1), '00:00').toISOString());
  if (search.status) query = query.where('r.status', '=', search.status);
  const rows = await query.orderBy('r.received_at', 'desc').orderBy('r.id', 'desc').limit(SEARCH_LIMIT).execute();
  return rows.map((row) => row.id);
}

/**
 * Finds test requests by part of the request number, a sample code or the
 * customer name, received between two Jakarta dates, in one status. Each
 * comes with its customer and the codes and statuses of its samples.
 */
export async function searchRequests(db: Kysely<Database>, search: RequestSearch) {
  if (search.from && search.to && search.to < search.from) {
    throw invalidInput('to', `the last date ${search.to} is before the first date ${search.from}`);
  }
  const ids = await matchingRequestIds(db, search);
  if (ids.length === 0) return [];
  const requests = await db
    .selectFrom('test_requests as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .select(['r.id', 'r.number', 'r.status', 'r.received_at as receivedAt', 'r.due_date as dueDate', 'c.id as customerId', 'c.name as customerName'])
    .where('r.id', 'in', ids)
    .orderBy('r.received_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  const samples = await db.selectFrom('samples').select(['id', 'request_id', 'code', 'status']).where('request_id', 'in', ids).orderBy('id').execute();
  return requests.map((request) => ({
    ...request,
    samples: samples.filter((sample) => sample.request_id === request.id).map(({ request_id: _request, ...sample }) => sample),
  }));
}
