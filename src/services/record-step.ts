import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Role } from '../auth/roles.ts';
import { loadUserSummary } from '../auth/users.ts';
import type { Database } from '../db/schema.ts';
import { invalidInput, JituError, notFound, wrongState } from '../errors.ts';
import type { Service, ServiceStep } from './catalogue-schema.ts';
import { checkRoute, rolesOfRoute, rolesOfStep, serviceById } from './service-lookup.ts';
import { requireRoles } from './step-access.ts';
import type { ServiceRequestRow } from './tables.ts';

export interface StepInput {
  stepId: string;
  note?: string;
  /** On the routing step: where the request goes; defaults to the route asked for at registration. */
  route?: string;
  /** On the routing step: the officer who performs the routed steps. */
  assigneeId?: number;
}

export interface StepActor {
  userId: number;
  roles: readonly Role[];
}

export async function loadServiceRequest(db: Kysely<Database>, requestId: number): Promise<ServiceRequestRow> {
  const row = await db.selectFrom('service_requests').selectAll().where('id', '=', requestId).executeTakeFirst();
  if (!row) throw notFound('service request', requestId);
  return row;
}

function stepOf(service: Service, stepId: string): { step: ServiceStep; position: number } {
  const position = service.steps.findIndex((step) => step.id === stepId);
  if (position < 0) {
    const known = service.steps.map((step) => step.id).join(', ');
    throw invalidInput('stepId', `service "${service.id}" has no step "${stepId}"; its steps are: ${known}`);
  }
  return { step: service.steps[position]!, position };
}

/** Checks that the step is the next one and that the request is still open. */
function checkOrder(service: Service, request: ServiceRequestRow, stepId: string, position: number): void {
  if (request.status !== 'open') throw wrongState('service request', request.number, request.status, ['open']);
  if (position !== request.next_step) {
    const next = service.steps[request.next_step]!.id;
    throw new JituError('SERVICE_STEP_OUT_OF_ORDER', { step: stepId, number: request.number, next });
  }
}

async function checkAssignee(db: Kysely<Database>, service: Service, route: string, assigneeId: number): Promise<void> {
  const user = await loadUserSummary(db, assigneeId);
  if (!user) throw invalidInput('assigneeId', `no user with id ${assigneeId}`);
  const roles = rolesOfRoute(service, route);
  if (!user.roles.some((role) => roles.includes(role))) {
    throw invalidInput('assigneeId', `${user.fullName} holds none of the roles of route "${route}": ${roles.join(', ')}`);
  }
}

/** Route and assignee after a routing step; unchanged by any other step. */
async function routingChanges(db: Kysely<Database>, service: Service, request: ServiceRequestRow, step: ServiceStep, input: StepInput) {
  if (!step.routes) {
    if (input.route !== undefined) throw invalidInput('route', `step "${step.id}" does not route the request`);
    if (input.assigneeId !== undefined) throw invalidInput('assigneeId', `step "${step.id}" does not assign the request`);
    return {};
  }
  const route = input.route ?? request.route;
  if (!route) throw invalidInput('route', `choose where to route the request: ${Object.keys(step.routes).join(', ')}`);
  checkRoute(service, route, 'route');
  if (input.assigneeId !== undefined) await checkAssignee(db, service, route, input.assigneeId);
  return { route, assignee_id: input.assigneeId ?? null };
}

async function checkActor(db: Kysely<Database>, service: Service, request: ServiceRequestRow, step: ServiceStep, actor: StepActor) {
  requireRoles(actor.roles, rolesOfStep(service, step, request.route));
  if (step.roles !== 'routed' || request.assignee_id === null || request.assignee_id === actor.userId) return;
  const assignee = await loadUserSummary(db, request.assignee_id);
  throw new JituError('SERVICE_STEP_ASSIGNED', { step: step.id, number: request.number, assignee: assignee?.fullName ?? String(request.assignee_id) });
}

/**
 * Records the next step of a service request: it must be the step after
 * the last one recorded, and the caller must hold a role the catalogue
 * gives that step (or the chosen route, for a routed step). The routing
 * step also sets the route and, optionally, the officer assigned.
 */
export async function recordServiceStep(db: Kysely<Database>, requestId: number, input: StepInput, actor: StepActor, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const request = await loadServiceRequest(trx, requestId);
    const service = serviceById(request.service_id);
    const { step, position } = stepOf(service, input.stepId);
    checkOrder(service, request, step.id, position);
    await checkActor(trx, service, request, step, actor);
    const routing = await routingChanges(trx, service, request, step, input);

    const doneAt = now.toISOString();
    await trx
      .insertInto('service_request_steps')
      .values({ request_id: request.id, step_id: step.id, position, done_at: doneAt, done_by: actor.userId, note: input.note ?? null })
      .execute();
    const changes = { next_step: position + 1, status: position + 1 === service.steps.length ? 'steps_done' : 'open', ...routing };
    await trx.updateTable('service_requests').set(changes).where('id', '=', request.id).execute();
    await appendAuditEvent(trx, {
      userId: actor.userId,
      action: `service_request.step.${step.id}`,
      entityType: 'service_request',
      entityId: request.id,
      before: { nextStep: step.id, status: request.status, route: request.route, assigneeId: request.assignee_id },
      after: { step: step.id, position, doneAt, note: input.note ?? null, ...changes },
    });
  });
}
