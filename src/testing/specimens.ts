import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';

export interface SpecimensTable {
  id: import('kysely').Generated<number>;
  parameter_id: number;
  number: number;
  code: string;
  created_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    specimens: SpecimensTable;
  }
}

export interface Specimen {
  id: number;
  number: number;
  code: string;
}

/**
 * Returns the specimens of a requested parameter, creating them on first
 * use: as many as the method tests. Codes are `<sample code>-S<n>`, with n
 * running through the sample's parameters in the order they were requested,
 * as on the specimen labels, so a label and a reading slot name the same
 * piece.
 */
export async function ensureSpecimens(db: Kysely<Database>, parameterId: number): Promise<Specimen[]> {
  const existing = await db.selectFrom('specimens').select(['id', 'number', 'code']).where('parameter_id', '=', parameterId).orderBy('number').execute();
  if (existing.length > 0) return existing;
  const parameter = await db
    .selectFrom('requested_parameters as p')
    .innerJoin('samples as s', 's.id', 'p.sample_id')
    .select(['p.id', 'p.method_id', 'p.sample_id', 's.code'])
    .where('p.id', '=', parameterId)
    .executeTakeFirst();
  if (!parameter) throw notFound('parameter', parameterId);
  const method = getMethod(parameter.method_id);
  if (!method) throw notFound('method', parameter.method_id);
  const earlier = await db
    .selectFrom('requested_parameters')
    .select('method_id')
    .where('sample_id', '=', parameter.sample_id)
    .where('id', '<', parameterId)
    .where('status', '!=', 'cancelled')
    .execute();
  const offset = earlier.reduce((sum, row) => sum + (getMethod(row.method_id)?.specimens ?? 0), 0);
  const createdAt = new Date().toISOString();
  const rows = Array.from({ length: method.specimens }, (_, index) => ({
    parameter_id: parameterId,
    number: index + 1,
    code: `${parameter.code}-S${offset + index + 1}`,
    created_at: createdAt,
  }));
  await db.insertInto('specimens').values(rows).onConflict((oc) => oc.doNothing()).execute();
  return db.selectFrom('specimens').select(['id', 'number', 'code']).where('parameter_id', '=', parameterId).orderBy('number').execute();
}
