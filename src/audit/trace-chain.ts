import type { Kysely } from 'kysely';
import type { AuditEvent, Database } from '../db/schema.ts';
import { readAnchorFile, type AnchorLine } from './anchor-file.ts';
import { GENESIS_HASH, hashEvent } from './chain.ts';
import type { ChainBreak } from './verify.ts';

export interface TraceChainStatus {
  /** Whether the trace's own events are unaltered and still linked to their neighbours. */
  intact: boolean;
  /** Trace events checked. */
  events: number;
  firstBreak: ChainBreak | null;
  /** The last full verification stored in the anchor file, or null when none has run. */
  lastFullVerification: AnchorLine | null;
}

const LOOKUP_BATCH = 500;

async function loadLinks(db: Kysely<Database>, ids: number[]): Promise<Map<number, Pick<AuditEvent, 'hash' | 'prev_hash'>>> {
  const links = new Map<number, Pick<AuditEvent, 'hash' | 'prev_hash'>>();
  for (let start = 0; start < ids.length; start += LOOKUP_BATCH) {
    const rows = await db
      .selectFrom('audit_events')
      .select(['id', 'hash', 'prev_hash'])
      .where('id', 'in', ids.slice(start, start + LOOKUP_BATCH))
      .execute();
    for (const row of rows) links.set(row.id, row);
  }
  return links;
}

/**
 * Checks one event against its neighbours by id: its own hash, the hash of
 * the event before it, and the link of the event after it (absent only for
 * the last event of the chain).
 */
function checkLinks(event: AuditEvent, links: Map<number, Pick<AuditEvent, 'hash' | 'prev_hash'>>, lastId: number): ChainBreak | null {
  if (hashEvent(event) !== event.hash) return { eventId: event.id, reason: 'hash-mismatch' };
  const previous = event.id === 1 ? { hash: GENESIS_HASH } : links.get(event.id - 1);
  if (!previous) return { eventId: event.id - 1, reason: 'missing-event' };
  if (previous.hash !== event.prev_hash) return { eventId: event.id, reason: 'link-mismatch' };
  if (event.id === lastId) return null;
  const next = links.get(event.id + 1);
  if (!next) return { eventId: event.id + 1, reason: 'missing-event' };
  if (next.prev_hash !== event.hash) return { eventId: event.id + 1, reason: 'link-mismatch' };
  return null;
}

/**
 * Verifies only the events of one trace and their links, so the cost grows
 * with the trace and not with the chain. The state of the whole chain comes
 * from the last verification stored in the anchor file of `dataDir`.
 */
export async function verifyTraceEvents(db: Kysely<Database>, events: AuditEvent[], dataDir: string): Promise<TraceChainStatus> {
  const neighbours = [...new Set(events.flatMap((e) => [e.id - 1, e.id + 1]).filter((id) => id > 0))];
  const links = await loadLinks(db, neighbours);
  const last = await db.selectFrom('audit_events').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  const lastId = Number(last?.max ?? 0);
  let firstBreak: ChainBreak | null = null;
  for (const event of events) {
    firstBreak = checkLinks(event, links, lastId);
    if (firstBreak) break;
  }
  const anchorFile = await readAnchorFile(dataDir);
  return { intact: firstBreak === null, events: events.length, firstBreak, lastFullVerification: anchorFile.lines.at(-1) ?? null };
}
