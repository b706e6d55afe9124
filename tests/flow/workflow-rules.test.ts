import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/demo/api-client.ts';
import { buildTestLab, userId, type TestLab } from '../helpers/lab.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
});

afterEach(async () => {
  await t.close();
});

const WEIGHINGS = [['2.5012', '2.3853'], ['2.4987', '2.3819'], ['2.5034', '2.3861']] as const;

async function register() {
  const { receiver } = t.clients;
  const request = await receiver.request('POST', '/api/requests', {
    customer: { id: t.lab.customerId },
    samples: [{ description: 'Sepatu pengaman', commodity: 'safety-footwear', quantity: 3, parameters: [{ methodId: 'outsole-abrasion', specificationId: 'sni-8877-2023' }] }],
  });
  return { requestId: request.id as number, sampleId: request.samples[0].id as number, parameterId: request.samples[0].parameterIds[0] as number };
}

async function conditionAndStart(ids: { sampleId: number; parameterId: number }) {
  const { analyst } = t.clients;
  const startedAt = new Date(Date.now() - 25 * 3600_000).toISOString();
  const record = await analyst.request('POST', `/api/samples/${ids.sampleId}/conditioning`, { location: 'Ruang kondisi 1', startedAt });
  await analyst.request('POST', `/api/conditioning/${record.id}/finish`, { temperatureC: '23.0', humidityPct: '50.0' });
  return analyst.request('POST', '/api/runs', { parameterId: ids.parameterId, instrumentId: t.lab.balanceId });
}

/** Registers, accepts, pays, assigns and runs a test with manual weighings up to `tested`. */
async function testedParameter() {
  const ids = await register();
  const { receiver, supervisor, analyst } = t.clients;
  await receiver.request('POST', `/api/samples/${ids.sampleId}/accept`, { checks: { undamaged: true, labelled: true } });
  await receiver.request('POST', `/api/requests/${ids.requestId}/payments`, { kind: 'paid', amount: 350000, billingReference: 'SIMPONI-1' });
  await supervisor.request('POST', `/api/parameters/${ids.parameterId}/assign`, { analystId: userId(t.lab, 'analis') });
  const run = await conditionAndStart(ids);
  for (const [index, [before, after]] of WEIGHINGS.entries()) {
    const reason = 'balance interface out of order, read from the display';
    await analyst.request('POST', `/api/runs/${run.id}/readings`, { specimen: index + 1, field: 'massBefore', value: before, reason });
    await analyst.request('POST', `/api/runs/${run.id}/readings`, { specimen: index + 1, field: 'massAfter', value: after, reason });
  }
  await analyst.request('POST', `/api/runs/${run.id}/finish`, { values: { density: '1.18', referenceLoss: '204' } });
  return { ...ids, runId: run.id as number };
}

