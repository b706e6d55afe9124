import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { listOverdue } from './calendar/index.ts';
import { loadLabCalendar } from './lab-calendar.ts';

/**
 * Lists the requests past their due date at `now` with no report issued,
 * the longest overdue first. Requests whose parameters were all cancelled
 * are done and left out.
 */
export async function listOverdueRequests(db: Kysely<Database>, now: Date) {
  const calendar = await loadLabCalendar(db);
  const rows = await db
    .selectFrom('test_requests')
    .innerJoin('customers', 'customers.id', 'test_requests.customer_id')
    .select((eb) => [
      'test_requests.id', 'test_requests.number', 'test_requests.due_date', 'test_requests.received_at', 'customers.name',
      eb.selectFrom('reports').select((r) => r.fn.min('issued_at').as('issued')).whereRef('reports.request_id', '=', 'test_requests.id').as('issued_at'),
      eb.selectFrom('requested_parameters')
        .innerJoin('samples', 'samples.id', 'requested_parameters.sample_id')
        .select((r) => r.fn.countAll<number>().as('open'))
        .whereRef('samples.request_id', '=', 'test_requests.id')
        .where('requested_parameters.status', 'not in', ['cancelled', 'reported'])
        .as('open_parameters'),
    ])
    .where('test_requests.due_date', 'is not', null)
    .execute();
  const items = rows
    .filter((row) => Number(row.open_parameters ?? 0) > 0 || row.issued_at)
    .map((row) => ({
      ...row,
      dueAt: calendar.closeOfService(row.due_date!),
      completedAt: row.issued_at ? new Date(row.issued_at) : null,
    }));
  return listOverdue(items, now, calendar).map(({ item, workingDaysOverdue }) => ({
    requestId: item.id,
    number: item.number,
    customerName: item.name,
    receivedAt: item.received_at,
    dueDate: item.due_date,
    dueAt: item.dueAt.toISOString(),
    openParameters: Number(item.open_parameters ?? 0),
    workingDaysOverdue,
  }));
}
