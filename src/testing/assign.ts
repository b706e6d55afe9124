import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { invalidInput } from '../errors.ts';
import { requireAuthorisedAnalyst } from '../staff/authorisations.ts';
import { expectStatus, loadParameter, moveParameter, type ParameterStatus } from './parameter-state.ts';

/** Statuses in which work may be given to (or moved to) an analyst. */
const ASSIGNABLE: ParameterStatus[] = ['awaiting_payment', 'ready'];

/** Assigns a parameter to an analyst authorised for its method; the status stays as it is. */
export async function assignAnalyst(db: Kysely<Database>, parameterId: number, analystId: number, userId: number) {
  return db.transaction().execute(async (trx) => {
    const parameter = await loadParameter(trx, parameterId);
    expectStatus(parameter, ASSIGNABLE);
    const analyst = await trx
      .selectFrom('user_roles')
      .select('user_id')
      .where('user_id', '=', analystId)
      .where('role', '=', 'analyst')
      .executeTakeFirst();
    if (!analyst) throw invalidInput('analystId', `user ${analystId} does not hold the analyst role`);
    await requireAuthorisedAnalyst(trx, analystId, parameter.method_id, 'analystId');
    const to = parameter.status as ParameterStatus;
    await moveParameter(trx, parameter, { to, userId, action: 'parameter.assign', changes: { analyst_id: analystId } });
    return { parameterId, analystId, status: to };
  });
}
