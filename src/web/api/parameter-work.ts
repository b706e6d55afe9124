import type { Kysely } from 'kysely';
import { getMethod } from '../../../methods/index.ts';
import type { Database } from '../../db/schema.ts';
import { notFound, type BilingualText } from '../../errors.ts';
import { checkAuthorisation } from '../../staff/authorisations.ts';
import { checkConditioning } from '../../testing/conditioning.ts';
import { paymentMissing } from '../../testing/gate-reasons.ts';
import { loadParameter } from '../../testing/parameter-state.ts';

export interface GateStatus {
  gate: 'payment' | 'assignment' | 'authorisation' | 'conditioning';
  open: boolean;
  /** Why the gate is closed, in both languages; null when it is open. */
  reason: BilingualText | null;
}

const notYetAssigned: BilingualText = { id: 'parameter ini belum ditugaskan kepada analis', en: 'this parameter is not assigned to an analyst yet' };
const waitingForAcceptance: BilingualText = { id: 'contoh belum diterima', en: 'the sample has not been accepted yet' };

const gate = (name: GateStatus['gate'], reason: BilingualText | null): GateStatus => ({ gate: name, open: reason === null, reason });

function paymentGate(status: string): GateStatus {
  if (status === 'awaiting_acceptance') return gate('payment', waitingForAcceptance);
  return gate('payment', status === 'awaiting_payment' ? paymentMissing : null);
}

/**
 * Collects what the bench needs for one parameter: its open run, the latest
 * conditioning record of its sample and the gates a run start checks, except
 * the instrument's, which depends on the instrument chosen.
 */
export async function loadParameterWork(db: Kysely<Database>, parameterId: number, now = new Date()) {
  const parameter = await loadParameter(db, parameterId);
  const method = getMethod(parameter.method_id);
  if (!method) throw notFound('method', parameter.method_id);
  const openRun = await db.selectFrom('test_runs').select('id').where('parameter_id', '=', parameterId).where('status', '=', 'open').orderBy('id', 'desc').executeTakeFirst();
  const conditioning = await db.selectFrom('conditioning_records').selectAll().where('sample_id', '=', parameter.sample_id).orderBy('started_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  const authorisation = parameter.analyst_id === null ? null : await checkAuthorisation(db, parameter.analyst_id, method.id, now);
  const conditioned = await checkConditioning(db, parameter.sample_id, method.conditioning, now);
  const gates = [
    paymentGate(parameter.status),
    gate('assignment', parameter.analyst_id === null ? notYetAssigned : null),
    gate('authorisation', authorisation ? authorisation.reason : notYetAssigned),
    gate('conditioning', conditioned.reason),
  ];
  return {
    parameterId,
    status: parameter.status,
    analystId: parameter.analyst_id,
    openRunId: openRun?.id ?? null,
    conditioning: conditioning ?? null,
    gates,
  };
}
