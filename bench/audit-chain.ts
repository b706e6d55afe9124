// Times `verifyAuditChain` over a chain of one million events beside two
// baselines in the same run: plain SHA-256 over the same serialised bytes
// held in memory, and a bare better-sqlite3 scan that hashes each row.
// The chain is built with direct inserts using the service's hash function.
// Run: npx tsx bench/audit-chain.ts [events] [rounds]

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { GENESIS_HASH, hashEvent } from '../src/audit/chain.ts';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

const events = Number(process.argv[2] ?? 1_000_000);
const rounds = Number(process.argv[3] ?? 3);
const ACTIONS = ['reading.accept', 'parameter.tested', 'run.finish', 'report.issue'];

/** The bytes `hashEvent` digests: the JSON array of the stored columns. */
const serialise = (row: Parameters<typeof hashEvent>[0]) =>
  JSON.stringify([row.id, row.at, row.user_id, row.action, row.entity_type, row.entity_id, row.before, row.after, row.prev_hash]);

function buildChain(file: string): Buffer[] {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  const insert = sqlite.prepare(`INSERT INTO audit_events (id, at, user_id, action, entity_type, entity_id, before, after, prev_hash, hash)
    VALUES (@id, @at, @user_id, @action, @entity_type, @entity_id, @before, @after, @prev_hash, @hash)`);
  const bytes: Buffer[] = [];
  let prev = GENESIS_HASH;
  const start = Date.parse('2026-01-05T01:00:00Z');
  sqlite.transaction(() => {
    for (let id = 1; id <= events; id++) {
      const row = {
        id, at: new Date(start + id * 1000).toISOString(), user_id: 1 + (id % 7), action: ACTIONS[id % ACTIONS.length]!,
        entity_type: 'test_run', entity_id: String(Math.ceil(id / 20)),
        before: JSON.stringify({ status: 'open' }), after: JSON.stringify({ specimen: id % 3, value: `2.${String(id % 10000).padStart(4, '0')}`, unit: 'g' }),
        prev_hash: prev,
      };
      const hash = hashEvent(row);
      insert.run({ ...row, hash });
      bytes.push(Buffer.from(serialise(row)));
      prev = hash;
    }
  })();
  sqlite.close();
  return bytes;
}

function plainSha256(bytes: Buffer[]): void {
  for (const chunk of bytes) createHash('sha256').update(chunk).digest('hex');
}

function bareScan(file: string): void {
  const sqlite = new SQLite(file, { readonly: true });
  for (const row of sqlite.prepare('SELECT * FROM audit_events ORDER BY id').iterate()) {
    createHash('sha256').update(serialise(row as Parameters<typeof hashEvent>[0])).digest('hex');
  }
  sqlite.close();
}

async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const summary = (label: string, ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(`${label.padEnd(22)} median ${(median / 1000).toFixed(2)} s  min ${(sorted[0]! / 1000).toFixed(2)} s  (${(events / (median / 1000) / 1000).toFixed(0)}k events/s)`);
  return median;
};

const dir = mkdtempSync(join(tmpdir(), 'jitu-bench-audit-'));
try {
  const file = join(dir, 'jitu.sqlite');
  const setup = openDatabase(file);
  await migrateToLatest(setup);
  await setup.destroy();

  let bytes: Buffer[] = [];
  const buildMs = await time(() => { bytes = buildChain(file); });
  const total = bytes.reduce((sum, chunk) => sum + chunk.length, 0);
  console.log(`built ${events} events (${(total / 1e6).toFixed(0)} MB hashed) in ${(buildMs / 1000).toFixed(1)} s`);

  const db = openDatabase(file);
  const timings = { verify: [] as number[], scan: [] as number[], sha: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    timings.sha.push(await time(() => plainSha256(bytes)));
    timings.scan.push(await time(() => bareScan(file)));
    timings.verify.push(await time(async () => {
      const status = await verifyAuditChain(db);
      if (!status.intact || status.events !== events) throw new Error(`chain not intact: ${JSON.stringify(status)}`);
    }));
  }
  await db.destroy();
  const verify = summary('verifyAuditChain', timings.verify);
  const scan = summary('bare scan + SHA-256', timings.scan);
  const sha = summary('plain SHA-256', timings.sha);
  console.log(`ratio verify / plain SHA-256 ${(verify / sha).toFixed(2)}, verify / bare scan ${(verify / scan).toFixed(2)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
