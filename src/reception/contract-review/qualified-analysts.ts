import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface Analyst {
  id: number;
  fullName: string;
}

async function authorisationTableExists(db: Kysely<Database>): Promise<boolean> {
  const found = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'analyst_authorisations'`.execute(db);
  return found.rows.length > 0;
}

/**
 * Lists the active analysts who may run a method on `day` (YYYY-MM-DD).
 * Where the database has the `analyst_authorisations` table, only analysts
 * with an authorisation for the method in force on that day count;
 * otherwise every active analyst does.
 */
export async function qualifiedAnalysts(db: Kysely<Database>, methodId: string, day: string): Promise<Analyst[]> {
  const analysts = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.full_name'])
    .where('user_roles.role', '=', 'analyst')
    .where('users.active', '=', 1)
    .orderBy('users.full_name')
    .execute();
  if (!(await authorisationTableExists(db))) return analysts.map((row) => ({ id: row.id, fullName: row.full_name }));

  const authorised = await sql<{ user_id: number }>`
    SELECT user_id FROM analyst_authorisations
    WHERE method_id = ${methodId} AND granted_on <= ${day} AND (expires_on IS NULL OR expires_on >= ${day})`.execute(db);
  const ids = new Set(authorised.rows.map((row) => row.user_id));
  return analysts.filter((row) => ids.has(row.id)).map((row) => ({ id: row.id, fullName: row.full_name }));
}
