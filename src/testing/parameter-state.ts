import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database, RequestedParameter } from '../db/schema.ts';
import { notFound, wrongState } from '../errors.ts';

/** Life of a requested parameter, from reception to the issued report. */
export type ParameterStatus =
  | 'awaiting_acceptance'
  | 'awaiting_payment'
  | 'ready'
  | 'assigned'
  | 'in_progress'
  | 'tested'
  | 'verified'
  | 'validated'
  | 'reported'
  | 'cancelled';

export async function loadParameter(db: Kysely<Database>, id: number): Promise<RequestedParameter> {
  const row = await db.selectFrom('requested_parameters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('parameter', id);
  return row;
}

export function expectStatus(parameter: RequestedParameter, expected: ParameterStatus[]): void {
  if (!expected.includes(parameter.status as ParameterStatus)) {
    throw wrongState('parameter', parameter.id, parameter.status, expected);
  }
}

export interface ParameterMove {
  to: ParameterStatus;
  userId: number;
  action: string;
  changes?: Partial<Pick<RequestedParameter, 'analyst_id' | 'fee'>>;
  note?: Record<string, unknown>;
}

/** Moves a parameter to a new status and records the move with the values before and after. */
export async function moveParameter(db: Kysely<Database>, parameter: RequestedParameter, move: ParameterMove): Promise<void> {
  await db
    .updateTable('requested_parameters')
    .set({ status: move.to, ...move.changes })
    .where('id', '=', parameter.id)
    .execute();
  await appendAuditEvent(db, {
    userId: move.userId,
    action: move.action,
    entityType: 'parameter',
    entityId: parameter.id,
    before: { status: parameter.status, analystId: parameter.analyst_id },
    after: { status: move.to, analystId: move.changes?.analyst_id ?? parameter.analyst_id, ...move.note },
  });
}
