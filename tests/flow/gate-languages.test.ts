import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src/demo/api-client.ts';
import { condition, ingestLine, message, readyParameter, weigh } from '../equipment/setup.ts';
import { buildTestLab, userId, type TestLab } from '../helpers/lab.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
});

afterEach(async () => {
  await t.close();
});

const METHOD = 'outsole-abrasion';
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Sends the same rejected request twice: with no language asked for, which
 * gives Bahasa Indonesia, and with `?lang=en`. Returns both bodies.
 */
async function inBothLanguages(client: ApiClient, url: string, payload: unknown) {
  const bahasa = await client.send('POST', url, payload);
  const english = await client.send('POST', `${url}?lang=en`, payload);
  return { bahasa, english };
}

const startRunInBothLanguages = (parameterId: number) =>
  inBothLanguages(t.clients.analyst, '/api/runs', { parameterId, instrumentId: t.lab.balanceId });

/** Starts a run on the seeded balance for a conditioned, paid and assigned parameter. */
async function openRun(): Promise<number> {
  const ids = await readyParameter(t);
  await condition(t, ids.sampleId);
  const run = await t.clients.analyst.request('POST', '/api/runs', { parameterId: ids.parameterId, instrumentId: t.lab.balanceId });
  return run.id as number;
}

describe('run gate language', () => {
  it('names missing conditioning in both languages', async () => {
    const ids = await readyParameter(t);
    const { bahasa, english } = await startRunInBothLanguages(ids.parameterId);
    expect(bahasa.status).toBe(409);
    expect(bahasa.body).toMatchObject({ error: 'GATE_CLOSED' });
    expect(message(bahasa.body)).toBe('Uji belum boleh dimulai: benda uji belum mulai dikondisikan');
    expect(english.status).toBe(409);
    expect(message(english.body)).toBe('The test may not start yet: specimens have not entered conditioning');
  });

  it('writes short conditioning hours with a decimal comma', async () => {
    const ids = await readyParameter(t);
    await condition(t, ids.sampleId, 'Ruang kondisi 1', 2.5);
    const { bahasa, english } = await startRunInBothLanguages(ids.parameterId);
    expect(message(bahasa.body)).toContain('benda uji baru dikondisikan 2,5 jam dari 24 jam yang disyaratkan metode');
    expect(message(english.body)).toContain('specimens conditioned 2.5 h of the 24 h the method requires');
  });

  it('names an overdue calibration in both languages', async () => {
    const ids = await readyParameter(t);
    await condition(t, ids.sampleId);
    const due = daysFromToday(-2);
    await t.db.updateTable('calibrations').set({ due_on: due }).where('instrument_id', '=', t.lab.balanceId).execute();
    const { bahasa, english } = await startRunInBothLanguages(ids.parameterId);
    expect(bahasa.status).toBe(409);
    expect(message(bahasa.body)).toMatch(new RegExp(`^Uji belum boleh dimulai: kalibrasi NRC-01 jatuh tempo pada ${due} \\(sertifikat .+\\); catat sertifikat kalibrasi yang baru$`));
    expect(message(bahasa.body)).not.toContain('was due');
    expect(message(english.body)).toContain(`calibration of NRC-01 was due on ${due}`);
  });

  it('names a revoked authorisation in both languages', async () => {
    const ids = await readyParameter(t);
    await condition(t, ids.sampleId);
    const rows = await t.clients.manager.request('GET', `/api/staff/authorisations?userId=${userId(t.lab, 'analis')}&methodId=${METHOD}`);
    const current = rows.find((r: { revoked_at: string | null }) => r.revoked_at === null);
    await t.clients.manager.request('POST', `/api/staff/authorisations/${current.id}/revoke`, { reason: 'proficiency test result unsatisfactory' });
    const today = new Date().toISOString().slice(0, 10);
    const { bahasa, english } = await startRunInBothLanguages(ids.parameterId);
    expect(bahasa.status).toBe(409);
    expect(message(bahasa.body)).toBe(`Uji belum boleh dimulai: otorisasi Anda untuk metode ${METHOD} dicabut pada ${today}`);
    expect(message(english.body)).toBe(`The test may not start yet: your authorisation for method ${METHOD} was revoked on ${today}`);
  });

  it('names a missing payment in both languages', async () => {
    const request = await t.clients.receiver.request('POST', '/api/requests', {
      customer: { id: t.lab.customerId },
      samples: [{ description: 'Sepatu pengaman', commodity: 'safety-footwear', quantity: 3, parameters: [{ methodId: METHOD, specificationId: 'sni-8877-2023' }] }],
    });
    const sample = request.samples[0];
    await t.clients.receiver.request('POST', `/api/samples/${sample.id}/accept`, { checks: { enoughPairs: true, undamaged: true, labelled: true } });
    await t.clients.supervisor.request('POST', `/api/parameters/${sample.parameterIds[0]}/assign`, { analystId: userId(t.lab, 'analis') });
    const { bahasa, english } = await startRunInBothLanguages(sample.parameterIds[0]);
    expect(bahasa.status).toBe(409);
    expect(message(bahasa.body)).toBe('Uji belum boleh dimulai: pembayaran belum dicatat dan biayanya tidak dibebaskan');
    expect(message(english.body)).toBe('The test may not start yet: payment has not been recorded or waived');
  });
});

