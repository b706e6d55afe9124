import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { WorkingCalendar } from '../reception/calendar/index.ts';
import { overdueOf } from './request-view.ts';
import { serviceById } from './service-lookup.ts';

export const REQUEST_STATUSES = ['open', 'steps_done', 'closed'] as const;

export interface RequestFilter {
  status?: (typeof REQUEST_STATUSES)[number];
  serviceId?: string;
  /** Only the requests past their due instant and not closed. */
  overdue?: boolean;
}

/** Lists service requests, the earliest due first, each with its overdue flag. */
export async function listServiceRequests(db: Kysely<Database>, filter: RequestFilter, now: Date, calendar: WorkingCalendar) {
  let query = db.selectFrom('service_requests').selectAll().orderBy('due_at').orderBy('id');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.serviceId) query = query.where('service_id', '=', serviceById(filter.serviceId).id);
  if (filter.overdue) query = query.where('status', '!=', 'closed').where('due_at', '<', now.toISOString());
  const rows = await query.execute();
  return rows.map((row) => {
    const service = serviceById(row.service_id);
    return {
      id: row.id,
      number: row.number,
      serviceId: service.id,
      serviceTitle: service.title,
      applicantName: row.applicant_name,
      subject: row.subject,
      status: row.status,
      nextStepId: row.status === 'open' ? service.steps[row.next_step]!.id : null,
      route: row.route,
      assigneeId: row.assignee_id,
      registeredAt: row.registered_at,
      dueDate: row.due_date,
      dueAt: row.due_at,
      ...overdueOf(row, now, calendar),
    };
  });
}
