import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { invalidInput, notFound, wrongState } from '../../errors.ts';
import './tables.ts';

const KEY_PREFIX = 'jgk_';

// Only the SHA-256 of a key is stored, so a copy of the database cannot
// forward data as a gateway.
export const hashGatewayKey = (key: string) => createHash('sha256').update(key).digest('hex');

export interface GatewayKeySummary {
  id: number;
  name: string;
  instruments: string[];
  createdAt: string;
  revokedAt: string | null;
}

/** A key that passed the check: its id, name and the instruments it may forward. */
export interface GatewayIdentity {
  keyId: number;
  name: string;
  instrumentIds: number[];
}

/** Creates a key bound to instruments by code; returns the key, shown this once. */
export async function createGatewayKey(
  db: Kysely<Database>,
  input: { name: string; instruments: string[] },
  userId: number,
): Promise<GatewayKeySummary & { key: string }> {
  const codes = [...new Set(input.instruments)];
  const found = await db.selectFrom('instruments').select(['id', 'code']).where('code', 'in', codes).execute();
  const missing = codes.filter((code) => !found.some((row) => row.code === code));
  if (missing.length > 0) throw invalidInput('instruments', `unknown instrument code "${missing.join('", "')}"; see GET /api/instruments`);
  const key = KEY_PREFIX + randomBytes(32).toString('base64url');
  const createdAt = new Date().toISOString();
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('gateway_keys')
      .values({ name: input.name, key_hash: hashGatewayKey(key), created_by: userId, created_at: createdAt, revoked_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('gateway_key_instruments').values(found.map((i) => ({ key_id: row.id, instrument_id: i.id }))).execute();
    await appendAuditEvent(trx, { userId, action: 'gateway_key.create', entityType: 'gateway_key', entityId: row.id, after: { name: input.name, instruments: codes } });
    return row.id;
  });
  return { id, name: input.name, instruments: codes, createdAt, revokedAt: null, key };
}

export async function listGatewayKeys(db: Kysely<Database>): Promise<GatewayKeySummary[]> {
  const keys = await db.selectFrom('gateway_keys').select(['id', 'name', 'created_at', 'revoked_at']).orderBy('id').execute();
  const scopes = await db.selectFrom('gateway_key_instruments as k')
    .innerJoin('instruments as i', 'i.id', 'k.instrument_id')
    .select(['k.key_id', 'i.code'])
    .orderBy('i.code')
    .execute();
  return keys.map((k) => ({
    id: k.id,
    name: k.name,
    instruments: scopes.filter((s) => s.key_id === k.id).map((s) => s.code),
    createdAt: k.created_at,
    revokedAt: k.revoked_at,
  }));
}

/** Revokes a key; gateways using it are refused from the next connection on. */
export async function revokeGatewayKey(db: Kysely<Database>, keyId: number, userId: number): Promise<GatewayKeySummary> {
  const key = await db.selectFrom('gateway_keys').select(['id', 'name', 'revoked_at']).where('id', '=', keyId).executeTakeFirst();
  if (!key) throw notFound('gateway key', keyId);
  if (key.revoked_at) throw wrongState('gateway key', keyId, 'revoked', ['active']);
  const revokedAt = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('gateway_keys').set({ revoked_at: revokedAt }).where('id', '=', keyId).execute();
    await appendAuditEvent(trx, { userId, action: 'gateway_key.revoke', entityType: 'gateway_key', entityId: keyId, before: { revokedAt: null }, after: { revokedAt } });
  });
  const summary = (await listGatewayKeys(db)).find((k) => k.id === keyId);
  return summary!;
}

/** Returns the identity of an active key, or undefined for an unknown or revoked one. */
export async function resolveGatewayKey(db: Kysely<Database>, key: string): Promise<GatewayIdentity | undefined> {
  const row = await db.selectFrom('gateway_keys')
    .select(['id', 'name'])
    .where('key_hash', '=', hashGatewayKey(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const scope = await db.selectFrom('gateway_key_instruments').select('instrument_id').where('key_id', '=', row.id).execute();
  return { keyId: row.id, name: row.name, instrumentIds: scope.map((s) => s.instrument_id) };
}
