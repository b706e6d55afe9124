import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestLab, userId, type TestLab } from '../helpers/lab.ts';
import { loginAs } from './setup.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
});

afterEach(async () => {
  await t.close();
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface Reminder {
  kind: string;
  subject: string;
  dueOn: string;
  overdue: boolean;
}

describe('equipment reminders', () => {
  it('lists what falls due within the days asked, overdue first', async () => {
    const admin = await loginAs(t, 'admin');
    const { id: meterId } = await admin.request('POST', '/api/instruments', { code: 'PH-01', name: 'pH meter', driver: 'ph-meter', kind: 'ph-meter' });
    await t.clients.manager.request('POST', `/api/instruments/${meterId}/calibrations`, { certificateNumber: 'KAL/PH/1', provider: 'Lab Kalibrasi', calibratedOn: inDays(-360), dueOn: inDays(5) });
    const { id: spectroId } = await admin.request('POST', '/api/instruments', { code: 'UV-01', name: 'UV-VIS', driver: 'uv-vis', kind: 'spectrophotometer' });
    await t.clients.manager.request('POST', `/api/instruments/${spectroId}/calibrations`, { certificateNumber: 'KAL/UV/1', provider: 'Lab Kalibrasi', calibratedOn: inDays(-100), dueOn: inDays(200) });
    await t.clients.manager.request('POST', '/api/accessories', { code: 'BUF-7', name: 'Buffer pH 7.00', kind: 'buffer', lotOrSerial: 'LOT 4471', dueOn: inDays(20) });
    await t.clients.manager.request('POST', '/api/accessories', { code: 'KA-60', name: 'Kertas abrasif P60 / abradant paper', kind: 'abradant-paper', dueOn: inDays(90) });
    await t.clients.manager.request('POST', '/api/staff/authorisations', { userId: userId(t.lab, 'analis2'), methodId: 'leather-ph', expiresOn: inDays(10) });

    const reminders: Reminder[] = await admin.request('GET', '/api/equipment/reminders?days=30');
    const subjects = reminders.map((r) => r.subject);
    expect(subjects).toContain('PH-01');
    expect(subjects).toContain('BUF-7');
    expect(subjects).toContain('analis2 / leather-ph');
    expect(subjects).toContain('NRC-01');
    expect(subjects).not.toContain('UV-01');
    expect(subjects).not.toContain('KA-60');
    expect(reminders.find((r) => r.subject === 'PH-01')).toMatchObject({ kind: 'calibration', dueOn: inDays(5), overdue: false });
    expect(reminders.find((r) => r.subject === 'NRC-01')).toMatchObject({ kind: 'intermediate-check', dueOn: inDays(1) });

    const wider: Reminder[] = await t.clients.manager.request('GET', '/api/equipment/reminders?days=100');
    expect(wider.map((r) => r.subject)).toContain('KA-60');
  });

  it('marks a passed due date as overdue', async () => {
    const admin = await loginAs(t, 'admin');
    const { id } = await admin.request('POST', '/api/instruments', { code: 'SLIP-01', name: 'Slip tester', driver: 'slip-tester' });
    const reminders: Reminder[] = await admin.request('GET', '/api/equipment/reminders?days=0');
    expect(reminders.find((r) => r.subject === 'SLIP-01')).toMatchObject({ kind: 'calibration', overdue: true });
    expect(id).toBeGreaterThan(0);
  });

  it('is closed to analysts and names a bad day count', async () => {
    expect((await t.clients.analyst.send('GET', '/api/equipment/reminders?days=30')).status).toBe(403);
    const bad = await t.clients.manager.send('GET', '/api/equipment/reminders?days=-4');
    expect(bad.status).toBe(400);
    expect((bad.body as { field: string }).field).toContain('days');
  });
});
