import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { condition, ingestLine, loginAs, message, readyParameter, startRun, weigh } from './setup.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
});

afterEach(async () => {
  await t.close();
});

const today = () => new Date().toISOString().slice(0, 10);
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Starts a run on the seeded balance, ready for readings, and returns its id. */
async function openRun(): Promise<number> {
  const ids = await readyParameter(t);
  await condition(t, ids.sampleId);
  const run = await startRun(t, ids.parameterId);
  expect(run.status).toBe(201);
  return (run.body as { id: number }).id;
}

/** Offers a measurement for specimen slot `massBefore`, asking for English messages, which these tests assert. */
const accept = (runId: number, measurementId: number, specimen = 1) =>
  t.clients.analyst.inLanguage('en').send('POST', `/api/runs/${runId}/readings`, { specimen, field: 'massBefore', measurementId });

const newCertificate = (corrections?: unknown) => t.clients.manager.request('POST', `/api/instruments/${t.lab.balanceId}/calibrations`, {
  certificateNumber: 'KAL/2026/0999', provider: 'Lab Kalibrasi Terakreditasi KAN', calibratedOn: today(), dueOn: daysFromToday(365), ...(corrections ? { corrections } : {}),
});

const dailyCheck = (observed: string) => t.clients.analyst.request('POST', `/api/instruments/${t.lab.balanceId}/checks`, {
  kind: 'reference-weight', accessoryId: t.lab.referenceWeightId,
  points: [{ quantity: 'mass', nominal: '100.0000', tolerance: '0.0005', unit: 'g', observed }],
});

describe('calibration gate', () => {
  it('rejects a reading after the due date until a new certificate', async () => {
    const runId = await openRun();
    // The certificate falls due while the run is open.
    await t.db.updateTable('calibrations').set({ due_on: daysFromToday(-1) }).where('instrument_id', '=', t.lab.balanceId).execute();
    const refused = await accept(runId, await weigh(t, '2.5012'));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'READING_REJECTED' });
    expect(message(refused.body)).toContain(`calibration of NRC-01 was due on ${daysFromToday(-1)}`);

    await newCertificate();
    const accepted = await accept(runId, await weigh(t, '2.5012'));
    expect(accepted.status).toBe(201);
  });

  it('refuses a run on an overdue instrument until a new certificate', async () => {
    const ids = await readyParameter(t);
    await condition(t, ids.sampleId);
    await t.db.updateTable('calibrations').set({ due_on: daysFromToday(-3) }).where('instrument_id', '=', t.lab.balanceId).execute();
    const refused = await startRun(t, ids.parameterId, { language: 'en' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'GATE_CLOSED' });
    expect(message(refused.body)).toContain('record the new certificate');
    await newCertificate();
    expect((await startRun(t, ids.parameterId)).status).toBe(201);
  });
});

