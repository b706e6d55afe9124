import type { Kysely } from 'kysely';
import { requireRoles } from './step-access.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Role } from '../auth/roles.ts';
import type { Database } from '../db/schema.ts';
import { invalidInput } from '../errors.ts';
import { jakartaDateOf, type WorkingCalendar } from '../reception/calendar/index.ts';
import { nextInSequence } from '../reception/sequence.ts';
import type { Applicant, Channel } from './applicant.ts';
import type { Service } from './catalogue-schema.ts';
import { serviceDueDate } from './due-date.ts';
import { checkRequirements, checkRoute, serviceById } from './service-lookup.ts';
import './tables.ts';
import { hashTrackingCode, newTrackingCode } from './tracking-code.ts';

export interface NewServiceRequest {
  serviceId: string;
  applicant: Applicant;
  subject: string;
  details: string;
  channel: Channel;
  requirementsMet: string[];
  /** The route the applicant asked for, e.g. a technical consultation. */
  route?: string;
  note?: string;
}

/** The registering staff member, or null for a public self-registration. */
export type Registrar = { userId: number; roles: readonly Role[] } | null;

export interface RegistrationContext {
  now: Date;
  calendar: WorkingCalendar;
}

export interface Registered {
  id: number;
  number: string;
  dueDate: string;
  dueAt: string;
  dueEstimated: boolean;
  /** Only for a public self-registration: shown once, stored as a digest. */
  trackingCode: string | null;
}

function checkRegistration(service: Service, input: NewServiceRequest, registrar: Registrar): void {
  if (registrar === null && !service.publicRegistration) {
    throw invalidInput('serviceId', `service "${service.id}" takes no self-registration; contact the service desk`);
  }
  const registrationSteps = service.steps.filter((step) => step.atRegistration);
  if (registrar !== null) {
    const firstSteps = registrationSteps.length > 0 ? registrationSteps : service.steps.slice(0, 1);
    for (const step of firstSteps) requireRoles(registrar.roles, step.roles === 'routed' ? [] : step.roles);
  }
  // NOTE: requirements are declared, not proven (no KTP or diploma upload), so a staff step checks them.
  checkRequirements(service, input.requirementsMet);
  if (input.route !== undefined) checkRoute(service, input.route, 'route');
}

/**
 * Registers a service request: numbers it, computes its due date from the
 * catalogue's completion time, and records the steps the registration
 * itself performs (the guest book, the website form).
 */
export async function registerServiceRequest(
  db: Kysely<Database>,
  input: NewServiceRequest,
  registrar: Registrar,
  context: RegistrationContext,
): Promise<Registered> {
  const service = serviceById(input.serviceId);
  checkRegistration(service, input, registrar);
  const due = serviceDueDate(service.completionTime, context.now, context.calendar);
  const trackingCode = registrar === null ? newTrackingCode() : null;
  const registrationSteps = service.steps.filter((step) => step.atRegistration);
  const registeredAt = context.now.toISOString();
  const userId = registrar?.userId ?? null;

  return db.transaction().execute(async (trx) => {
    const year = jakartaDateOf(context.now).slice(0, 4);
    const number = `LYN-${year}-${String(await nextInSequence(trx, `service-request-${year}`)).padStart(5, '0')}`;
    const row = await trx
      .insertInto('service_requests')
      .values({
        number,
        service_id: service.id,
        applicant_kind: input.applicant.kind,
        applicant_name: input.applicant.name,
        contact_person: input.applicant.contactPerson ?? null,
        region: input.applicant.region ?? null,
        email: input.applicant.email ?? null,
        phone: input.applicant.phone ?? null,
        subject: input.subject,
        details: input.details,
        channel: input.channel,
        requirements_met: JSON.stringify(input.requirementsMet),
        route: input.route ?? null,
        assignee_id: null,
        next_step: registrationSteps.length,
        status: registrationSteps.length === service.steps.length ? 'steps_done' : 'open',
        registered_at: registeredAt,
        registered_by: userId,
        due_date: due.dueDate,
        due_at: due.dueAt.toISOString(),
        due_estimated: due.estimated ? 1 : 0,
        tracking_code_hash: trackingCode ? hashTrackingCode(trackingCode) : null,
        outcome: null,
        outcome_summary: null,
        closed_at: null,
        closed_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    for (const [position, step] of registrationSteps.entries()) {
      await trx
        .insertInto('service_request_steps')
        .values({ request_id: row.id, step_id: step.id, position, done_at: registeredAt, done_by: userId, note: input.note ?? null })
        .execute();
    }
    await appendAuditEvent(trx, {
      userId,
      action: 'service_request.register',
      entityType: 'service_request',
      entityId: row.id,
      after: {
        number,
        serviceId: service.id,
        channel: input.channel,
        applicant: input.applicant.name,
        requirementsMet: input.requirementsMet,
        route: input.route ?? null,
        dueDate: due.dueDate,
        stepsRecorded: registrationSteps.map((step) => step.id),
        selfRegistered: registrar === null,
      },
    });
    return { id: row.id, number, dueDate: due.dueDate, dueAt: due.dueAt.toISOString(), dueEstimated: due.estimated, trackingCode };
  });
}
