import type { Kysely } from 'kysely';
import type { MethodDefinition } from '../../methods/types.ts';
import type { Database, RequestedParameter } from '../db/schema.ts';
import { invalidInput } from '../errors.ts';

export interface MethodInput {
  specimens: Record<string, string>[];
  specification?: string;
  category?: string;
  decisionRule: string;
  [runField: string]: unknown;
}

/**
 * Builds the object a method's `calculate` takes from a run's current
 * readings, the run-level values and the request's specification and
 * decision rule. Empty slots stay absent so the method names them.
 */
export async function buildMethodInput(
  db: Kysely<Database>,
  runId: number,
  method: MethodDefinition,
  parameter: RequestedParameter,
  runValues: Record<string, string>,
): Promise<MethodInput> {
  const known = method.runFields.map((field) => field.name);
  for (const key of Object.keys(runValues)) {
    if (!known.includes(key)) {
      throw invalidInput(`values.${key}`, `not an input of ${method.id}; its run inputs are ${known.join(', ') || 'none'}`);
    }
  }
  const readings = await db
    .selectFrom('run_readings')
    .select(['specimen', 'field', 'value'])
    .where('run_id', '=', runId)
    .where('replaced_by', 'is', null)
    .execute();
  const specimens = Array.from({ length: method.specimens }, () => ({}) as Record<string, string>);
  for (const reading of readings) {
    const slot = specimens[reading.specimen - 1];
    if (slot) slot[reading.field] = reading.value;
  }
  const request = await db
    .selectFrom('samples')
    .innerJoin('test_requests', 'test_requests.id', 'samples.request_id')
    .select('test_requests.decision_rule')
    .where('samples.id', '=', parameter.sample_id)
    .executeTakeFirstOrThrow();
  const input: MethodInput = { ...runValues, specimens, decisionRule: request.decision_rule };
  if (parameter.specification_id) input.specification = parameter.specification_id;
  if (parameter.category) input.category = parameter.category;
  return input;
}
