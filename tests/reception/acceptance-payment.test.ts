import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userId } from '../helpers/lab.ts';
import { buildReceptionLab, GOOD_TICKS, requestBody, type ReceptionLab } from './reception-lab.ts';

let t: ReceptionLab;

beforeEach(async () => {
  t = await buildReceptionLab();
});

afterEach(async () => {
  await t.close();
});

async function register(specs = [{}]) {
  return t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId, specs));
}

describe('sample acceptance', () => {
  it('refuses too few pairs for the parameters', async () => {
    const registered = await register([{ quantity: 2, methods: ['outsole-abrasion', 'toecap-impact'] }]);
    const response = await t.clients.receiver.send('POST', `/api/samples/${registered.samples[0].id}/accept`, GOOD_TICKS);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: 'ACCEPTANCE_REFUSED', field: 'checks' });
    expect((response.body as { message: string }).message).toContain('jumlah contoh 2 pasang; parameter yang diminta memerlukan 3 pasang');
    const sample = await t.db.selectFrom('samples').select('status').where('id', '=', registered.samples[0].id).executeTakeFirstOrThrow();
    expect(sample.status).toBe('received');
  });

  it('refuses an unticked labelling check', async () => {
    const registered = await register();
    const response = await t.clients.receiver.send('POST', `/api/samples/${registered.samples[0].id}/accept`, { checks: { undamaged: true } });
    expect(response.status).toBe(409);
    expect((response.body as { message: string }).message).toContain('contoh berlabel dan sesuai formulir: belum diperiksa');
  });

  it('refuses a damaged sample in English too', async () => {
    const registered = await register();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/samples/${registered.samples[0].id}/accept`,
      headers: { authorization: `Bearer ${t.clients.receiver.token}`, 'accept-language': 'en' },
      payload: { checks: { undamaged: false, labelled: true } },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain('sample in good condition, undamaged: no');
  });

  it('asks leather to be sealed', async () => {
    const registered = await register([{ commodity: 'leather', methods: ['leather-ph'] }]);
    const refused = await t.clients.receiver.send('POST', `/api/samples/${registered.samples[0].id}/accept`, GOOD_TICKS);
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toContain('terbungkus rapat');
    const accepted = await t.clients.receiver.request('POST', `/api/samples/${registered.samples[0].id}/accept`, { checks: { undamaged: true, labelled: true, sealed: true } });
    expect(accepted.status).toBe('accepted');
  });

  it('stores the checks of an accepted sample', async () => {
    const registered = await register();
    const accepted = await t.clients.receiver.request('POST', `/api/samples/${registered.samples[0].id}/accept`, GOOD_TICKS);
    expect(accepted.checks.map((c: { criterion: string }) => c.criterion)).toEqual(['enoughPairs', 'undamaged', 'labelled']);
    const request = await t.clients.auditor.request('GET', `/api/requests/${registered.id}`);
    expect(request.samples[0].checks).toHaveLength(3);
    expect(request.samples[0].checks.every((c: { passed: number }) => c.passed === 1)).toBe(true);
  });

  it('records a rejection with its return', async () => {
    const registered = await register();
    const sampleId = registered.samples[0].id;
    const rejected = await t.clients.receiver.request('POST', `/api/samples/${sampleId}/reject`, {
      reason: 'Sol sudah terlepas saat diterima',
      returned: { recipientName: 'Budi Santoso', manner: 'diambil langsung di loket' },
    });
    expect(rejected.status).toBe('rejected');
    const request = await t.clients.receiver.request('GET', `/api/requests/${registered.id}`);
    expect(request.samples[0].rejection_reason).toBe('Sol sudah terlepas saat diterima');
    expect(request.samples[0].disposition).toMatchObject({ kind: 'returned', recipient_name: 'Budi Santoso', performed_at: '2026-12-02T02:00:00.000Z' });
    expect(request.samples[0].parameters[0].status).toBe('cancelled');
  });

  it('returns a rejected sample later', async () => {
    const registered = await register();
    const sampleId = registered.samples[0].id;
    await t.clients.receiver.request('POST', `/api/samples/${sampleId}/reject`, { reason: 'Jumlah pasang kurang' });
    const due = await t.clients.receiver.request('GET', '/api/samples/due-for-disposition');
    expect(due).toEqual([expect.objectContaining({ sampleId, reason: 'rejected' })]);
    const noName = await t.clients.receiver.send('POST', `/api/samples/${sampleId}/return`, { manner: 'kurir JNE' });
    expect(noName.status).toBe(400);
    expect(noName.body).toMatchObject({ field: 'recipientName' });
    const returned = await t.clients.receiver.send('POST', `/api/samples/${sampleId}/return`, { manner: 'kurir JNE', recipientName: 'CV Langkah Kuat' });
    expect(returned.status).toBe(201);
    expect(await t.clients.receiver.request('GET', '/api/samples/due-for-disposition')).toEqual([]);
    const twice = await t.clients.receiver.send('POST', `/api/samples/${sampleId}/return`, { manner: 'kurir JNE', recipientName: 'CV Langkah Kuat' });
    expect(twice.status).toBe(409);
  });
});

describe('quotation and payment', () => {
  it('stores the fee of each parameter', async () => {
    const registered = await register([{ methods: ['outsole-abrasion', 'upper-outsole-bond'] }, { methods: ['outsole-abrasion'] }]);
    expect(registered.quotation.total).toBe(175000 * 2 + 200000);
    expect(registered.quotation.totalText).toBe('Rp 550.000');
    const fees = await t.db.selectFrom('requested_parameters').select('fee').orderBy('id').execute();
    expect(fees.map((row) => row.fee)).toEqual([175000, 200000, 175000]);
  });

  it('quotes from the stored fees with the due date', async () => {
    const registered = await register([{ methods: ['outsole-abrasion', 'upper-outsole-bond'] }]);
    const quotation = await t.clients.receiver.request('GET', `/api/requests/${registered.id}/quotation`);
    expect(quotation.total).toBe(375000);
    expect(quotation.totalText).toBe('Rp 375.000');
    expect(quotation.dueDate).toBe(registered.due.dueDate);
    expect(quotation.lines.map((l: { methodId: string; subtotal: number }) => [l.methodId, l.subtotal])).toEqual([['outsole-abrasion', 175000], ['upper-outsole-bond', 200000]]);
  });

  it('leaves a rejected sample out of the quotation', async () => {
    const registered = await register([{}, { methods: ['upper-outsole-bond'] }]);
    await t.clients.receiver.request('POST', `/api/samples/${registered.samples[1].id}/reject`, { reason: 'Label tidak terbaca' });
    const quotation = await t.clients.receiver.request('GET', `/api/requests/${registered.id}/quotation`);
    expect(quotation.total).toBe(175000);
  });

  it('names a method without a tariff', async () => {
    const registered = await register([{ methods: ['outsole-abrasion', 'ross-flex'] }]);
    expect(registered.quotation.missingTariffs).toEqual(['ross-flex']);
    expect(registered.warnings.map((w: { code: string }) => w.code)).toContain('NO_TARIFF');
  });

  it('rejects an underpayment', async () => {
    const registered = await register();
    await t.clients.receiver.request('POST', `/api/samples/${registered.samples[0].id}/accept`, GOOD_TICKS);
    const response = await t.clients.receiver.send('POST', `/api/requests/${registered.id}/payments`, { kind: 'paid', amount: 150000, billingReference: 'SIMPONI-1' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: 'PAYMENT_SHORT', field: 'amount' });
    expect((response.body as { message: string }).message).toBe('Pembayaran Rp 150.000 kurang dari total penawaran Rp 175.000 (sudah dibayar Rp 0); kurang Rp 25.000.');
    expect(await t.db.selectFrom('payments').select('id').execute()).toEqual([]);
  });

  it('keeps testing closed until payment', async () => {
    const registered = await register();
    const parameterId = registered.samples[0].parameterIds[0];
    await t.clients.receiver.request('POST', `/api/samples/${registered.samples[0].id}/accept`, GOOD_TICKS);
    const before = await t.db.selectFrom('requested_parameters').select('status').where('id', '=', parameterId).executeTakeFirstOrThrow();
    expect(before.status).toBe('awaiting_payment');
    const assign = await t.clients.supervisor.send('POST', `/api/parameters/${parameterId}/assign`, { analystId: userId(t.lab, 'analis') });
    const run = await t.clients.analyst.send('POST', '/api/runs', { parameterId, instrumentId: t.lab.balanceId });
    expect(run.status).toBe(409);
    expect(JSON.stringify(run.body)).toMatch(/pembayaran belum dicatat/);
    expect(assign.status).toBeLessThan(500);
    const paid = await t.clients.receiver.request('POST', `/api/requests/${registered.id}/payments`, { kind: 'paid', amount: 175000, billingReference: 'SIMPONI-2' });
    expect(paid.released).toBe(1);
    const after = await t.db.selectFrom('requested_parameters').select('status').where('id', '=', parameterId).executeTakeFirstOrThrow();
    expect(['ready', 'assigned']).toContain(after.status);
  });

  it('lets only an authorised role waive the fee', async () => {
    const registered = await register();
    await t.clients.receiver.request('POST', `/api/samples/${registered.samples[0].id}/accept`, GOOD_TICKS);
    const byReceiver = await t.clients.receiver.send('POST', `/api/requests/${registered.id}/payments`, { kind: 'waived', reason: 'program IKM binaan' });
    expect(byReceiver.status).toBe(403);
    const byManager = await t.clients.manager.send('POST', `/api/requests/${registered.id}/payments`, { kind: 'waived', reason: 'program IKM binaan' });
    expect(byManager.status).toBe(201);
    const payment = await t.db.selectFrom('payments').selectAll().executeTakeFirstOrThrow();
    expect(payment).toMatchObject({ kind: 'waived', reason: 'program IKM binaan', amount: 0 });
  });
});

describe('contract review', () => {
  it('warns at registration and on request', async () => {
    const registered = await register([{ methods: ['outsole-abrasion', 'slip-resistance'] }]);
    const codes = (warnings: { code: string; methodId: string }[]) => warnings.map((w) => `${w.methodId}:${w.code}`);
    expect(codes(registered.warnings)).toContain('slip-resistance:NO_INSTRUMENT');
    expect(codes(registered.warnings)).not.toContain('outsole-abrasion:NO_INSTRUMENT');
    const review = await t.clients.supervisor.request('GET', `/api/requests/${registered.id}/contract-review`);
    expect(codes(review.warnings)).toEqual(codes(registered.warnings));
    const abrasion = review.parameters.find((p: { methodId: string }) => p.methodId === 'outsole-abrasion');
    expect(abrasion.instruments.map((i: { id: number }) => i.id)).toEqual([t.lab.balanceId]);
    expect(abrasion.analysts.length).toBeGreaterThan(0);
  });

  it('warns when the instrument is out of service', async () => {
    await t.db.updateTable('instruments').set({ status: 'out_of_service' }).where('id', '=', t.lab.balanceId).execute();
    const registered = await register();
    expect(registered.warnings.map((w: { code: string }) => w.code)).toContain('NO_INSTRUMENT');
  });

  it('warns when no analyst is active', async () => {
    await t.db.updateTable('users').set({ active: 0 }).where('username', 'in', ['analis', 'analis2']).execute();
    const registered = await register();
    const warning = registered.warnings.find((w: { code: string }) => w.code === 'NO_ANALYST');
    expect(warning.id).toContain('tidak ada analis yang berwenang');
  });

  it('reports accreditation per method', async () => {
    const registered = await register([{ methods: ['outsole-abrasion', 'martindale-abrasion'] }]);
    const review = await t.clients.receiver.request('GET', `/api/requests/${registered.id}/contract-review`);
    for (const parameter of review.parameters) {
      const flagged = parameter.warnings.some((w: { code: string }) => w.code === 'NOT_ACCREDITED');
      expect(flagged).toBe(!parameter.accredited);
    }
  });
});
