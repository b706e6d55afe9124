import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { issuedReport } from './helpers/records-flow.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
});

afterEach(async () => {
  await t.close();
});

const complaint = (reportId?: number) => ({
  channel: 'letter',
  complainant: 'CV Langkah Kuat',
  contact: 'qc@langkahkuat.example',
  subject: 'Model sepatu salah pada LHU',
  description: 'LHU menyebut model LK-Safety 07, seharusnya LK-Safety 09.',
  ...(reportId === undefined ? {} : { reportId }),
});

describe('complaints', () => {
  it('moves from received to answered', async () => {
    const created = await t.clients.receiver.request('POST', '/api/complaints', complaint());
    expect(created).toMatchObject({ status: 'received', channel: 'letter', report_id: null });
    expect(created.number).toMatch(/^ADU-\d{4}-00001$/);
    const { manager } = t.clients;
    const early = await manager.send('POST', `/api/complaints/${created.id}/answer`, { answer: 'Terima kasih.' });
    expect(early.status).toBe(409);
    await manager.request('POST', `/api/complaints/${created.id}/acknowledge`);
    const unjudged = await manager.send('POST', `/api/complaints/${created.id}/answer`, { answer: 'Terima kasih.' });
    expect(unjudged.status).toBe(409);
    await manager.request('POST', `/api/complaints/${created.id}/judge`, { valid: false, judgement: 'Model sesuai formulir penerimaan' });
    const answered = await manager.request('POST', `/api/complaints/${created.id}/answer`, { answer: 'Model tercatat sesuai formulir yang Anda tanda tangani.' });
    expect(answered).toMatchObject({ status: 'answered', valid: 0 });
    const actions = await t.db.selectFrom('audit_events').select('action').where('entity_type', '=', 'complaint').orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['complaint.receive', 'complaint.acknowledge', 'complaint.judge', 'complaint.answer']);
  });

  it('accepts every channel and rejects an unknown one', async () => {
    for (const channel of ['box', 'letter', 'walk-in', 'fax', 'phone', 'email', 'website']) {
      const response = await t.clients.receiver.send('POST', '/api/complaints', { ...complaint(), channel });
      expect(response.status).toBe(201);
    }
    const pigeon = await t.clients.receiver.send('POST', '/api/complaints', { ...complaint(), channel: 'pigeon' });
    expect(pigeon.status).toBe(400);
    expect(pigeon.body).toMatchObject({ field: 'body.channel' });
  });

  it('names an unknown report', async () => {
    const response = await t.clients.receiver.send('POST', '/api/complaints', complaint(999));
    expect(response.status).toBe(404);
  });

  it('leads to an amendment that names it', async () => {
    const issued = await issuedReport(t);
    const { manager } = t.clients;
    const created = await t.clients.receiver.request('POST', '/api/complaints', complaint(issued.reportId));
    const amend = (body: object) => manager.send('POST', `/api/reports/${issued.reportId}/amend`, body);
    const unjudged = await amend({ reason: 'Model sepatu salah', complaintId: created.id });
    expect(unjudged.status).toBe(400);
    expect(unjudged.body).toMatchObject({ field: 'complaintId' });
    await manager.request('POST', `/api/complaints/${created.id}/judge`, { valid: true, judgement: 'Salah ketik saat penerimaan' });
    const amended = await amend({
      reason: 'Model sepatu salah',
      complaintId: created.id,
      sampleCorrections: [{ sampleId: issued.sampleId, field: 'model', value: 'LK-Safety 09' }],
    });
    expect(amended.status).toBe(201);
    expect(amended.body).toMatchObject({ complaintId: created.id });
    const record = await t.db.selectFrom('report_amendments').selectAll().executeTakeFirstOrThrow();
    expect(record.complaint_id).toBe(created.id);
    const listed = await t.clients.auditor.request('GET', `/api/complaints?reportId=${issued.reportId}`);
    expect(listed.map((c: { id: number }) => c.id)).toEqual([created.id]);
    const trace = await t.clients.auditor.request('GET', `/api/samples/${issued.sampleCode}/trace`);
    expect(trace.complaints[0].number).toBe(created.number);
    expect(trace.reports[1].amendment.complaint_id).toBe(created.id);
  });

  it('refuses a complaint about another report as the cause', async () => {
    const issued = await issuedReport(t);
    const { manager } = t.clients;
    const unlinked = await t.clients.receiver.request('POST', '/api/complaints', complaint());
    await manager.request('POST', `/api/complaints/${unlinked.id}/judge`, { valid: true, judgement: 'valid' });
    const response = await manager.send('POST', `/api/reports/${issued.reportId}/amend`, { reason: 'Model sepatu salah', complaintId: unlinked.id });
    expect(response.status).toBe(400);
    expect((response.body as { message: string }).message).toContain('link it first');
    await manager.request('POST', `/api/complaints/${unlinked.id}/link`, { reportId: issued.reportId });
    const linked = await manager.send('POST', `/api/reports/${issued.reportId}/amend`, { reason: 'Model sepatu salah', complaintId: unlinked.id });
    expect(linked.status).toBe(201);
  });

  it('lets only managers and admins judge', async () => {
    const created = await t.clients.receiver.request('POST', '/api/complaints', complaint());
    const response = await t.clients.receiver.send('POST', `/api/complaints/${created.id}/judge`, { valid: true, judgement: 'valid' });
    expect(response.status).toBe(403);
  });
});

describe('nonconforming work', () => {
  it('links to the parameter, result and report and records the action', async () => {
    const issued = await issuedReport(t);
    const result = await t.db.selectFrom('results').select('id').where('parameter_id', '=', issued.parameterId).executeTakeFirstOrThrow();
    const opened = await t.clients.supervisor.request('POST', '/api/nonconformities', {
      description: 'Spesimen 2 ditimbang sebelum dibersihkan',
      parameterId: issued.parameterId,
      resultId: result.id,
      reportId: issued.reportId,
    });
    expect(opened).toMatchObject({ status: 'open', parameter_id: issued.parameterId, result_id: result.id, report_id: issued.reportId });
    const acted = await t.clients.manager.request('POST', `/api/nonconformities/${opened.id}/action`, { actionTaken: 'Analis dilatih ulang; LHU direvisi', close: true });
    expect(acted).toMatchObject({ status: 'closed', action_taken: 'Analis dilatih ulang; LHU direvisi' });
    const again = await t.clients.manager.send('POST', `/api/nonconformities/${opened.id}/action`, { actionTaken: 'lagi' });
    expect(again.status).toBe(409);
    const trace = await t.clients.auditor.request('GET', `/api/samples/${issued.sampleCode}/trace`);
    expect(trace.nonconformities.map((n: { id: number }) => n.id)).toEqual([opened.id]);
  });

  it('needs a link and names a missing one', async () => {
    const bare = await t.clients.supervisor.send('POST', '/api/nonconformities', { description: 'tanpa tautan' });
    expect(bare.status).toBe(400);
    const missing = await t.clients.supervisor.send('POST', '/api/nonconformities', { description: 'tautan salah', reportId: 404 });
    expect(missing.status).toBe(404);
  });

  it('is read by auditors but not opened by them', async () => {
    const response = await t.clients.auditor.send('POST', '/api/nonconformities', { description: 'x y z', parameterId: 1 });
    expect(response.status).toBe(403);
    const list = await t.clients.auditor.send('GET', '/api/nonconformities');
    expect(list.status).toBe(200);
  });
});
