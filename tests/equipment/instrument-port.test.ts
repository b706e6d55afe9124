import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../drivers/simulators/index.ts';
import { ApiClient } from '../../src/demo/api-client.ts';
import { freeLoopbackPort } from '../../src/demo/instruments.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';

let t: TestLab;
let admin: ApiClient;
let simulator: SimulatorHandle | undefined;

beforeEach(async () => {
  t = await buildTestLab();
  const account = t.lab.credentials.find((c) => c.username === 'admin')!;
  admin = await ApiClient.login(t.app, account.username, account.password);
});

afterEach(async () => {
  await t.close();
  await simulator?.stop();
  simulator = undefined;
});

async function measurementCount(instrumentId: number): Promise<number> {
  const rows = await t.db.selectFrom('measurements').select('id').where('instrument_id', '=', instrumentId).execute();
  return rows.length;
}

describe('instrument port', () => {
  it('rejects a port that is neither a device path nor tcp', async () => {
    const response = await admin.send('POST', '/api/instruments', { code: 'NRC-09', name: 'Neraca', driver: 'mettler-sics', port: 'lol' });
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('body.port');
  });

  it('connects a new instrument without a restart', async () => {
    const port = `tcp://127.0.0.1:${await freeLoopbackPort()}`;
    simulator = await startSimulator({ driver: 'mettler-sics', to: port, rateHz: 20 });
    const created = await admin.request('POST', '/api/instruments', { code: 'NRC-09', name: 'Neraca', driver: 'mettler-sics', port });
    const deadline = Date.now() + 20_000;
    while ((await measurementCount(created.id)) === 0 && Date.now() < deadline) await sleep(100);
    expect(await measurementCount(created.id)).toBeGreaterThan(0);
  });
});

describe('calibration certificate input', () => {
  const certificate = (overrides: Record<string, string>) => ({
    certificateNumber: 'KAL/2026/7777', provider: 'Lab Kalibrasi', calibratedOn: '2026-01-10', dueOn: '2027-01-10', ...overrides,
  });

  it('rejects a date that is not on the calendar', async () => {
    const response = await admin.send('POST', `/api/instruments/${t.lab.balanceId}/calibrations`, certificate({ calibratedOn: '2026-02-30' }));
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('body.calibratedOn');
  });

  it('rejects a calibration dated in the future', async () => {
    const response = await admin.send('POST', `/api/instruments/${t.lab.balanceId}/calibrations`, certificate({ calibratedOn: '2099-01-01', dueOn: '2100-01-01' }));
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('calibratedOn');
  });

  it('rejects the same certificate twice', async () => {
    await admin.request('POST', `/api/instruments/${t.lab.balanceId}/calibrations`, certificate({}));
    const again = await admin.send('POST', `/api/instruments/${t.lab.balanceId}/calibrations`, certificate({}));
    expect(again.status).toBe(409);
    expect((again.body as { field: string }).field).toBe('certificateNumber');
  });
});
