import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { wrongState } from '../errors.ts';
import { loadServiceRequest, type StepActor } from './record-step.ts';
import { rolesOfStep, serviceById } from './service-lookup.ts';
import { requireRoles } from './step-access.ts';

/** Outcomes of a closed request: every step done, stopped by BPIPI, or withdrawn by the applicant. */
export const OUTCOMES = ['completed', 'cancelled', 'withdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Closure {
  outcome: Outcome;
  /** What the applicant got, e.g. the consultation's advice or the assessment result. */
  summary: string;
}

/**
 * Closes a request with its outcome. `completed` needs every catalogue step
 * recorded; cancelling or withdrawing is possible at any step. The service
 * desk (admin) may close any request, and whoever may record the last step
 * may close that request.
 */
export async function closeServiceRequest(db: Kysely<Database>, requestId: number, closure: Closure, actor: StepActor, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const request = await loadServiceRequest(trx, requestId);
    const service = serviceById(request.service_id);
    if (request.status === 'closed') throw wrongState('service request', request.number, 'closed', ['open', 'steps_done']);
    if (closure.outcome === 'completed' && request.status !== 'steps_done') {
      throw wrongState('service request', request.number, `${request.status}, next step "${service.steps[request.next_step]!.id}"`, ['steps_done']);
    }
    requireRoles(actor.roles, ['admin', ...rolesOfStep(service, service.steps.at(-1)!, request.route)]);

    const changes = { status: 'closed', outcome: closure.outcome, outcome_summary: closure.summary, closed_at: now.toISOString(), closed_by: actor.userId };
    await trx.updateTable('service_requests').set(changes).where('id', '=', request.id).execute();
    await appendAuditEvent(trx, {
      userId: actor.userId,
      action: 'service_request.close',
      entityType: 'service_request',
      entityId: request.id,
      before: { status: request.status, outcome: null },
      after: changes,
    });
  });
}
