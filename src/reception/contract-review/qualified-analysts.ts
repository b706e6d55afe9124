import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { checkAuthorisation } from '../../staff/authorisations.ts';

export interface Analyst {
  id: number;
  fullName: string;
}

/**
 * Lists the active analysts who hold an authorisation for the method at
 * `at`: granted by that day, not expired and not revoked.
 */
export async function qualifiedAnalysts(db: Kysely<Database>, methodId: string, at: Date): Promise<Analyst[]> {
  const analysts = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.full_name'])
    .where('user_roles.role', '=', 'analyst')
    .where('users.active', '=', 1)
    .orderBy('users.full_name')
    .execute();
  const qualified: Analyst[] = [];
  for (const analyst of analysts) {
    const check = await checkAuthorisation(db, analyst.id, methodId, at);
    if (check.authorised) qualified.push({ id: analyst.id, fullName: analyst.full_name });
  }
  return qualified;
}
