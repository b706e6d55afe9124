import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { issuedReport } from './helpers/records-flow.ts';
import { auditVerify, tamper } from './helpers/tamper.ts';

let t: TestLab;
let issued: Awaited<ReturnType<typeof issuedReport>>;

beforeEach(async () => {
  t = await buildTestLab();
  issued = await issuedReport(t);
});

afterEach(async () => {
  await t.close();
});

const resultId = () => t.db.selectFrom('results').select('id').where('run_id', '=', issued.runId).executeTakeFirstOrThrow().then((r) => r.id);

describe('guard triggers', () => {
  it('reject a changed result figure', async () => {
    await expect(t.db.updateTable('results').set({ value: '149' }).execute()).rejects.toThrow(/figures of a result are immutable/);
    await expect(t.db.updateTable('results').set({ verdict: 'pass' }).execute()).rejects.toThrow(/immutable/);
  });

  it('leave results.current writable', async () => {
    await t.db.updateTable('results').set({ current: 1 }).execute();
    const row = await t.db.selectFrom('results').select('current').executeTakeFirstOrThrow();
    expect(row.current).toBe(1);
  });

  it('reject a changed issued report', async () => {
    const update = (set: Record<string, unknown>) => t.db.updateTable('reports').set(set).where('id', '=', issued.reportId).execute();
    for (const set of [{ number: 'LHU-X' }, { revision: 3 }, { pdf: Buffer.from('%PDF-') }, { sha256: '0'.repeat(64) }, { verification_code: 'X' }]) {
      await expect(update(set)).rejects.toThrow(/an issued report is immutable/);
    }
  });

  it('leave reports.status writable', async () => {
    await t.db.updateTable('reports').set({ status: 'current' }).where('id', '=', issued.reportId).execute();
    const row = await t.db.selectFrom('reports').select('status').where('id', '=', issued.reportId).executeTakeFirstOrThrow();
    expect(row.status).toBe('current');
  });

  it('reject deleting results and reports', async () => {
    await expect(t.db.deleteFrom('results').execute()).rejects.toThrow(/never deleted/);
    await expect(t.db.deleteFrom('reports').execute()).rejects.toThrow(/never deleted/);
  });
});

describe('records cross-check', () => {
  it('names a result value changed by SQL', async () => {
    const id = await resultId();
    tamper(t, (sqlite) => sqlite.prepare("UPDATE results SET value = '149'").run());
    const result = await auditVerify(t);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('audit chain intact');
    expect(result.stdout).toContain(`records differ from the audit trail: results row ${id}, column value: stored "149", but run.finish event`);
    expect(result.stdout).toContain('recorded "97"');
  });

  it('names a superseded report set back to current', async () => {
    const amended = await t.clients.manager.request('POST', `/api/reports/${issued.reportId}/amend`, { reason: 'Model sepatu tertulis salah' });
    expect(amended.replaces).toBe(issued.reportNumber);
    tamper(t, (sqlite) => sqlite.prepare("UPDATE reports SET status = 'current'").run());
    const result = await auditVerify(t);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`reports row ${issued.reportId}, column status: stored "current", but a report.supersede event exists for it`);
  });

  it('names PDF bytes that no longer match their hash', async () => {
    tamper(t, (sqlite) => sqlite.prepare("UPDATE reports SET pdf = CAST('%PDF-1.7 forged' AS BLOB)").run());
    const result = await auditVerify(t);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`reports row ${issued.reportId}, column pdf: the stored PDF hashes to`);
  });

  it('names a replaced PDF whose sha256 column was updated with it', async () => {
    const forged = Buffer.from('%PDF-1.7 forged');
    const { createHash } = await import('node:crypto');
    const digest = createHash('sha256').update(forged).digest('hex');
    tamper(t, (sqlite) => sqlite.prepare('UPDATE reports SET pdf = ?, sha256 = ?').run(forged, digest));
    const result = await auditVerify(t);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`reports row ${issued.reportId}, column sha256: stored "${digest}", but event`);
    expect(result.stdout).toContain(`recorded "${issued.sha256}"`);
  });

  it('reports the mismatch over HTTP', async () => {
    const id = await resultId();
    tamper(t, (sqlite) => sqlite.prepare("UPDATE results SET unit = 'g'").run());
    const status = await t.clients.auditor.request('GET', '/api/audit/verify');
    expect(status).toMatchObject({ intact: false, firstBreak: null, records: { intact: false, firstMismatch: { table: 'results', rowId: id, column: 'unit' } } });
  });
});
