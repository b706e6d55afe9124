import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.ts';
import { condition, loginAs, message, readyParameter, startRun, weigh } from '../equipment/setup.ts';
import { buildTestLab, userId, type TestLab } from '../helpers/lab.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
});

afterEach(async () => {
  await t.close();
});

const METHOD = 'outsole-abrasion';

async function authorisationOf(username: string): Promise<number> {
  const rows = await t.clients.manager.request('GET', `/api/staff/authorisations?userId=${userId(t.lab, username)}&methodId=${METHOD}`);
  return rows.find((r: { revoked_at: string | null }) => r.revoked_at === null).id;
}

const revoke = async (username: string) =>
  t.clients.manager.request('POST', `/api/staff/authorisations/${await authorisationOf(username)}/revoke`, { reason: 'proficiency test result unsatisfactory' });

const grant = (username: string, extra: Record<string, string> = {}) =>
  t.clients.manager.request('POST', '/api/staff/authorisations', { userId: userId(t.lab, username), methodId: METHOD, ...extra });

describe('authorisation gate', () => {
  it('refuses to assign an unauthorised analyst until authorised', async () => {
    const ids = await readyParameter(t, { assign: false });
    await revoke('analis2');
    const refused = await t.clients.supervisor.send('POST', `/api/parameters/${ids.parameterId}/assign`, { analystId: userId(t.lab, 'analis2') });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'ANALYST_NOT_AUTHORISED', field: 'analystId' });
    expect(message(refused.body)).toContain('analis2');
    expect(message(refused.body)).toContain(METHOD);

    await grant('analis2');
    const assigned = await t.clients.supervisor.send('POST', `/api/parameters/${ids.parameterId}/assign`, { analystId: userId(t.lab, 'analis2') });
    expect(assigned.status).toBe(200);
  });

  it('refuses a run by an analyst whose authorisation was revoked', async () => {
    const ids = await readyParameter(t);
    await condition(t, ids.sampleId);
    await revoke('analis');
    const refused = await startRun(t, ids.parameterId, { language: 'en' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'GATE_CLOSED' });
    expect(message(refused.body)).toContain(`authorisation for method ${METHOD} was revoked`);
    await grant('analis');
    expect((await startRun(t, ids.parameterId)).status).toBe(201);
  });

  it('rejects a reading once the authorisation is revoked', async () => {
    const ids = await readyParameter(t);
    await condition(t, ids.sampleId);
    const run = (await startRun(t, ids.parameterId)).body as { id: number };
    await revoke('analis');
    const refused = await t.clients.analyst.send('POST', `/api/runs/${run.id}/readings?lang=en`, { specimen: 1, field: 'massBefore', measurementId: await weigh(t, '2.5012') });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'READING_REJECTED' });
    expect(message(refused.body)).toContain('revoked');
    await grant('analis');
    const accepted = await t.clients.analyst.send('POST', `/api/runs/${run.id}/readings`, { specimen: 1, field: 'massBefore', measurementId: await weigh(t, '2.5012') });
    expect(accepted.status).toBe(201);
    expect((await verifyAuditChain(t.db)).intact).toBe(true);
  });

  it('treats an expired authorisation as missing', async () => {
    const ids = await readyParameter(t, { assign: false });
    await revoke('analis2');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await grant('analis2', { grantedOn: '2025-01-06', expiresOn: yesterday });
    const refused = await t.clients.supervisor.send('POST', `/api/parameters/${ids.parameterId}/assign`, { analystId: userId(t.lab, 'analis2') });
    expect(refused.status).toBe(409);
    const check = await t.clients.supervisor.request('GET', `/api/staff/${userId(t.lab, 'analis2')}/authorisations/${METHOD}`);
    expect(check.authorised).toBe(false);
    expect(check.reason.en).toContain(`expired on ${yesterday}`);
    expect(check.reason.id).toContain(`berakhir pada ${yesterday}`);
    expect(check.reasonText).toBe(check.reason.en);
  });
});

describe('authorisation records', () => {
  it('lets only admins and technical managers grant and revoke', async () => {
    const bySupervisor = await t.clients.supervisor.send('POST', '/api/staff/authorisations', { userId: userId(t.lab, 'analis2'), methodId: METHOD });
    expect(bySupervisor.status).toBe(403);
    const admin = await loginAs(t, 'admin');
    const byAdmin = await admin.send('POST', '/api/staff/authorisations', { userId: userId(t.lab, 'analis2'), methodId: METHOD, note: 'renewed after training' });
    expect(byAdmin.status).toBe(201);
  });

  it('names the field of a bad grant', async () => {
    const unknownMethod = await t.clients.manager.send('POST', '/api/staff/authorisations', { userId: userId(t.lab, 'analis'), methodId: 'no-such-method' });
    expect(unknownMethod.status).toBe(400);
    expect((unknownMethod.body as { field: string }).field).toBe('methodId');
    const notAnalyst = await t.clients.manager.send('POST', '/api/staff/authorisations', { userId: userId(t.lab, 'penerima'), methodId: METHOD });
    expect(notAnalyst.status).toBe(400);
    expect((notAnalyst.body as { field: string }).field).toBe('userId');
    const backwards = await t.clients.manager.send('POST', '/api/staff/authorisations', { userId: userId(t.lab, 'analis'), methodId: METHOD, grantedOn: '2026-05-01', expiresOn: '2026-04-01' });
    expect(backwards.status).toBe(400);
    expect((backwards.body as { field: string }).field).toBe('expiresOn');
  });

  it('refuses to revoke twice', async () => {
    const id = await authorisationOf('analis2');
    await t.clients.manager.request('POST', `/api/staff/authorisations/${id}/revoke`, { reason: 'left the laboratory' });
    const again = await t.clients.manager.send('POST', `/api/staff/authorisations/${id}/revoke`, { reason: 'left the laboratory' });
    expect(again.status).toBe(409);
  });

  it('keeps training records per user', async () => {
    const analyst = userId(t.lab, 'analis');
    const record = await t.clients.manager.request('POST', `/api/staff/${analyst}/training`, {
      title: 'Pelatihan uji abrasi sol / Outsole abrasion training', methodId: METHOD, provider: 'BPIPI', completedOn: '2026-02-10', hours: '16', evidence: 'SERT/BPIPI/2026/014',
    });
    expect(record.id).toBeGreaterThan(0);
    const list = await t.clients.auditor.request('GET', `/api/staff/${analyst}/training`);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ method_id: METHOD, hours: '16', evidence: 'SERT/BPIPI/2026/014' });
    const byAnalyst = await t.clients.analyst.send('POST', `/api/staff/${analyst}/training`, { title: 'Self study', provider: 'me', completedOn: '2026-02-10' });
    expect(byAnalyst.status).toBe(403);
  });
});