describe('wrong order', () => {
  it('refuses a run before payment, naming the gate', async () => {
    const ids = await register();
    await t.clients.receiver.request('POST', `/api/samples/${ids.sampleId}/accept`, { checks: { undamaged: true, labelled: true } });
    await t.clients.supervisor.request('POST', `/api/parameters/${ids.parameterId}/assign`, { analystId: userId(t.lab, 'analis') });
    const record = await t.clients.analyst.request('POST', `/api/samples/${ids.sampleId}/conditioning`, { location: 'R1', startedAt: new Date(Date.now() - 90_000_000).toISOString() });
    expect(record.id).toBeGreaterThan(0);
    const response = await t.clients.analyst.send('POST', '/api/runs?lang=en', { parameterId: ids.parameterId, instrumentId: t.lab.balanceId });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: 'GATE_CLOSED' });
    expect(JSON.stringify(response.body)).toContain('payment');
  });

  it('refuses a run before conditioning time is met', async () => {
    const ids = await register();
    await t.clients.receiver.request('POST', `/api/samples/${ids.sampleId}/accept`, { checks: { undamaged: true, labelled: true } });
    await t.clients.receiver.request('POST', `/api/requests/${ids.requestId}/payments`, { kind: 'paid', amount: 175000, billingReference: 'SIMPONI-2' });
    await t.clients.supervisor.request('POST', `/api/parameters/${ids.parameterId}/assign`, { analystId: userId(t.lab, 'analis') });
    await t.clients.analyst.request('POST', `/api/samples/${ids.sampleId}/conditioning`, { location: 'R1' });
    const response = await t.clients.analyst.send('POST', '/api/runs?lang=en', { parameterId: ids.parameterId, instrumentId: t.lab.balanceId });
    expect(response.status).toBe(409);
    expect((response.body as { message: string }).message).toMatch(/conditioned 0\.0 h of the 24 h/);
  });

  it('refuses acceptance of a sample twice', async () => {
    const ids = await register();
    await t.clients.receiver.request('POST', `/api/samples/${ids.sampleId}/accept`, { checks: { undamaged: true, labelled: true } });
    const again = await t.clients.receiver.send('POST', `/api/samples/${ids.sampleId}/reject`, { reason: 'too late' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'WRONG_STATE' });
  });

  it('refuses verification before the test is finished', async () => {
    const ids = await register();
    const response = await t.clients.supervisor.send('POST', `/api/parameters/${ids.parameterId}/verify`, { decision: 'approve' });
    expect(response.status).toBe(409);
    expect((response.body as { message: string }).message).toContain('awaiting_acceptance');
  });

  it('refuses the LHU before validation', async () => {
    const ids = await testedParameter();
    const response = await t.clients.manager.send('POST', `/api/requests/${ids.requestId}/reports`);
    expect(response.status).toBe(409);
    expect((response.body as { message: string }).message).toContain('tested');
  });

  it('refuses an unstable or unknown reading', async () => {
    const ids = await register();
    const unknown = await t.clients.analyst.send('POST', '/api/runs/999/readings', { specimen: 1, field: 'massBefore', measurementId: 1 });
    expect(unknown.status).toBe(404);
    expect(ids.parameterId).toBeGreaterThan(0);
  });
});

describe('wrong role', () => {
  it('answers 401 without a login', async () => {
    const anonymous = new ApiClient(t.app);
    const response = await anonymous.send('GET', '/api/worklist');
    expect(response.status).toBe(401);
  });

  it('answers 403 when an analyst registers a request', async () => {
    const response = await t.clients.analyst.send('POST', '/api/requests', { customer: { id: 1 }, samples: [] });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: 'ROLE_FORBIDDEN' });
  });

  it('answers 403 when a receiver verifies or a supervisor validates', async () => {
    const ids = await testedParameter();
    const byReceiver = await t.clients.receiver.send('POST', `/api/parameters/${ids.parameterId}/verify`, { decision: 'approve' });
    expect(byReceiver.status).toBe(403);
    await t.clients.supervisor.request('POST', `/api/parameters/${ids.parameterId}/verify`, { decision: 'approve' });
    const bySupervisor = await t.clients.supervisor.send('POST', `/api/parameters/${ids.parameterId}/validate`, { decision: 'approve' });
    expect(bySupervisor.status).toBe(403);
  });

  it('lets only admins and technical managers waive a fee', async () => {
    const ids = await register();
    const byReceiver = await t.clients.receiver.send('POST', `/api/requests/${ids.requestId}/payments`, { kind: 'waived', reason: 'government programme' });
    expect(byReceiver.status).toBe(403);
    const byManager = await t.clients.manager.send('POST', `/api/requests/${ids.requestId}/payments`, { kind: 'waived', reason: 'government programme' });
    expect(byManager.status).toBe(201);
  });
});

