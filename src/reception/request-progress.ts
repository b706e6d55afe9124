import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

// Parameter statuses from the least to the most advanced; a request is as
// far along as its slowest parameter.
const ORDER = ['awaiting_acceptance', 'awaiting_payment', 'ready', 'in_progress', 'tested', 'verified', 'validated', 'reported'] as const;

export type RequestProgress = Exclude<(typeof ORDER)[number], 'awaiting_acceptance'> | 'registered' | 'handed_over' | 'rejected';

/** Names how far a request has come, from its parameters, its reports and their hand-over. */
export function requestProgress(parameterStatuses: string[], reported: boolean, handedOver: boolean): RequestProgress {
  if (handedOver) return 'handed_over';
  if (reported) return 'reported';
  const open = parameterStatuses.filter((status) => status !== 'cancelled');
  if (parameterStatuses.length > 0 && open.length === 0) return 'rejected';
  const slowest = Math.min(...open.map((status) => ORDER.indexOf(status as (typeof ORDER)[number])).filter((index) => index >= 0));
  const status = ORDER[slowest];
  return status === undefined || status === 'awaiting_acceptance' ? 'registered' : status;
}

/** Loads what `requestProgress` needs for one request. */
export async function loadRequestProgress(db: Kysely<Database>, requestId: number, parameterStatuses: string[]): Promise<RequestProgress> {
  const report = await db.selectFrom('reports').select('id').where('request_id', '=', requestId).executeTakeFirst();
  const handover = report
    ? await db
        .selectFrom('handovers')
        .innerJoin('reports', 'reports.id', 'handovers.report_id')
        .select('handovers.id')
        .where('reports.request_id', '=', requestId)
        .executeTakeFirst()
    : undefined;
  return requestProgress(parameterStatuses, report !== undefined, handover !== undefined);
}
