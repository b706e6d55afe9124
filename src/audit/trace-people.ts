import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface TracePerson {
  id: number;
  name: string;
  roles: string[];
}

/** Names and roles of the users who appear in a trace. */
export async function loadPeople(db: Kysely<Database>, ids: Iterable<number | null>): Promise<TracePerson[]> {
  const wanted = [...new Set([...ids].filter((id): id is number => id !== null))];
  if (wanted.length === 0) return [];
  const users = await db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', wanted).orderBy('id').execute();
  const roles = await db.selectFrom('user_roles').selectAll().where('user_id', 'in', wanted).execute();
  return users.map((user) => ({
    id: user.id,
    name: user.full_name,
    roles: roles.filter((role) => role.user_id === user.id).map((role) => role.role).sort(),
  }));
}
