import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from '../drivers/helpers/cli-io.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { issuedReport } from './helpers/records-flow.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
  await issuedReport(t);
});

afterEach(async () => {
  await t.close();
});

async function auditVerify() {
  const memory = memoryIo();
  memory.io.env = { JITU_DATABASE: t.databaseFile };
  const code = await main(['audit', 'verify'], memory.io);
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
}

/** Opens the database file beside the service, as someone with file access would, and drops the guards. */
function tamper(change: (sqlite: SQLite.Database) => void): void {
  const sqlite = new SQLite(t.databaseFile);
  try {
    sqlite.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
    change(sqlite);
  } finally {
    sqlite.close();
  }
}

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
