import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { issuedReport } from '../records/helpers/records-flow.ts';
import { buildReceptionLab, GOOD_TICKS, requestBody, type ReceptionLab } from './reception-lab.ts';

type ErrorBody = { error: string; field?: string; message: string };

describe('payment rules', () => {
  let t: ReceptionLab;

  beforeEach(async () => {
    t = await buildReceptionLab();
  });

  afterEach(async () => {
    await t.close();
  });

  async function registered(specs = [{}]) {
    return t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId, specs));
  }

  async function accepted(specs = [{}]) {
    const request = await registered(specs);
    await t.clients.receiver.request('POST', `/api/samples/${request.samples[0].id}/accept`, GOOD_TICKS);
    return request;
  }

  const pay = (requestId: number, amount = 175000, billingReference = 'SIMPONI-100') =>
    t.clients.receiver.send('POST', `/api/requests/${requestId}/payments`, { kind: 'paid', amount, billingReference });
  const waive = (requestId: number) =>
    t.clients.manager.send('POST', `/api/requests/${requestId}/payments`, { kind: 'waived', reason: 'program IKM binaan' });

  async function paymentCount(): Promise<number> {
    return (await t.db.selectFrom('payments').select('id').execute()).length;
  }

  it('rejects a payment before acceptance', async () => {
    const request = await registered();
    const response = await pay(request.id);
    expect(response.status).toBe(409);
    expect((response.body as ErrorBody).error).toBe('PAYMENT_REFUSED');
    expect((response.body as ErrorBody).message).toContain('belum ada contoh yang diterima');
    expect(await paymentCount()).toBe(0);
  });

  it('rejects a second payment', async () => {
    const request = await accepted();
    expect((await pay(request.id)).status).toBe(201);
    const again = await pay(request.id, 175000, 'SIMPONI-101');
    expect(again.status).toBe(409);
    expect((again.body as ErrorBody).message).toContain('biaya sudah dibayar (kode billing SIMPONI-100)');
    expect(await paymentCount()).toBe(1);
  });

  it('rejects a billing reference used before', async () => {
    const first = await accepted();
    const second = await accepted();
    expect((await pay(first.id)).status).toBe(201);
    const response = await pay(second.id);
    expect(response.status).toBe(409);
    expect((response.body as ErrorBody).field).toBe('billingReference');
    expect((response.body as ErrorBody).message).toContain(`permohonan ${first.number}`);
  });

  it('rejects a waiver after payment', async () => {
    const request = await accepted();
    await pay(request.id);
    const response = await waive(request.id);
    expect(response.status).toBe(409);
    expect((response.body as ErrorBody).error).toBe('PAYMENT_REFUSED');
    expect(await paymentCount()).toBe(1);
  });

  it('rejects a payment after a waiver', async () => {
    const request = await accepted();
    expect((await waive(request.id)).status).toBe(201);
    const response = await pay(request.id);
    expect(response.status).toBe(409);
    expect((response.body as ErrorBody).message).toContain('biaya sudah dibebaskan');
  });

  it('allows a waiver before acceptance', async () => {
    const request = await registered();
    expect((await waive(request.id)).status).toBe(201);
    const sample = await t.clients.receiver.request('POST', `/api/samples/${request.samples[0].id}/accept`, GOOD_TICKS);
    expect(sample.status).toBe('accepted');
    const parameter = await t.db.selectFrom('requested_parameters').select('status').where('id', '=', request.samples[0].parameterIds[0]).executeTakeFirstOrThrow();
    expect(parameter.status).toBe('ready');
  });

  it('rejects a zero amount', async () => {
    const request = await accepted();
    const response = await pay(request.id, 0);
    expect(response.status).toBe(400);
    expect((response.body as ErrorBody).field).toBe('body.amount');
    expect((response.body as ErrorBody).message).toContain('waiver');
    expect(await paymentCount()).toBe(0);
  });

  it('rejects a payment while a fee is unknown', async () => {
    const request = await accepted([{ methods: ['ross-flex'] }]);
    const response = await pay(request.id, 1000);
    expect(response.status).toBe(409);
    expect((response.body as ErrorBody).message).toContain('ross-flex');
    const parameter = await t.db.selectFrom('requested_parameters').select('status').where('id', '=', request.samples[0].parameterIds[0]).executeTakeFirstOrThrow();
    expect(parameter.status).toBe('awaiting_payment');
  });
});

describe('payment after issue', () => {
  let t: TestLab;

  beforeEach(async () => {
    t = await buildTestLab();
  });

  afterEach(async () => {
    await t.close();
  });

  it('rejects a waiver once the LHU is issued', async () => {
    const issued = await issuedReport(t);
    const response = await t.clients.manager.send('POST', `/api/requests/${issued.requestId}/payments`, { kind: 'waived', reason: 'program IKM binaan' });
    expect(response.status).toBe(409);
    expect((response.body as ErrorBody).message).toContain(`LHU ${issued.reportNumber} sudah terbit`);
  });
});
