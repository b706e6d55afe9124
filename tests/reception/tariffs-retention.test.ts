import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReceptionLab, GOOD_TICKS, requestBody, type ReceptionLab } from './reception-lab.ts';

let t: ReceptionLab;

beforeEach(async () => {
  t = await buildReceptionLab();
});

afterEach(async () => {
  await t.close();
});

const NEW_TARIFF = {
  methodId: 'outsole-abrasion',
  name: 'Ketahanan abrasi sol luar',
  unit: 'per sampel',
  amount: 190000,
  effectiveFrom: '2027-01-01',
  effectiveTo: null,
  source: 'PP No. 54 Tahun 2021 (test row)',
};

describe('tariffs', () => {
  it('lists the seeded demo tariffs', async () => {
    const rows = await t.clients.receiver.request('GET', '/api/tariffs');
    const abrasion = rows.filter((row: { method_id: string }) => row.method_id === 'outsole-abrasion');
    expect(abrasion.map((row: { amount: number }) => row.amount)).toEqual([150000, 175000]);
  });

  it('adds a tariff that closes the current one', async () => {
    const added = await t.admin.send('POST', '/api/tariffs', NEW_TARIFF);
    expect(added.status).toBe(201);
    const rows = await t.db.selectFrom('tariffs').select(['amount', 'effective_to']).where('method_id', '=', 'outsole-abrasion').orderBy('effective_from').execute();
    expect(rows).toEqual([
      { amount: 150000, effective_to: '2025-12-31' },
      { amount: 175000, effective_to: '2026-12-31' },
      { amount: 190000, effective_to: null },
    ]);
    t.setNow('2027-01-05T02:00:00Z');
    const registered = await t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId));
    expect(registered.quotation.total).toBe(190000);
  });

  it('rejects an overlapping tariff', async () => {
    const response = await t.admin.send('POST', '/api/tariffs', { ...NEW_TARIFF, effectiveFrom: '2025-06-01', effectiveTo: '2025-12-31' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('overlap');
  });

  it('keeps tariffs for the admin to add', async () => {
    expect((await t.clients.receiver.send('POST', '/api/tariffs', NEW_TARIFF)).status).toBe(403);
  });

  it('names the field of an invalid tariff', async () => {
    const response = await t.admin.send('POST', '/api/tariffs', { ...NEW_TARIFF, amount: -5 });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('amount');
  });
});

describe('retention', () => {
  async function reportedSample() {
    const registered = await t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId));
    const sampleId = registered.samples[0].id as number;
    await t.clients.receiver.request('POST', `/api/samples/${sampleId}/accept`, GOOD_TICKS);
    // The report itself is issued by the reports module; only its issue time matters here.
    const admin = t.lab.credentials[0]!.user.id;
    await t.db.insertInto('reports').values({
      request_id: registered.id, number: 'LHU-TEST-1', revision: 1, replaces_id: null, amendment_reason: null, status: 'issued',
      pdf: Buffer.from('%PDF-1.7'), sha256: '0'.repeat(64), verification_code: 'TEST', issued_by: admin, issued_at: '2026-12-03T02:00:00.000Z',
    }).execute();
    return sampleId;
  }

  it('lists a sample once its retention ends', async () => {
    const sampleId = await reportedSample();
    t.setNow('2027-01-01T02:00:00Z');
    expect(await t.clients.receiver.request('GET', '/api/samples/due-for-disposition')).toEqual([]);
    t.setNow('2027-01-02T02:00:00Z');
    const due = await t.clients.receiver.request('GET', '/api/samples/due-for-disposition');
    expect(due).toEqual([expect.objectContaining({ sampleId, reason: 'retention_ended', keepUntil: '2027-01-02T02:00:00.000Z' })]);
  });

  it('follows the retention days setting', async () => {
    const sampleId = await reportedSample();
    await t.admin.request('POST', '/api/reception/settings', { retentionDays: 7 });
    t.setNow('2026-12-10T02:00:00Z');
    const due = await t.clients.receiver.request('GET', '/api/samples/due-for-disposition');
    expect(due.map((d: { sampleId: number }) => d.sampleId)).toEqual([sampleId]);
  });

  it('refuses disposal before the retention ends', async () => {
    const sampleId = await reportedSample();
    t.setNow('2026-12-20T02:00:00Z');
    const early = await t.clients.receiver.send('POST', `/api/samples/${sampleId}/dispose`, { manner: 'dicacah dan dibuang' });
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).toContain('must be kept until 2027-01-02');
  });

  it('records a disposal in the audit trail', async () => {
    const sampleId = await reportedSample();
    t.setNow('2027-01-03T02:00:00Z');
    const disposed = await t.clients.supervisor.send('POST', `/api/samples/${sampleId}/dispose`, { manner: 'dicacah dan dibuang' });
    expect(disposed.status).toBe(201);
    const event = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'sample.disposed').executeTakeFirstOrThrow();
    expect(JSON.parse(event.after!)).toMatchObject({ sample_id: sampleId, manner: 'dicacah dan dibuang', performed_at: '2027-01-03T02:00:00.000Z' });
    expect(await t.clients.receiver.request('GET', '/api/samples/due-for-disposition')).toEqual([]);
  });

  it('refuses disposal of a sample without a report', async () => {
    const registered = await t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId));
    const response = await t.clients.receiver.send('POST', `/api/samples/${registered.samples[0].id}/dispose`, { manner: 'dibuang' });
    expect(response.status).toBe(409);
  });
});