describe('reading gate language', () => {
  it('names an unstable reading in both languages', async () => {
    const runId = await openRun();
    const measurementId = await ingestLine(t, t.lab.balanceId, 'mettler-sics', 'S D     2.5012 g');
    const payload = { specimen: 1, field: 'massBefore', measurementId };
    const { bahasa, english } = await inBothLanguages(t.clients.analyst, `/api/runs/${runId}/readings`, payload);
    expect(bahasa.status).toBe(409);
    expect(bahasa.body).toMatchObject({ error: 'READING_REJECTED' });
    expect(message(bahasa.body)).toBe('Bacaan tidak dapat diterima: bacaan belum stabil; tunggu sampai bacaan stabil');
    expect(message(english.body)).toBe('The reading cannot be accepted: the reading was not stable; wait for a stable reading');
  });

  it('names an overdue calibration at the reading', async () => {
    const runId = await openRun();
    await t.db.updateTable('calibrations').set({ due_on: daysFromToday(-1) }).where('instrument_id', '=', t.lab.balanceId).execute();
    const payload = { specimen: 1, field: 'massBefore', measurementId: await weigh(t, '2.5012') };
    const { bahasa, english } = await inBothLanguages(t.clients.analyst, `/api/runs/${runId}/readings`, payload);
    expect(message(bahasa.body)).toContain(`Bacaan tidak dapat diterima: kalibrasi NRC-01 jatuh tempo pada ${daysFromToday(-1)}`);
    expect(message(english.body)).toContain(`The reading cannot be accepted: calibration of NRC-01 was due on ${daysFromToday(-1)}`);
  });
});

describe('reasons as data', () => {
  it('returns the calibration reason in both languages', async () => {
    await t.db.updateTable('calibrations').set({ due_on: daysFromToday(-1) }).where('instrument_id', '=', t.lab.balanceId).execute();
    const instrument = await t.clients.auditor.request('GET', `/api/instruments/${t.lab.balanceId}`);
    expect(instrument.calibration.usable).toBe(false);
    expect(instrument.calibration.reason.id).toContain('kalibrasi NRC-01 jatuh tempo');
    expect(instrument.calibration.reason.en).toContain('calibration of NRC-01 was due');
    expect(instrument.calibration.reasonText).toBe(instrument.calibration.reason.en);
  });

  it('returns no reason for a usable instrument', async () => {
    const instrument = await t.clients.auditor.request('GET', `/api/instruments/${t.lab.balanceId}`);
    expect(instrument.calibration.usable).toBe(true);
    expect(instrument.calibration.reason).toBeNull();
    expect(instrument.calibration.reasonText).toBeNull();
  });
});