describe('intermediate check gate', () => {
  it('rejects readings after a failed check until a passed one', async () => {
    const runId = await openRun();
    const failed = await dailyCheck('100.0011');
    expect(failed.passed).toBe(false);
    const refused = await accept(runId, await weigh(t, '2.5012'));
    expect(refused.status).toBe(409);
    expect(message(refused.body)).toMatch(/last intermediate check of NRC-01 on \d{4}-\d{2}-\d{2} failed/);

    const passed = await dailyCheck('100.0003');
    expect(passed.passed).toBe(true);
    // Times are kept to the millisecond; let the reading come strictly later.
    await sleep(2);
    expect((await accept(runId, await weigh(t, '2.5012'))).status).toBe(201);
  });

  it('keeps a reading taken before the passed check rejected', async () => {
    const runId = await openRun();
    await dailyCheck('99.9990');
    // Times are kept to the millisecond; keep the three events apart.
    await sleep(2);
    const takenWhileFailed = await weigh(t, '2.5012');
    await sleep(2);
    await dailyCheck('100.0000');
    const refused = await accept(runId, takenWhileFailed);
    expect(refused.status).toBe(409);
    expect(message(refused.body)).toContain('failed');
  });

  it('refuses a run when no passed check lies within the interval', async () => {
    const ids = await readyParameter(t);
    await condition(t, ids.sampleId);
    const yesterday = new Date(Date.now() - 30 * 3600_000).toISOString();
    await t.db.updateTable('intermediate_checks').set({ checked_at: yesterday }).where('instrument_id', '=', t.lab.balanceId).execute();
    const refused = await startRun(t, ids.parameterId, { language: 'en' });
    expect(refused.status).toBe(409);
    expect(message(refused.body)).toContain('no passed intermediate check within the last 1 day(s)');
    await dailyCheck('100.0001');
    expect((await startRun(t, ids.parameterId)).status).toBe(201);
  });

  it('reads the observed value from a balance measurement', async () => {
    const measurementId = await weigh(t, '100.0009');
    const check = await t.clients.analyst.request('POST', `/api/instruments/${t.lab.balanceId}/checks`, {
      kind: 'reference-weight', accessoryId: t.lab.referenceWeightId,
      points: [{ quantity: 'mass', nominal: '100.0000', tolerance: '0.0005', unit: 'g', measurementId }],
    });
    expect(check.passed).toBe(false);
    expect(check.points[0]).toMatchObject({ observed: '100.0009', measurementId, passed: false });
    const stored = await t.clients.auditor.request('GET', `/api/instruments/${t.lab.balanceId}/checks`);
    expect(stored[0].points[0].observed).toBe('100.0009');
  });

  it('checks a pH meter slope and offset as two points', async () => {
    const admin = await loginAs(t, 'admin');
    const { id } = await admin.request('POST', '/api/instruments', { code: 'PH-01', name: 'pH meter', driver: 'ph-meter', kind: 'ph-meter', checkIntervalDays: 7 });
    const check = await t.clients.analyst.request('POST', `/api/instruments/${id}/checks`, {
      kind: 'ph-slope',
      points: [
        { quantity: 'slope', nominal: '100', tolerance: '5', unit: '%', observed: '97.8' },
        { quantity: 'offset', nominal: '0', tolerance: '15', unit: 'mV', observed: '-18.2' },
      ],
    });
    expect(check.passed).toBe(false);
    expect(check.points.map((p: { passed: boolean }) => p.passed)).toEqual([true, false]);
  });

  it('rejects an unstable check reading in both languages', async () => {
    const measurementId = await ingestLine(t, t.lab.balanceId, 'mettler-sics', 'S D     100.0002 g');
    const body = { kind: 'reference-weight', points: [{ quantity: 'mass', nominal: '100', tolerance: '0.0005', unit: 'g', measurementId }] };
    const bahasa = await t.clients.analyst.send('POST', `/api/instruments/${t.lab.balanceId}/checks`, body);
    expect(bahasa.status).toBe(400);
    expect(bahasa.body).toMatchObject({ error: 'INVALID_INPUT', field: 'points.0.measurementId' });
    expect(message(bahasa.body)).toBe('Isian points.0.measurementId tidak valid: bacaan belum stabil; tunggu sampai bacaan stabil');
    const english = await t.clients.analyst.send('POST', `/api/instruments/${t.lab.balanceId}/checks?lang=en`, body);
    expect(message(english.body)).toBe('Field points.0.measurementId is invalid: the reading was not stable; wait for a stable reading');
  });

  it('names the point whose measurement came from another instrument', async () => {
    const monitorReading = await t.db.selectFrom('measurements').select('id').where('instrument_id', '=', t.lab.thermoHygrometerId).executeTakeFirstOrThrow();
    const response = await t.clients.analyst.send('POST', `/api/instruments/${t.lab.balanceId}/checks`, {
      kind: 'reference-weight', points: [{ quantity: 'mass', nominal: '100', tolerance: '0.0005', unit: 'g', measurementId: monitorReading.id }],
    });
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('points.0.measurementId');
  });
});

