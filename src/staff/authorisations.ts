import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { invalidInput, JituError, notFound, wrongState, type BilingualText } from '../errors.ts';
import './tables.ts';

export interface AuthorisationCheck {
  authorised: boolean;
  /** Reason the analyst may not perform the method, in both languages; null exactly when authorised. */
  reason: BilingualText | null;
  /** The reason in English, for readers that expect a string. */
  reasonText: string | null;
  authorisationId: number | null;
}

const dateOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Tells whether a user has an authorisation for a method on a given day:
 * granted on or before that day, not expired (the expiry date is the last
 * valid day) and not revoked before that moment.
 */
export async function checkAuthorisation(db: Kysely<Database>, userId: number, methodId: string, at = new Date()): Promise<AuthorisationCheck> {
  const day = dateOf(at);
  const rows = await db
    .selectFrom('analyst_authorisations')
    .selectAll()
    .where('user_id', '=', userId)
    .where('method_id', '=', methodId)
    .orderBy('id', 'desc')
    .execute();
  const current = rows.find((r) =>
    r.granted_on <= day && (r.expires_on === null || r.expires_on >= day) && (r.revoked_at === null || r.revoked_at > at.toISOString()));
  if (current) return { authorised: true, reason: null, reasonText: null, authorisationId: current.id };
  const reason = describeMissing(rows, methodId, day);
  return { authorised: false, reason, reasonText: reason.en, authorisationId: null };
}

/** Explains the refusal from the most recently recorded authorisation. */
function describeMissing(rows: { granted_on: string; expires_on: string | null; revoked_at: string | null }[], methodId: string, day: string): BilingualText {
  const latest = rows[0];
  if (!latest) {
    return {
      id: `Anda belum memiliki otorisasi untuk metode ${methodId}; minta manajer teknis memberikannya`,
      en: `you hold no authorisation for method ${methodId}; ask the technical manager to grant one`,
    };
  }
  if (latest.revoked_at) {
    const on = latest.revoked_at.slice(0, 10);
    return { id: `otorisasi Anda untuk metode ${methodId} dicabut pada ${on}`, en: `your authorisation for method ${methodId} was revoked on ${on}` };
  }
  if (latest.expires_on !== null && latest.expires_on < day) {
    const on = latest.expires_on;
    return { id: `otorisasi Anda untuk metode ${methodId} berakhir pada ${on}`, en: `your authorisation for method ${methodId} expired on ${on}` };
  }
  const on = latest.granted_on;
  return { id: `otorisasi Anda untuk metode ${methodId} baru berlaku mulai ${on}`, en: `your authorisation for method ${methodId} starts on ${on}` };
}

/** Raises a 409 naming the analyst and method unless the analyst is authorised on the day. */
export async function requireAuthorisedAnalyst(db: Kysely<Database>, analystId: number, methodId: string, field: string): Promise<void> {
  const check = await checkAuthorisation(db, analystId, methodId);
  if (check.authorised) return;
  const user = await db.selectFrom('users').select('username').where('id', '=', analystId).executeTakeFirst();
  throw new JituError('ANALYST_NOT_AUTHORISED', { analyst: user?.username ?? String(analystId), method: methodId }, field);
}

export interface NewAuthorisation {
  userId: number;
  methodId: string;
  grantedOn?: string;
  expiresOn?: string;
  note?: string;
}

export async function grantAuthorisation(db: Kysely<Database>, input: NewAuthorisation, grantedBy: number) {
  if (!getMethod(input.methodId)) throw invalidInput('methodId', `unknown method "${input.methodId}"; GET /api/methods lists the ids`);
  const grantedOn = input.grantedOn ?? dateOf(new Date());
  if (input.expiresOn !== undefined && input.expiresOn < grantedOn) throw invalidInput('expiresOn', 'the expiry date must not come before the grant date');
  return db.transaction().execute(async (trx) => {
    const analyst = await trx.selectFrom('user_roles').select('user_id').where('user_id', '=', input.userId).where('role', '=', 'analyst').executeTakeFirst();
    if (!analyst) throw invalidInput('userId', `user ${input.userId} does not hold the analyst role`);
    const values = { user_id: input.userId, method_id: input.methodId, granted_on: grantedOn, granted_by: grantedBy, expires_on: input.expiresOn ?? null, note: input.note ?? null };
    const row = await trx.insertInto('analyst_authorisations').values(values).returning('id').executeTakeFirstOrThrow();
    await appendAuditEvent(trx, { userId: grantedBy, action: 'authorisation.grant', entityType: 'user', entityId: input.userId, after: { authorisationId: row.id, ...values } });
    return { id: row.id, ...values };
  });
}

export async function revokeAuthorisation(db: Kysely<Database>, authorisationId: number, reason: string, revokedBy: number) {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('analyst_authorisations').selectAll().where('id', '=', authorisationId).executeTakeFirst();
    if (!row) throw notFound('authorisation', authorisationId);
    if (row.revoked_at) throw wrongState('authorisation', authorisationId, 'revoked', ['granted']);
    const changes = { revoked_at: new Date().toISOString(), revoked_by: revokedBy, revoke_reason: reason };
    await trx.updateTable('analyst_authorisations').set(changes).where('id', '=', authorisationId).execute();
    await appendAuditEvent(trx, { userId: revokedBy, action: 'authorisation.revoke', entityType: 'user', entityId: row.user_id, before: { authorisationId, revokedAt: null }, after: { authorisationId, ...changes } });
    return { ...row, ...changes };
  });
}
