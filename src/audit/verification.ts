import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { checkAllAnchors } from './anchor-check.ts';
import { appendAnchorLine, readAnchorFile, type AnchorLine } from './anchor-file.ts';
import { checkRecords, loadRecordBounds, type RecordsStatus } from './records-check.ts';
import { TrailFacts } from './trail-facts.ts';
import { verifyAuditChain, type ChainStatus } from './verify.ts';

export interface VerificationResult extends ChainStatus {
  /** Null when the chain was broken, because records are compared with an intact trail only. */
  records: RecordsStatus | null;
  anchorFile: { path: string; anchors: number; unreadableLines: number[] };
  verifiedAt: string;
}

function describeProblem(result: Omit<VerificationResult, 'verifiedAt' | 'anchorFile'>): string {
  const broken = result.firstBreak;
  if (broken) return broken.detail ?? `event ${broken.eventId}: ${broken.reason}`;
  const mismatch = result.records?.firstMismatch;
  return mismatch ? `${mismatch.table} row ${mismatch.rowId} column ${mismatch.column}: ${mismatch.detail}` : 'unknown';
}

async function headTime(db: Kysely<Database>, id: number): Promise<string | null> {
  const row = await db.selectFrom('audit_events').select('at').where('id', '=', id).executeTakeFirst();
  return row?.at ?? null;
}

/**
 * Verifies the records end to end: walks the hash chain, checks that every
 * chain head recorded earlier (in the anchor file of `dataDir` and on each
 * report) is still in it, and compares results and reports with the trail.
 * Appends one line to the anchor file with the outcome, carrying the
 * verified head when everything passed.
 */
export async function verifyRecords(
  db: Kysely<Database>,
  dataDir: string,
  onProgress?: (checked: number) => void,
): Promise<VerificationResult> {
  const anchorFile = await readAnchorFile(dataDir);
  const bounds = await loadRecordBounds(db);
  const facts = new TrailFacts();
  const chain = await verifyAuditChain(db, onProgress, facts.observe);
  let outcome: Omit<VerificationResult, 'verifiedAt' | 'anchorFile'> = { ...chain, records: null };
  if (chain.intact) {
    const anchorBreak = await checkAllAnchors(db, anchorFile.lines, chain.events);
    if (anchorBreak) outcome = { ...chain, intact: false, firstBreak: anchorBreak, records: null };
  }
  if (outcome.intact) {
    const records = await checkRecords(db, facts, bounds);
    outcome = { ...chain, intact: records.intact, records };
  }
  const verifiedAt = new Date().toISOString();
  const line: AnchorLine = outcome.intact
    ? { intact: true, verifiedAt, id: chain.events, hash: chain.lastHash, at: await headTime(db, chain.events) }
    : { intact: false, verifiedAt, events: chain.events, problem: describeProblem(outcome) };
  await appendAnchorLine(dataDir, line);
  const fileSummary = { path: anchorFile.path, anchors: anchorFile.lines.length, unreadableLines: anchorFile.unreadableLines };
  return { ...outcome, anchorFile: fileSummary, verifiedAt };
}
