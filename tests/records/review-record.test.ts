import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { BALANCE_LINES, testedParameter } from './helpers/records-flow.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
});

afterEach(async () => {
  await t.close();
});

describe('review record', () => {
  it('holds raw lines, calibration, conditioning and calculation', async () => {
    const ids = await testedParameter(t);
    const record = await t.clients.supervisor.request('GET', `/api/parameters/${ids.parameterId}/review`);
    expect(record.readings).toHaveLength(6);
    expect(record.readings.map((r: { raw: string }) => r.raw)).toEqual(BALANCE_LINES);
    for (const reading of record.readings) expect(reading.chunk_id).toBe(ids.chunkId);
    expect(record.readings[0].accepted_by).toBe('Dewi Ayu Lestari');
    expect(record.calibration).toMatchObject({ current: true, certificateNumber: 'KAL/2026/0417' });
    expect(record.instrument.code).toBe('NRC-01');
    expect(record.conditioning).toHaveLength(1);
    expect(record.conditioning[0]).toMatchObject({ temperature_c: '23.1', humidity_pct: '50.4', started_by: 'Dewi Ayu Lestari' });
    expect(record.result.value).toBe('97');
    expect(record.result.method).toMatchObject({ id: 'outsole-abrasion', standard: expect.stringContaining('ISO 4649') });
    expect(record.result.method.version).toBe(record.result.method_version);
    expect(record.result.steps).toBeTypeOf('object');
    expect(Object.keys(record.result.steps).length).toBeGreaterThan(0);
    expect(record.result.inputs).toBeTypeOf('object');
    expect(record.run.analyst).toBe('Dewi Ayu Lestari');
  });

  it('shows the calibration in force at the run, not a later one', async () => {
    const ids = await testedParameter(t);
    const later = new Date(Date.now() + 86_400_000).toISOString();
    await t.db.insertInto('calibrations').values({
      instrument_id: t.lab.balanceId, certificate_number: 'KAL/LATER', provider: 'x', calibrated_on: later.slice(0, 10),
      due_on: '2099-01-01', corrections: null, recorded_by: 1, recorded_at: later,
    }).execute();
    const record = await t.clients.auditor.request('GET', `/api/parameters/${ids.parameterId}/review`);
    expect(record.calibration.certificateNumber).toBe('KAL/2026/0417');
  });

  it('lists earlier reviews with the reviewer and reason', async () => {
    const ids = await testedParameter(t);
    await t.clients.supervisor.request('POST', `/api/parameters/${ids.parameterId}/verify`, { decision: 'return', reason: 'specimen 2 width looks wrong' });
    const record = await t.clients.supervisor.request('GET', `/api/parameters/${ids.parameterId}/review`);
    expect(record.reviews).toHaveLength(1);
    expect(record.reviews[0]).toMatchObject({ stage: 'verification', decision: 'return', reason: 'specimen 2 width looks wrong', reviewer: 'Sutrisno Wibowo' });
  });

  it('refuses the record to an analyst', async () => {
    const ids = await testedParameter(t);
    const response = await t.clients.analyst.send('GET', `/api/parameters/${ids.parameterId}/review`);
    expect(response.status).toBe(403);
  });
});

describe('raw chunks', () => {
  it('returns the stored bytes as hex and latin1', async () => {
    const ids = await testedParameter(t);
    const chunk = await t.clients.auditor.request('GET', `/api/raw-chunks/${ids.chunkId}`);
    expect(chunk.hex).toBe(ids.bytes.toString('hex'));
    expect(Buffer.from(chunk.latin1, 'latin1').equals(ids.bytes)).toBe(true);
    expect(chunk.latin1).toContain('S S     2.5012 g\r\n');
    expect(chunk.length).toBe(ids.bytes.length);
    expect(chunk.instrumentCode).toBe('NRC-01');
  });

  it('keeps bytes outside ASCII exact', async () => {
    const bytes = Buffer.from([0x53, 0x20, 0xb5, 0xff, 0x00, 0x0d, 0x0a]);
    const row = await t.db.insertInto('raw_chunks').values({ instrument_id: t.lab.balanceId, source: 'test', received_at: new Date().toISOString(), bytes }).returning('id').executeTakeFirstOrThrow();
    const chunk = await t.clients.supervisor.request('GET', `/api/raw-chunks/${row.id}`);
    expect(chunk.hex).toBe('5320b5ff000d0a');
    expect(Buffer.from(chunk.latin1, 'latin1').equals(bytes)).toBe(true);
  });

  it('answers 404 for an unknown chunk and 403 for a receiver', async () => {
    const missing = await t.clients.auditor.send('GET', '/api/raw-chunks/99999');
    expect(missing.status).toBe(404);
    const receiver = await t.clients.receiver.send('GET', '/api/raw-chunks/1');
    expect(receiver.status).toBe(403);
  });
});
