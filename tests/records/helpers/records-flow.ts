import { getDriver } from '../../../drivers/index.ts';
import { storeChunk, storeLine } from '../../../src/testing/ingest.ts';
import { userId, type TestLab } from '../../helpers/lab.ts';

/** Balance lines for three outsole specimens before and after abrasion, as an MT-SICS balance sends them. */
export const BALANCE_LINES = [
  'S S     2.5012 g', 'S S     2.4987 g', 'S S     2.5034 g',
  'S S     2.3853 g', 'S S     2.3819 g', 'S S     2.3861 g',
];

/** Sample details with text outside ASCII, as the LHU must print it. */
export const SAMPLE_DETAILS = {
  description: 'Sepatu pengaman sol PU — ujung baja / PU-soled safety shoe — steel toecap',
  commodity: 'safety-footwear',
  brand: 'Langkah Kuat',
  model: 'LK-Safety 07',
  size: '42',
  colour: 'Cokelat tua – dark brown',
  material: 'Kulit sapi / cowhide, PU',
  quantity: 3,
} as const;

/** Stores the lines as one raw chunk and parses each into a measurement, the way the ingest path does. */
export async function ingestBalanceLines(t: TestLab, lines: readonly string[]) {
  const driver = getDriver('mettler-sics')!;
  const context = { db: t.db, hub: t.app.liveHub, instrumentId: t.lab.balanceId, source: `test-${Date.now()}` };
  const bytes = Buffer.from(lines.map((line) => `${line}\r\n`).join(''), 'latin1');
  const chunkId = await storeChunk(context, bytes);
  const measurementIds: number[] = [];
  for (const [index, line] of lines.entries()) {
    const id = await storeLine(context, driver.parseLine(line), index, chunkId);
    if (id === null) throw new Error(`line "${line}" was not stored as a measurement`);
    measurementIds.push(id);
  }
  return { chunkId, bytes, measurementIds };
}

/**
 * Registers a safety-shoe request and carries it to `tested`: accepted,
 * paid, assigned, conditioned 25 h, run on the balance with readings taken
 * from stored instrument lines.
 */
export async function testedParameter(t: TestLab, analystName = 'analis') {
  const { receiver, supervisor } = t.clients;
  const analyst = analystName === 'analis' ? t.clients.analyst : undefined;
  if (!analyst) throw new Error('only the demo analyst has a logged-in client');
  const request = await receiver.request('POST', '/api/requests', {
    customer: { id: t.lab.customerId },
    decisionRule: 'simple',
    samples: [{ ...SAMPLE_DETAILS, parameters: [{ methodId: 'outsole-abrasion', specificationId: 'sni-8877-2023' }] }],
  });
  const requestId = request.id as number;
  const sampleId = request.samples[0].id as number;
  const sampleCode = request.samples[0].code as string;
  const parameterId = request.samples[0].parameterIds[0] as number;
  await receiver.request('POST', `/api/samples/${sampleId}/accept`, { checks: { undamaged: true, labelled: true } });
  await receiver.request('POST', `/api/requests/${requestId}/payments`, { kind: 'paid', amount: 350000, billingReference: 'SIMPONI-77' });
  await supervisor.request('POST', `/api/parameters/${parameterId}/assign`, { analystId: userId(t.lab, analystName) });
  const startedAt = new Date(Date.now() - 25 * 3600_000).toISOString();
  const record = await analyst.request('POST', `/api/samples/${sampleId}/conditioning`, { location: 'Ruang kondisi 1', startedAt });
  await analyst.request('POST', `/api/conditioning/${record.id}/finish`, { temperatureC: '23.1', humidityPct: '50.4' });
  const run = await analyst.request('POST', '/api/runs', { parameterId, instrumentId: t.lab.balanceId });
  const ingested = await ingestBalanceLines(t, BALANCE_LINES);
  const fields = ['massBefore', 'massBefore', 'massBefore', 'massAfter', 'massAfter', 'massAfter'];
  for (const [index, measurementId] of ingested.measurementIds.entries()) {
    await analyst.request('POST', `/api/runs/${run.id}/readings`, { specimen: (index % 3) + 1, field: fields[index], measurementId });
  }
  await analyst.request('POST', `/api/runs/${run.id}/finish`, { values: { density: '1.18', referenceLoss: '204' } });
  return { requestId, sampleId, sampleCode, parameterId, runId: run.id as number, conditioningId: record.id as number, ...ingested };
}

/** Carries a request through verification and validation to an issued LHU. */
export async function issuedReport(t: TestLab) {
  const ids = await testedParameter(t);
  await t.clients.supervisor.request('POST', `/api/parameters/${ids.parameterId}/verify`, { decision: 'approve' });
  await t.clients.manager.request('POST', `/api/parameters/${ids.parameterId}/validate`, { decision: 'approve' });
  const report = await t.clients.manager.request('POST', `/api/requests/${ids.requestId}/reports`);
  return { ...ids, reportId: report.id as number, reportNumber: report.number as string, sha256: report.sha256 as string };
}