describe('service status gate', () => {
  it('rejects readings while out of service until back in service', async () => {
    const runId = await openRun();
    const out = await t.clients.supervisor.request('POST', `/api/instruments/${t.lab.balanceId}/status`, { status: 'out_of_service', reason: 'display flickers, sent for repair' });
    expect(out.status).toBe('out_of_service');
    const refused = await accept(runId, await weigh(t, '2.5012'));
    expect(refused.status).toBe(409);
    expect(message(refused.body)).toContain('NRC-01 is out of service');

    const listed = await t.clients.auditor.request('GET', `/api/instruments/${t.lab.balanceId}`);
    expect(listed.state).toBe('out_of_service');

    await t.clients.supervisor.request('POST', `/api/instruments/${t.lab.balanceId}/status`, { status: 'in_service', reason: 'repaired and checked against AT-100' });
    expect((await accept(runId, await weigh(t, '2.5012'))).status).toBe(201);
    const history = await t.clients.auditor.request('GET', `/api/instruments/${t.lab.balanceId}/status-history`);
    expect(history.map((h: { to_status: string }) => h.to_status)).toEqual(['out_of_service', 'in_service']);
  });

  it('keeps a reading taken while out of service rejected', async () => {
    const runId = await openRun();
    await t.clients.supervisor.request('POST', `/api/instruments/${t.lab.balanceId}/status`, { status: 'out_of_service', reason: 'dropped during cleaning' });
    const takenWhileOut = await weigh(t, '2.5012');
    // A change stamped in the reading's own millisecond counts as in force at the reading.
    const takenAt = Date.now();
    while (Date.now() <= takenAt) await new Promise((resolve) => setImmediate(resolve));
    await t.clients.supervisor.request('POST', `/api/instruments/${t.lab.balanceId}/status`, { status: 'in_service', reason: 'checked, no damage' });
    const refused = await accept(runId, takenWhileOut);
    expect(refused.status).toBe(409);
    expect(message(refused.body)).toContain('was out of service when the reading was taken');
  });

  it('needs a reason and a different status', async () => {
    const noReason = await t.clients.supervisor.send('POST', `/api/instruments/${t.lab.balanceId}/status`, { status: 'out_of_service' });
    expect(noReason.status).toBe(400);
    const same = await t.clients.supervisor.send('POST', `/api/instruments/${t.lab.balanceId}/status`, { status: 'in_service', reason: 'no change' });
    expect(same.status).toBe(409);
    const analyst = await t.clients.analyst.send('POST', `/api/instruments/${t.lab.balanceId}/status`, { status: 'out_of_service', reason: 'broken' });
    expect(analyst.status).toBe(403);
  });
});

describe('calibration correction', () => {
  it('stores the value as sent and the corrected value used in the result', async () => {
    await newCertificate([
      { nominal: '0', correction: '0.00000', unit: 'g' },
      { nominal: '10', correction: '0.00040', unit: 'g' },
    ]);
    const runId = await openRun();
    const weighings = [['2.5012', '2.3853'], ['2.4987', '2.3819'], ['2.5034', '2.3861']];
    for (const [index, [before, after]] of weighings.entries()) {
      for (const [field, value] of [['massBefore', before], ['massAfter', after]] as const) {
        const measurementId = await weigh(t, value!);
        await t.clients.analyst.request('POST', `/api/runs/${runId}/readings`, { specimen: index + 1, field, measurementId });
      }
    }
    const worksheet = await t.clients.analyst.request('GET', `/api/runs/${runId}`);
    const first = worksheet.readings.find((r: { specimen: number; field: string }) => r.specimen === 1 && r.field === 'massBefore');
    // 0.00040 × 2.5012 / 10 = 0.000100048 → +0.00010 g
    expect(first).toMatchObject({ instrument_value: '2.5012', correction: '0.00010', value: '2.50130' });

    await t.clients.analyst.request('POST', `/api/runs/${runId}/finish`, { values: { density: '1.18', referenceLoss: '204' } });
    const review = await t.clients.supervisor.request('GET', `/api/parameters/${await parameterOf(runId)}/review`);
    expect(review.result.inputs.specimens[0].massBefore).toBe('2.50130');
    const reviewed = review.readings.find((r: { specimen: number; field: string }) => r.specimen === 1 && r.field === 'massBefore');
    expect(reviewed.instrument_value).toBe('2.5012');
    expect(reviewed.value).toBe('2.50130');
    expect(reviewed.raw).toMatch(/2\.5012 g$/);
    expect((await verifyAuditChain(t.db)).intact).toBe(true);
  });

  it('leaves a reading uncorrected without certificate points', async () => {
    const runId = await openRun();
    const reading = await t.clients.analyst.request('POST', `/api/runs/${runId}/readings`, { specimen: 1, field: 'massBefore', measurementId: await weigh(t, '2.5012') });
    expect(reading).toMatchObject({ value: '2.5012', instrumentValue: '2.5012', correction: null });
  });
});

async function parameterOf(runId: number): Promise<number> {
  const run = await t.db.selectFrom('test_runs').select('parameter_id').where('id', '=', runId).executeTakeFirstOrThrow();
  return run.parameter_id;
}
