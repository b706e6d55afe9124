import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { JituError } from '../errors.ts';
import { hashPassword } from './passwords.ts';
import type { Role } from './roles.ts';

export interface NewUser {
  username: string;
  fullName: string;
  password: string;
  roles: Role[];
}

export interface UserSummary {
  id: number;
  username: string;
  fullName: string;
  roles: Role[];
}

/** Creates a user with hashed password; the audit event never contains the password or its hash. */
export async function createUser(db: Kysely<Database>, user: NewUser, actorId: number | null): Promise<UserSummary> {
  const passwordHash = await hashPassword(user.password);
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('username', '=', user.username).executeTakeFirst();
    if (taken) throw new JituError('CONFLICT', { detail: `username "${user.username}" is already taken` }, 'username');
    const row = await trx
      .insertInto('users')
      .values({
        username: user.username,
        full_name: user.fullName,
        password_hash: passwordHash,
        active: 1,
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const role of new Set(user.roles)) {
      await trx.insertInto('user_roles').values({ user_id: row.id, role }).execute();
    }
    const summary = { id: row.id, username: user.username, fullName: user.fullName, roles: user.roles };
    await appendAuditEvent(trx, { userId: actorId, action: 'user.create', entityType: 'user', entityId: row.id, after: summary });
    return summary;
  });
}

export async function loadUserSummary(db: Kysely<Database>, userId: number): Promise<UserSummary | undefined> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'full_name'])
    .where('id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!user) return undefined;
  const roles = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
  return { id: user.id, username: user.username, fullName: user.full_name, roles: roles.map((r) => r.role as Role) };
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
