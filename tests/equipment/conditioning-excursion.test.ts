import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { message, readyParameter, startRun } from './setup.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
});

afterEach(async () => {
  await t.close();
});

const ROOM = 'Ruang kondisi 2';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

/** Posts hourly room readings from `from` to `to` hours ago; `override` sets the temperature of given hours. */
async function postRoomLog(from: number, to: number, override: Record<number, string> = {}) {
  for (let h = from; h >= to; h--) {
    await t.clients.analyst.request('POST', '/api/environment/readings', {
      location: ROOM, temperatureC: override[h] ?? '23.0', humidityPct: '50.0', measuredAt: hoursAgo(h),
    });
  }
}

async function conditionIn(sampleId: number, hours: number) {
  const record = await t.clients.analyst.request('POST', `/api/samples/${sampleId}/conditioning`, { location: ROOM, startedAt: hoursAgo(hours) });
  const finished = await t.clients.analyst.request('POST', `/api/conditioning/${record.id}/finish`, { temperatureC: '23.0', humidityPct: '50.0' });
  return { recordId: record.id as number, finished };
}

describe('conditioning excursion', () => {
  it('flags the record and the run but lets the run start', async () => {
    const ids = await readyParameter(t);
    await postRoomLog(31, 1, { 12: '26.4' });
    const { recordId, finished } = await conditionIn(ids.sampleId, 30);
    expect(finished.excursion).toBe(true);

    const run = await startRun(t, ids.parameterId);
    expect(run.status).toBe(201);
    const body = run.body as { id: number; conditioningExcursion: boolean; conditioning: { hoursWithinLimits: number; excursions: { value: string }[] } };
    expect(body.conditioningExcursion).toBe(true);
    expect(body.conditioning.hoursWithinLimits).toBeCloseTo(29, 1);
    expect(body.conditioning.excursions.map((e) => e.value)).toEqual(['26.4']);

    const record = await t.db.selectFrom('conditioning_records').selectAll().where('id', '=', recordId).executeTakeFirstOrThrow();
    expect(record.excursion).toBe(1);
    expect(JSON.parse(record.excursion_detail!)[0]).toMatchObject({ atmosphere: '23 ± 2 °C, 50 ± 5 %RH', methods: ['outsole-abrasion'] });

    const worksheet = await t.clients.analyst.request('GET', `/api/runs/${body.id}`);
    expect(worksheet.run.conditioning_excursion).toBe(1);
    expect(worksheet.conditioning.excursions).toHaveLength(1);
    expect(worksheet.run.conditioning_record_id).toBe(recordId);
  });

  it('shows the flags in the review record', async () => {
    const ids = await readyParameter(t);
    await postRoomLog(31, 1, { 20: '19.5' });
    await conditionIn(ids.sampleId, 30);
    const run = (await startRun(t, ids.parameterId)).body as { id: number };
    for (const specimen of [1, 2, 3]) {
      for (const [field, value] of [['massBefore', '2.5012'], ['massAfter', '2.3853']]) {
        await t.clients.analyst.request('POST', `/api/runs/${run.id}/readings`, { specimen, field, value, reason: 'read from the balance display' });
      }
    }
    await t.clients.analyst.request('POST', `/api/runs/${run.id}/finish`, { values: { density: '1.18', referenceLoss: '204' } });
    const review = await t.clients.supervisor.request('GET', `/api/parameters/${ids.parameterId}/review`);
    expect(review.run.conditioning_excursion).toBe(1);
    expect(review.conditioning[0].excursion).toBe(1);
    expect(review.conditioning[0].excursion_detail).toContain('19.5');
  });

  it('refuses the run when time within limits falls short', async () => {
    const ids = await readyParameter(t);
    await postRoomLog(26, 1, { 20: '27.0', 19: '27.2', 18: '26.8' });
    await conditionIn(ids.sampleId, 25);
    const refused = await startRun(t, ids.parameterId, { language: 'en' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'GATE_CLOSED' });
    expect(message(refused.body)).toMatch(/spent 22\.0 h within 23 ± 2 °C, 50 ± 5 %RH of the 24 h/);
  });

  it('refuses the run without room readings', async () => {
    const ids = await readyParameter(t);
    const record = await t.clients.analyst.request('POST', `/api/samples/${ids.sampleId}/conditioning`, { location: 'Ruang tanpa log', startedAt: hoursAgo(30) });
    expect(record.id).toBeGreaterThan(0);
    const refused = await startRun(t, ids.parameterId, { language: 'en' });
    expect(refused.status).toBe(409);
    expect(message(refused.body)).toContain('no room readings of Ruang tanpa log');
  });

  it('uses readings of the connected thermo-hygrometer', async () => {
    const ids = await readyParameter(t);
    const record = await t.clients.analyst.request('POST', `/api/samples/${ids.sampleId}/conditioning`, { location: 'Ruang kondisi 1', startedAt: hoursAgo(26) });
    expect(record.id).toBeGreaterThan(0);
    const run = await startRun(t, ids.parameterId);
    expect(run.status).toBe(201);
    expect((run.body as { conditioning: { hoursWithinLimits: number } }).conditioning.hoursWithinLimits).toBeGreaterThanOrEqual(24);
    const log = await t.clients.auditor.request('GET', `/api/environment/readings?location=${encodeURIComponent('Ruang kondisi 1')}`);
    expect(log.length).toBeGreaterThan(40);
    expect(log[0].measurementId).toBeGreaterThan(0);
  });

  it('names the field of a bad room reading', async () => {
    const response = await t.clients.analyst.send('POST', '/api/environment/readings', { location: ROOM, temperatureC: 'warm' });
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('body.temperatureC');
    const future = await t.clients.analyst.send('POST', '/api/environment/readings', { location: ROOM, temperatureC: '23.0', measuredAt: new Date(Date.now() + 7_200_000).toISOString() });
    expect(future.status).toBe(400);
    expect((future.body as { field: string }).field).toBe('measuredAt');
  });
});
