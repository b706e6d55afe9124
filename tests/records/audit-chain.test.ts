import SQLite from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from '../drivers/helpers/cli-io.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { issuedReport } from './helpers/records-flow.ts';
import { auditVerify as verifyLab, tamper as tamperLab } from './helpers/tamper.ts';

const auditVerify = () => verifyLab(t);
const tamper = <T>(change: (sqlite: SQLite.Database) => T) => tamperLab(t, change);

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
  await issuedReport(t);
});

afterEach(async () => {
  await t.close();
});

const middleEvent = (sqlite: SQLite.Database) =>
  (sqlite.prepare("SELECT id FROM audit_events WHERE action = 'parameter.verification.approve'").get() as { id: number }).id;

describe('jitu audit verify', () => {
  it('exits 0 on an untouched chain', async () => {
    const result = await auditVerify();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^audit chain intact: \d+ events/);
  });

  it('names the event whose after column was changed', async () => {
    let changed = 0;
    tamper((sqlite) => {
      changed = middleEvent(sqlite);
      sqlite.prepare("UPDATE audit_events SET after = '{\"status\":\"verified\",\"note\":\"edited\"}' WHERE id = ?").run(changed);
    });
    const result = await auditVerify();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`audit chain broken at event ${changed}: hash-mismatch`);
  });

  it('names the place of a deleted event', async () => {
    let deleted = 0;
    tamper((sqlite) => {
      deleted = middleEvent(sqlite);
      sqlite.prepare('DELETE FROM audit_events WHERE id = ?').run(deleted);
    });
    const result = await auditVerify();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`audit chain broken at event ${deleted}: missing-event`);
  });

  it('catches a changed row whose hash was recomputed alone', async () => {
    const { hashEvent } = await import('../../src/audit/chain.ts');
    let changed = 0;
    tamper((sqlite) => {
      changed = middleEvent(sqlite);
      const row = sqlite.prepare('SELECT * FROM audit_events WHERE id = ?').get(changed) as Parameters<typeof hashEvent>[0];
      const edited = { ...row, after: '{"status":"verified"}' };
      sqlite.prepare('UPDATE audit_events SET after = ?, hash = ? WHERE id = ?').run(edited.after, hashEvent(edited), changed);
    });
    const result = await auditVerify();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`audit chain broken at event ${changed + 1}: link-mismatch`);
  });

  it('keeps the triggers refusing updates through the service database', async () => {
    const sqlite = new SQLite(t.databaseFile);
    try {
      expect(() => sqlite.prepare("UPDATE audit_events SET action = 'x' WHERE id = 1").run()).toThrow(/append-only/);
      expect(() => sqlite.prepare('DELETE FROM audit_events WHERE id = 1').run()).toThrow(/append-only/);
    } finally {
      sqlite.close();
    }
  });

  it('reports the break over HTTP too', async () => {
    let changed = 0;
    tamper((sqlite) => {
      changed = middleEvent(sqlite);
      sqlite.prepare("UPDATE audit_events SET user_id = 1 WHERE id = ?").run(changed);
    });
    const status = await t.clients.auditor.request('GET', '/api/audit/verify');
    expect(status).toMatchObject({ intact: false, firstBreak: { eventId: changed, reason: 'hash-mismatch' } });
  });
});

describe('jitu audit verify on a missing database', () => {
  it('exits 2 and creates nothing', async () => {
    const folder = join(t.config.dataDir, 'nowhere');
    const file = join(folder, 'x.sqlite');
    const memory = memoryIo();
    memory.io.env = { JITU_DATABASE: file, JITU_DATA_DIR: folder };
    const code = await main(['audit', 'verify'], memory.io);
    expect(code).toBe(2);
    expect(memory.stderr()).toContain(`database file ${file} does not exist`);
    expect(memory.stdout()).toBe('');
    expect(existsSync(folder)).toBe(false);
  });
});

describe('chain anchors', () => {
  const lastEvents = (sqlite: SQLite.Database, count: number) =>
    (sqlite.prepare('SELECT id, at FROM audit_events ORDER BY id DESC LIMIT ?').all(count) as { id: number; at: string }[]).reverse();

  it('writes the verified head to the anchor file', async () => {
    const result = await auditVerify();
    expect(result.code).toBe(0);
    const [line] = readFileSync(join(t.config.dataDir, 'audit-anchors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const head = await t.db.selectFrom('audit_events').select(['id', 'hash', 'at']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(line).toMatchObject({ intact: true, id: head.id, hash: head.hash, at: head.at });
    expect(Date.parse(line.verifiedAt)).not.toBeNaN();
  });

  it('names the deleted tail from the anchor file', async () => {
    expect((await auditVerify()).code).toBe(0);
    const [first] = tamper((sqlite) => {
      const deleted = lastEvents(sqlite, 2);
      sqlite.prepare('DELETE FROM audit_events WHERE id >= ?').run(deleted[0]!.id);
      return deleted;
    });
    const head = (await t.db.selectFrom('audit_events').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
    const result = await auditVerify();
    expect(result.code).toBe(1);
    const last = first!.id + 1;
    expect(result.stdout).toContain(`audit chain broken at event ${last}: anchor-missing`);
    expect(result.stdout).toContain(`event ${last} recorded at`);
    expect(result.stdout).toContain(`is missing; the chain now ends at event ${head}`);
  });

  it('names a tail deleted back past a report issue from the report anchor', async () => {
    const report = await t.db.selectFrom('reports').select(['number', 'anchor_event_id', 'anchor_hash']).executeTakeFirstOrThrow();
    expect(report.anchor_event_id).toBeGreaterThan(0);
    tamper((sqlite) => sqlite.prepare('DELETE FROM audit_events WHERE id >= ?').run(report.anchor_event_id));
    const result = await auditVerify();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`audit chain broken at event ${report.anchor_event_id}: anchor-missing`);
    expect(result.stdout).toContain(`recorded on report ${report.number}`);
  });

  it('stores the chain head before the issue on the report', async () => {
    const report = await t.db.selectFrom('reports').select(['id', 'anchor_event_id', 'anchor_hash']).executeTakeFirstOrThrow();
    const issue = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'report.issue').where('entity_id', '=', String(report.id)).executeTakeFirstOrThrow();
    expect(report.anchor_event_id).toBe(issue.id - 1);
    expect(report.anchor_hash).toBe(issue.prev_hash);
  });

  it('writes an anchor from the HTTP route too', async () => {
    const status = await t.clients.auditor.request('GET', '/api/audit/verify');
    expect(status).toMatchObject({ intact: true, firstBreak: null, records: { intact: true, reports: 1, results: 1 } });
    const lines = readFileSync(join(t.config.dataDir, 'audit-anchors.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ intact: true, id: status.events, hash: status.lastHash });
  });
});
