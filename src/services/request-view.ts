import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { countWorkingDays, type WorkingCalendar } from '../reception/calendar/index.ts';
import { loadServiceRequest } from './record-step.ts';
import { rolesOfStep, serviceById } from './service-lookup.ts';
import type { ServiceRequestRow, ServiceRequestStepRow } from './tables.ts';

/** Computes whether an unclosed request is past its due instant, and by how many working days. */
export function overdueOf(row: ServiceRequestRow, now: Date, calendar: WorkingCalendar) {
  const dueAt = new Date(row.due_at);
  const overdue = row.status !== 'closed' && dueAt.getTime() < now.getTime();
  return { overdue, workingDaysOverdue: overdue ? countWorkingDays(dueAt, now, calendar) : 0 };
}

/** Builds a request as staff see it: the applicant, the steps recorded and the next step. */
export function viewServiceRequest(row: ServiceRequestRow, steps: readonly ServiceRequestStepRow[], now: Date, calendar: WorkingCalendar) {
  const service = serviceById(row.service_id);
  const next = row.status === 'open' ? service.steps[row.next_step] : undefined;
  return {
    id: row.id,
    number: row.number,
    serviceId: service.id,
    serviceTitle: service.title,
    applicant: { kind: row.applicant_kind, name: row.applicant_name, contactPerson: row.contact_person, region: row.region, email: row.email, phone: row.phone },
    subject: row.subject,
    details: row.details,
    channel: row.channel,
    requirementsMet: JSON.parse(row.requirements_met) as string[],
    route: row.route,
    assigneeId: row.assignee_id,
    status: row.status,
    nextStep: next ? { id: next.id, title: next.title, roles: rolesOfStep(service, next, row.route) } : null,
    steps: steps.map((step) => ({ stepId: step.step_id, position: step.position, doneAt: step.done_at, doneBy: step.done_by, note: step.note })),
    registeredAt: row.registered_at,
    registeredBy: row.registered_by,
    dueDate: row.due_date,
    dueAt: row.due_at,
    dueEstimated: row.due_estimated === 1,
    ...overdueOf(row, now, calendar),
    outcome: row.outcome,
    outcomeSummary: row.outcome_summary,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
  };
}

export async function loadServiceRequestView(db: Kysely<Database>, requestId: number, now: Date, calendar: WorkingCalendar) {
  const row = await loadServiceRequest(db, requestId);
  const steps = await db.selectFrom('service_request_steps').selectAll().where('request_id', '=', requestId).orderBy('position').execute();
  return viewServiceRequest(row, steps, now, calendar);
}
