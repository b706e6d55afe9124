import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  userId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

interface HashedFields {
  id: number;
  at: string;
  user_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
}

/** SHA-256 over the event's stored columns, so any change to a stored value changes the hash. */
export function hashEvent(event: HashedFields): string {
  const fields = [
    event.id, event.at, event.user_id, event.action, event.entity_type,
    event.entity_id, event.before, event.after, event.prev_hash,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** Loads the id and hash of the last event, or undefined while the chain is empty. */
export async function loadChainHead(db: Kysely<Database>): Promise<{ id: number; hash: string } | undefined> {
  return db
    .selectFrom('audit_events')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

const toJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/**
 * Appends one event to the hash chain. Call it inside the transaction that
 * makes the change, so the change and its record commit together.
 */
export async function appendAuditEvent(db: Kysely<Database>, entry: AuditEntry): Promise<number> {
  const last = await loadChainHead(db);
  const event: HashedFields = {
    id: (last?.id ?? 0) + 1,
    at: new Date().toISOString(),
    user_id: entry.userId,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: String(entry.entityId),
    before: toJson(entry.before),
    after: toJson(entry.after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await db.insertInto('audit_events').values({ ...event, hash: hashEvent(event) }).execute();
  return event.id;
}