describe('review', () => {
  it('sends work back with a reason and keeps the replaced reading', async () => {
    const ids = await testedParameter();
    const { supervisor, analyst } = t.clients;
    const noReason = await supervisor.send('POST', `/api/parameters/${ids.parameterId}/verify`, { decision: 'return' });
    expect(noReason.status).toBe(400);
    await supervisor.request('POST', `/api/parameters/${ids.parameterId}/verify`, { decision: 'return', reason: 'specimen 2 weighed before cleaning' });
    const unexplained = await analyst.send('POST', `/api/runs/${ids.runId}/readings`, { specimen: 2, field: 'massAfter', value: '2.3820', reason: 'x' });
    expect(unexplained.status).toBe(400);
    await analyst.request('POST', `/api/runs/${ids.runId}/readings`, { specimen: 2, field: 'massAfter', value: '2.3820', reason: 'reweighed after brushing off debris' });
    const finished = await analyst.request('POST', `/api/runs/${ids.runId}/finish`, { values: { density: '1.18', referenceLoss: '204' } });
    expect(finished.value).toBe('97');
    const readings = await t.db.selectFrom('run_readings').selectAll().where('run_id', '=', ids.runId).where('specimen', '=', 2).where('field', '=', 'massAfter').orderBy('id').execute();
    expect(readings).toHaveLength(2);
    expect(readings[0]!.replaced_by).toBe(readings[1]!.id);
  });

  it('keeps the verifier from validating unless the laboratory allows it', async () => {
    const ids = await testedParameter();
    await t.db.insertInto('user_roles').values({ user_id: userId(t.lab, 'penyelia'), role: 'technical_manager' }).execute();
    await t.clients.supervisor.request('POST', `/api/parameters/${ids.parameterId}/verify`, { decision: 'approve' });
    const response = await t.clients.supervisor.send('POST', `/api/parameters/${ids.parameterId}/validate`, { decision: 'approve' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: 'SEPARATION_OF_DUTIES' });
  });

  it('keeps an analyst from verifying their own test', async () => {
    const ids = await testedParameter();
    await t.db.insertInto('user_roles').values({ user_id: userId(t.lab, 'analis'), role: 'supervisor' }).execute();
    const response = await t.clients.analyst.send('POST', `/api/parameters/${ids.parameterId}/verify?lang=en`, { decision: 'approve' });
    expect(response.status).toBe(403);
    expect((response.body as { message: string }).message).toMatch(/verify your own/);
  });
});

describe('input validation', () => {
  it('names the field of a bad request body', async () => {
    const response = await t.clients.receiver.send('POST', '/api/requests', {
      customer: { id: t.lab.customerId },
      samples: [{ description: 'Sepatu', commodity: 'spaceship', quantity: 1, parameters: [{ methodId: 'outsole-abrasion' }] }],
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'INVALID_INPUT' });
    expect((response.body as { field: string }).field).toBe('body.samples.0.commodity');
  });

  it('names an unknown method', async () => {
    const response = await t.clients.receiver.send('POST', '/api/requests', {
      customer: { id: t.lab.customerId },
      samples: [{ description: 'Sepatu', commodity: 'safety-footwear', quantity: 1, parameters: [{ methodId: 'no-such-method' }] }],
    });
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('samples.0.parameters.0.methodId');
  });

  it('answers in English when asked', async () => {
    const response = await new ApiClient(t.app).send('POST', '/api/auth/login?lang=en', { username: 'nobody', password: 'wrong-password' });
    expect(response.status).toBe(401);
    expect((response.body as { message: string }).message).toBe('Wrong username or password.');
  });
});

describe('error bodies', () => {
  it('names the field inside a union body', async () => {
    const ids = await testedParameter();
    const response = await t.clients.supervisor.send('POST', `/api/parameters/${ids.parameterId}/verify`, { decision: 'maybe' });
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('body.decision');
  });

  it('names the missing reason of a manual reading', async () => {
    const response = await t.clients.analyst.send('POST', '/api/runs/1/readings', { specimen: 1, field: 'massBefore', value: '2.5' });
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('body.reason');
  });

  it('answers malformed JSON with a 400 on the body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: { authorization: `Bearer ${t.clients.receiver.token}`, 'content-type': 'application/json' },
      payload: '{"customer": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'INVALID_INPUT', field: 'body' });
  });
});

