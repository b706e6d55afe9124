import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

const SESSION_HOURS = 12;

// Only the SHA-256 of a token is stored, so a copy of the database does not
// let anyone act as a logged-in user.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function openSession(db: Kysely<Database>, userId: number): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, created_at: now.toISOString(), expires_at: expiresAt })
    .execute();
  return { token, expiresAt };
}

/** Returns the user id of a live session, or undefined for an unknown or expired token. */
export async function resolveSession(db: Kysely<Database>, token: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['user_id', 'expires_at'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= new Date().toISOString()) return undefined;
  return row.user_id;
}

export async function closeSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}
