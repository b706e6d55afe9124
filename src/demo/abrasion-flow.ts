import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { ApiClient } from './api-client.ts';
import type { SeededLab } from './seed.ts';

/** Weighings of three outsole specimens before and after 40 m on the drum, in g. */
export const DEMO_WEIGHINGS = {
  before: ['2.5012', '2.4987', '2.5034'],
  after: ['2.3853', '2.3819', '2.3861'],
};

export interface FlowClients {
  receiver: ApiClient;
  analyst: ApiClient;
  supervisor: ApiClient;
  manager: ApiClient;
  auditor: ApiClient;
}

export async function loginDemoStaff(app: FastifyInstance, lab: SeededLab): Promise<FlowClients> {
  const login = (name: string) => {
    const account = lab.credentials.find((c) => c.username === name)!;
    return ApiClient.login(app, account.username, account.password);
  };
  return {
    receiver: await login('penerima'),
    analyst: await login('analis'),
    supervisor: await login('penyelia'),
    manager: await login('manajer'),
    auditor: await login('auditor'),
  };
}

/** Waits for the next stable, in-range reading of an instrument after a given measurement id. */
export async function nextStableReading(client: ApiClient, instrumentId: number, afterId: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let cursor = afterId;
  while (Date.now() < deadline) {
    const rows = await client.request<{ id: number; stable: number; status: string; value: string }[]>(
      'GET', `/api/instruments/${instrumentId}/measurements?after=${cursor}`);
    for (const row of rows) {
      cursor = row.id;
      if (row.stable === 1 && row.status === 'ok') return row;
    }
    await sleep(100);
  }
  throw new Error(`no stable reading from instrument ${instrumentId} within ${timeoutMs} ms`);
}

export interface FlowHooks {
  /** Called once the run has started, to begin sending the weighings. */
  startBalance(): Promise<void>;
  log?(step: string): void;
}

/**
 * Carries one safety-shoe sample through every step of the testing flow
 * over the HTTP API: reception, acceptance, payment, assignment,
 * conditioning, the abrasion run with balance readings, verification,
 * validation, the LHU and its hand-over.
 */
export async function runAbrasionFlow(clients: FlowClients, lab: SeededLab, hooks: FlowHooks) {
  const log = hooks.log ?? (() => {});
  const { receiver, analyst, supervisor, manager } = clients;
  const registered = await receiver.request('POST', '/api/requests', {
    customer: { id: lab.customerId },
    decisionRule: 'simple',
    samples: [{
      description: 'Sepatu pengaman sol PU, ujung baja / PU-soled safety shoe, steel toecap',
      commodity: 'safety-footwear', brand: 'Langkah Kuat', model: 'LK-Safety 07', size: '42', colour: 'Hitam', material: 'Kulit sapi / PU',
      quantity: 3, condition: 'Baik, berlabel / Good, labelled',
      parameters: [{ methodId: 'outsole-abrasion', specificationId: 'sni-8877-2023' }],
    }],
  });
  const sample = registered.samples[0];
  const parameterId: number = sample.parameterIds[0];
  log(`registered request ${registered.number}, sample ${sample.code}`);
  await receiver.request('POST', `/api/samples/${sample.id}/accept`, { checks: { enoughPairs: true, undamaged: true, labelled: true } });
  await receiver.request('POST', `/api/requests/${registered.id}/payments`, { kind: 'paid', amount: 350000, billingReference: 'SIMPONI-820261204001' });
  const analystId = lab.credentials.find((c) => c.username === 'analis')!.user.id;
  await supervisor.request('POST', `/api/parameters/${parameterId}/assign`, { analystId });
  log('accepted, paid and assigned');
  const startedAt = new Date(Date.now() - 25 * 3600_000).toISOString();
  const conditioning = await analyst.request('POST', `/api/samples/${sample.id}/conditioning`, { location: 'Ruang kondisi 1', startedAt });
  await analyst.request('POST', `/api/conditioning/${conditioning.id}/finish`, { temperatureC: '23.1', humidityPct: '50.4' });
  const run = await analyst.request('POST', '/api/runs', { parameterId, instrumentId: lab.balanceId });
  log(`conditioned 25 h; run ${run.id} started`);
  await hooks.startBalance();
  let cursor = 0;
  for (const field of ['massBefore', 'massAfter']) {
    for (let specimen = 1; specimen <= 3; specimen++) {
      const reading = await nextStableReading(analyst, lab.balanceId, cursor);
      cursor = reading.id;
      await analyst.request('POST', `/api/runs/${run.id}/readings`, { specimen, field, measurementId: reading.id });
      log(`specimen ${specimen} ${field} = ${reading.value} g`);
    }
  }
  const result = await analyst.request('POST', `/api/runs/${run.id}/finish`, { values: { density: '1.18', referenceLoss: '204' } });
  log(`relative volume loss ${result.value} ${result.unit}, verdict ${result.verdict}`);
  await supervisor.request('POST', `/api/parameters/${parameterId}/verify`, { decision: 'approve' });
  await manager.request('POST', `/api/parameters/${parameterId}/validate`, { decision: 'approve' });
  const report = await manager.request('POST', `/api/requests/${registered.id}/reports`);
  log(`issued ${report.number}`);
  const pdf = await manager.send('GET', `/api/reports/${report.id}/pdf`);
  await receiver.request('POST', `/api/reports/${report.id}/handovers`, { recipientName: 'Rina Marlina', idDocumentType: 'ktp' });
  return { registered, sample, parameterId, run, result, report, pdf: pdf.body as Buffer };
}