describe('run inputs', () => {
  it('rejects a value the method does not take', async () => {
    const ids = await register();
    await t.clients.receiver.request('POST', `/api/samples/${ids.sampleId}/accept`, { checks: { undamaged: true, labelled: true } });
    await t.clients.receiver.request('POST', `/api/requests/${ids.requestId}/payments`, { kind: 'paid', amount: 350000, billingReference: 'SIMPONI-3' });
    await t.clients.supervisor.request('POST', `/api/parameters/${ids.parameterId}/assign`, { analystId: userId(t.lab, 'analis') });
    const run = await conditionAndStart(ids);
    const response = await t.clients.analyst.send('POST', `/api/runs/${run.id}/finish`, { values: { density: '1.18', referenceLoss: '204', bogus: '5' } });
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('values.bogus');
  });
});

describe('conditioning records', () => {
  async function acceptedSample() {
    const ids = await register();
    await t.clients.receiver.request('POST', `/api/samples/${ids.sampleId}/accept`, { checks: { undamaged: true, labelled: true } });
    return ids;
  }

  it('rejects a start before the sample was received', async () => {
    const ids = await acceptedSample();
    const response = await t.clients.analyst.send('POST', `/api/samples/${ids.sampleId}/conditioning`, { location: 'R1', startedAt: '1900-01-01T00:00:00Z' });
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('startedAt');
  });

  it('rejects a second record while one runs', async () => {
    const ids = await acceptedSample();
    await t.clients.analyst.request('POST', `/api/samples/${ids.sampleId}/conditioning`, { location: 'R1' });
    const second = await t.clients.analyst.send('POST', `/api/samples/${ids.sampleId}/conditioning`, { location: 'R1' });
    expect(second.status).toBe(409);
    expect((second.body as { message: string }).message).toMatch(/masih berjalan/);
    const english = await t.clients.analyst.send('POST', `/api/samples/${ids.sampleId}/conditioning?lang=en`, { location: 'R1' });
    expect((english.body as { message: string }).message).toMatch(/still running/);
  });

  it('rejects a humidity above 100 %', async () => {
    const ids = await acceptedSample();
    const record = await t.clients.analyst.request('POST', `/api/samples/${ids.sampleId}/conditioning`, { location: 'R1' });
    const response = await t.clients.analyst.send('POST', `/api/conditioning/${record.id}/finish`, { temperatureC: '23.0', humidityPct: '200' });
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('humidityPct');
  });
});

describe('manual readings', () => {
  it('rejects a negative mass', async () => {
    const ids = await register();
    await t.clients.receiver.request('POST', `/api/samples/${ids.sampleId}/accept`, { checks: { undamaged: true, labelled: true } });
    await t.clients.manager.request('POST', `/api/requests/${ids.requestId}/payments`, { kind: 'waived', reason: 'government programme' });
    await t.clients.supervisor.request('POST', `/api/parameters/${ids.parameterId}/assign`, { analystId: userId(t.lab, 'analis') });
    const run = await conditionAndStart(ids);
    const response = await t.clients.analyst.send('POST', `/api/runs/${run.id}/readings`, { specimen: 1, field: 'massBefore', value: '-2.5', reason: 'balance interface down' });
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('value');
    expect((response.body as { message: string }).message).toBe('Isian value tidak valid: harus lebih besar dari nol; nilai yang dimasukkan -2.5');
  });
});

describe('acceptance checks', () => {
  it('rejects a check the commodity does not have', async () => {
    const ids = await register();
    const response = await t.clients.receiver.send('POST', `/api/samples/${ids.sampleId}/accept`, { checks: { undamaged: true, labelled: true, bogus: false } });
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('checks.bogus');
  });
});
