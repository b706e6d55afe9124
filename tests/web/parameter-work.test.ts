import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestLab, type TestLab, userId } from '../helpers/lab.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
});

afterEach(async () => {
  await t.close();
});

type Gate = { gate: string; open: boolean; reason: { en: string } | null };

async function registered() {
  const request = await t.clients.receiver.request('POST', '/api/requests', {
    customer: { id: t.lab.customerId },
    samples: [{ description: 'Sepatu pengaman', commodity: 'safety-footwear', quantity: 3, parameters: [{ methodId: 'outsole-abrasion' }] }],
  });
  return { requestId: request.id as number, sampleId: request.samples[0].id as number, parameterId: request.samples[0].parameterIds[0] as number };
}

const work = (parameterId: number) => t.clients.analyst.request('GET', `/api/parameters/${parameterId}/work`);
const gateOf = (gates: Gate[], name: string) => gates.find((gate) => gate.gate === name)!;

describe('parameter work', () => {
  it('shows closed gates before payment', async () => {
    const ids = await registered();
    await t.clients.receiver.request('POST', `/api/samples/${ids.sampleId}/accept`, { checks: { undamaged: true, labelled: true } });
    const found = await work(ids.parameterId);
    expect(found.openRunId).toBeNull();
    expect(found.conditioning).toBeNull();
    expect(gateOf(found.gates, 'payment').open).toBe(false);
    expect(gateOf(found.gates, 'payment').reason?.en).toContain('payment');
    expect(gateOf(found.gates, 'assignment').open).toBe(false);
    expect(gateOf(found.gates, 'conditioning').open).toBe(false);
  });

  it('returns the conditioning record and open run', async () => {
    const ids = await registered();
    const { receiver, supervisor, analyst } = t.clients;
    await receiver.request('POST', `/api/samples/${ids.sampleId}/accept`, { checks: { undamaged: true, labelled: true } });
    await receiver.request('POST', `/api/requests/${ids.requestId}/payments`, { kind: 'paid', amount: 175000, billingReference: 'SIMPONI-W1' });
    await supervisor.request('POST', `/api/parameters/${ids.parameterId}/assign`, { analystId: userId(t.lab, 'analis') });
    const startedAt = new Date(Date.now() - 25 * 3600_000).toISOString();
    const record = await analyst.request('POST', `/api/samples/${ids.sampleId}/conditioning`, { location: 'Ruang kondisi 1', startedAt });

    const running = await work(ids.parameterId);
    expect(running.conditioning.id).toBe(record.id);
    expect(running.conditioning.finished_at).toBeNull();
    expect(running.gates.every((gate: Gate) => gate.open)).toBe(true);

    await analyst.request('POST', `/api/conditioning/${record.id}/finish`, { temperatureC: '23.0', humidityPct: '50.0' });
    const run = await analyst.request('POST', '/api/runs', { parameterId: ids.parameterId, instrumentId: t.lab.balanceId });
    const started = await t.clients.supervisor.request('GET', `/api/parameters/${ids.parameterId}/work`);
    expect(started.openRunId).toBe(run.id);
    expect(started.status).toBe('in_progress');
    expect(started.conditioning.temperature_c).toBe('23.0');
  });

  it('is closed to receivers', async () => {
    const ids = await registered();
    const response = await t.clients.receiver.send('GET', `/api/parameters/${ids.parameterId}/work`);
    expect(response.status).toBe(403);
  });

  it('names a missing parameter', async () => {
    const response = await t.clients.analyst.send('GET', '/api/parameters/99999/work');
    expect(response.status).toBe(404);
  });
});
