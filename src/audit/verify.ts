import type { Kysely } from 'kysely';
import type { AuditEvent, Database } from '../db/schema.ts';
import { GENESIS_HASH, hashEvent } from './chain.ts';

export interface ChainBreak {
  eventId: number;
  /**
   * hash-mismatch, link-mismatch and missing-event come from the walk.
   * anchor-missing and anchor-mismatch mean that an event recorded earlier
   * as the chain head, in the anchor file or on a report, is gone or changed.
   */
  reason: 'hash-mismatch' | 'link-mismatch' | 'missing-event' | 'anchor-missing' | 'anchor-mismatch';
  /** A sentence for the auditor, set on anchor breaks. */
  detail?: string;
}

export interface ChainStatus {
  intact: boolean;
  events: number;
  lastHash: string;
  firstBreak: ChainBreak | null;
}

const BATCH = 5000;

/**
 * Walks the audit chain in id order and stops at the first event whose
 * stored hash, link to the previous event or id sequence is wrong. A row
 * changed by SQL gives `hash-mismatch` at that row; a deleted row gives
 * `missing-event` or `link-mismatch` at the row after it. Deleting the
 * last events leaves a shorter intact chain; only anchors catch that.
 * `onEvent` receives each event after it passed its checks.
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  onProgress?: (checked: number) => void,
  onEvent?: (event: AuditEvent) => void,
): Promise<ChainStatus> {
  let previousHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('id', '>=', expectedId)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const failure = checkEvent(row, expectedId, previousHash);
      if (failure) return { intact: false, events: checked, lastHash: previousHash, firstBreak: failure };
      onEvent?.(row);
      previousHash = row.hash;
      expectedId += 1;
      checked += 1;
    }
    onProgress?.(checked);
  }
  return { intact: true, events: checked, lastHash: previousHash, firstBreak: null };
}

function checkEvent(
  row: AuditEvent,
  expectedId: number,
  previousHash: string,
): ChainBreak | null {
  if (row.id !== expectedId) return { eventId: expectedId, reason: 'missing-event' };
  if (row.prev_hash !== previousHash) return { eventId: row.id, reason: 'link-mismatch' };
  if (hashEvent(row) !== row.hash) return { eventId: row.id, reason: 'hash-mismatch' };
  return null;
}
