import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import '../reports/report-anchor.ts';
import type { AnchorLine } from './anchor-file.ts';
import type { ChainBreak } from './verify.ts';

/** A chain head recorded earlier, with where it was recorded, for the message. */
interface Anchor {
  id: number;
  hash: string;
  /** e.g. "recorded at 2026-12-04T… (anchor file, verification of …)". */
  origin: string;
}

const LOOKUP_BATCH = 500;

async function loadHashes(db: Kysely<Database>, ids: number[]): Promise<Map<number, string>> {
  const hashes = new Map<number, string>();
  for (let start = 0; start < ids.length; start += LOOKUP_BATCH) {
    const rows = await db
      .selectFrom('audit_events')
      .select(['id', 'hash'])
      .where('id', 'in', ids.slice(start, start + LOOKUP_BATCH))
      .execute();
    for (const row of rows) hashes.set(row.id, row.hash);
  }
  return hashes;
}

/**
 * Checks that every anchor is still in a chain that has just been walked
 * intact from event 1 to `events`. Returns the first anchor, by event id,
 * that is missing or whose event now has a different hash.
 */
async function checkAnchors(db: Kysely<Database>, anchors: Anchor[], events: number): Promise<ChainBreak | null> {
  const sorted = [...anchors].sort((a, b) => a.id - b.id);
  const hashes = await loadHashes(db, [...new Set(sorted.filter((a) => a.id <= events).map((a) => a.id))]);
  for (const anchor of sorted) {
    const hash = anchor.id <= events ? hashes.get(anchor.id) : undefined;
    if (hash === undefined) {
      return { eventId: anchor.id, reason: 'anchor-missing', detail: `event ${anchor.id} ${anchor.origin} is missing; the chain now ends at event ${events}` };
    }
    if (hash !== anchor.hash) {
      return { eventId: anchor.id, reason: 'anchor-mismatch', detail: `event ${anchor.id} ${anchor.origin} has a different hash now; the chain was rewritten from there or earlier` };
    }
  }
  return null;
}

/** Chain heads from passed verifications in the anchor file. */
export function fileAnchors(lines: AnchorLine[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const line of lines) {
    if (!line.intact || line.id === 0) continue;
    anchors.push({ id: line.id, hash: line.hash, origin: `recorded at ${line.at ?? 'an unknown time'} (anchor of the verification at ${line.verifiedAt})` });
  }
  return anchors;
}

/** Chain heads stored on each report when it was issued. */
export async function reportAnchors(db: Kysely<Database>): Promise<Anchor[]> {
  const rows = await db
    .selectFrom('reports')
    .select(['number', 'anchor_event_id', 'anchor_hash', 'issued_at'])
    .where('anchor_event_id', 'is not', null)
    .execute();
  return rows.map((row) => ({
    id: row.anchor_event_id!,
    hash: row.anchor_hash ?? '',
    origin: `recorded on report ${row.number} when it was issued at ${row.issued_at}`,
  }));
}

export async function checkAllAnchors(db: Kysely<Database>, lines: AnchorLine[], events: number): Promise<ChainBreak | null> {
  return checkAnchors(db, [...fileAnchors(lines), ...await reportAnchors(db)], events);
}
