import { getDriver } from '../../drivers/index.ts';
import { ApiClient } from '../../src/demo/api-client.ts';
import type { Language } from '../../src/errors.ts';
import { storeLine } from '../../src/testing/ingest.ts';
import { userId, type TestLab } from '../helpers/lab.ts';

let sequence = 0;

/** Stores one line of an instrument through the ingest path, as its link would; returns the measurement id. */
export async function ingestLine(t: TestLab, instrumentId: number, driverId: string, line: string, receivedAt = new Date()): Promise<number> {
  const outcome = getDriver(driverId)!.parseLine(line);
  const id = await storeLine({ db: t.db, hub: t.app.liveHub, instrumentId, source: 'test' }, outcome, ++sequence, null, receivedAt);
  if (id === null) throw new Error(`line "${line}" was not stored as a measurement`);
  return id;
}

/** Weighs on the seeded balance: a stable SICS reply with the given value in g. */
export const weigh = (t: TestLab, value: string) => ingestLine(t, t.lab.balanceId, 'mettler-sics', `S S     ${value} g`);

export interface ReadyParameter {
  requestId: number;
  sampleId: number;
  parameterId: number;
}

/** Registers an outsole abrasion request, accepts the sample, records payment and assigns `analis`. */
export async function readyParameter(t: TestLab, options: { assign?: boolean } = {}): Promise<ReadyParameter> {
  const { receiver, supervisor } = t.clients;
  const request = await receiver.request('POST', '/api/requests', {
    customer: { id: t.lab.customerId },
    decisionRule: 'simple',
    samples: [{ description: 'Sepatu pengaman', commodity: 'safety-footwear', quantity: 3, parameters: [{ methodId: 'outsole-abrasion', specificationId: 'sni-8877-2023' }] }],
  });
  const ids = { requestId: request.id as number, sampleId: request.samples[0].id as number, parameterId: request.samples[0].parameterIds[0] as number };
  await receiver.request('POST', `/api/samples/${ids.sampleId}/accept`, { checks: { enoughPairs: true, undamaged: true, labelled: true } });
  await receiver.request('POST', `/api/requests/${ids.requestId}/payments`, { kind: 'paid', amount: 350000, billingReference: 'SIMPONI-T1' });
  if (options.assign !== false) {
    await supervisor.request('POST', `/api/parameters/${ids.parameterId}/assign`, { analystId: userId(t.lab, 'analis') });
  }
  return ids;
}

/** Conditions the sample for 25 h in the seeded conditioning room, which has a room log. */
export async function condition(t: TestLab, sampleId: number, location = 'Ruang kondisi 1', hours = 25) {
  const startedAt = new Date(Date.now() - hours * 3600_000).toISOString();
  const record = await t.clients.analyst.request('POST', `/api/samples/${sampleId}/conditioning`, { location, startedAt });
  await t.clients.analyst.request('POST', `/api/conditioning/${record.id}/finish`, { temperatureC: '23.0', humidityPct: '50.0' });
  return record.id as number;
}

/** Starts a run as `analis`; `language` sets the language of a refusal, Bahasa Indonesia by default. */
export function startRun(t: TestLab, parameterId: number, options: { language?: Language; instrumentId?: number } = {}) {
  const analyst = options.language ? t.clients.analyst.inLanguage(options.language) : t.clients.analyst;
  return analyst.send('POST', '/api/runs', { parameterId, instrumentId: options.instrumentId ?? t.lab.balanceId });
}

export const message = (body: unknown) => (body as { message: string }).message;

/** Logs in a demo account that has no client in `t.clients`, such as `admin` or `analis2`. */
export function loginAs(t: TestLab, username: string): Promise<ApiClient> {
  const account = t.lab.credentials.find((c) => c.username === username)!;
  return ApiClient.login(t.app, account.username, account.password);
}
