import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { issuedReport } from './helpers/records-flow.ts';
import { pdfText } from './helpers/pdf.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
});

afterEach(async () => {
  await t.close();
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const flat = (bytes: Buffer) => pdfText(bytes).replace(/\s+/g, ' ');

async function fetchPdf(reportId: number, original = false) {
  const response = await t.clients.auditor.send('GET', `/api/reports/${reportId}/pdf${original ? '?original=1' : ''}`);
  expect(response.status).toBe(200);
  return { bytes: response.body as Buffer, headers: response.headers };
}

describe('frozen reports', () => {
  it('serves the stored bytes and their SHA-256', async () => {
    const issued = await issuedReport(t);
    const stored = await t.db.selectFrom('reports').select(['pdf', 'sha256']).where('id', '=', issued.reportId).executeTakeFirstOrThrow();
    const served = await fetchPdf(issued.reportId);
    expect(served.bytes.equals(Buffer.from(stored.pdf))).toBe(true);
    expect(sha256(served.bytes)).toBe(stored.sha256);
    expect(served.headers['x-jitu-report-sha256']).toBe(stored.sha256);
    expect(issued.sha256).toBe(stored.sha256);
  });

  it('does not change when the data behind it changes', async () => {
    const issued = await issuedReport(t);
    const before = await fetchPdf(issued.reportId);
    await t.db.updateTable('samples').set({ model: 'CHANGED-LATER' }).where('id', '=', issued.sampleId).execute();
    await t.db.updateTable('customers').set({ name: 'PT Lain Sekali' }).execute();
    const after = await fetchPdf(issued.reportId);
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(sha256(after.bytes)).toBe(issued.sha256);
    expect(flat(after.bytes)).not.toContain('CHANGED-LATER');
  });
});

describe('amendment', () => {
  it('keeps both revisions and marks the old one superseded', async () => {
    const issued = await issuedReport(t);
    const original = await fetchPdf(issued.reportId);
    const amended = await t.clients.manager.request('POST', `/api/reports/${issued.reportId}/amend`, {
      reason: 'Model sepatu tertulis salah pada LHU',
      reasonEn: 'The shoe model was named wrongly on the LHU',
    });
    expect(amended.number).toBe(`${issued.reportNumber}-R1`);
    expect(amended.replaces).toBe(issued.reportNumber);

    const old = await fetchPdf(issued.reportId, true);
    expect(old.bytes.equals(original.bytes)).toBe(true);
    expect(old.headers['x-jitu-report-status']).toBe('superseded');
    expect(old.headers['x-jitu-report-copy']).toBe('original');
    const stampedCopy = await fetchPdf(issued.reportId);
    expect(stampedCopy.headers['x-jitu-report-copy']).toBe('stamped-superseded');
    expect(stampedCopy.headers['x-jitu-report-status']).toBe('superseded');
    expect(stampedCopy.headers['x-jitu-report-sha256']).toBe(issued.sha256);
    expect(stampedCopy.bytes.equals(original.bytes)).toBe(false);
    const stamped = flat(stampedCopy.bytes);
    expect(stamped).toContain(`Laporan ini telah digantikan oleh ${amended.number}`);
    expect(stamped).toContain(`This report is superseded by ${amended.number}`);

    const fresh = flat((await fetchPdf(amended.id)).bytes);
    expect(fresh).toContain(amended.number);
    expect(fresh).toContain(issued.reportNumber);
    expect(fresh).toContain('Model sepatu tertulis salah pada LHU');
    expect(fresh).toContain('The shoe model was named wrongly on the LHU');
  });

  it('corrects sample details only through an amendment, in the trail', async () => {
    const issued = await issuedReport(t);
    const amended = await t.clients.manager.request('POST', `/api/reports/${issued.reportId}/amend`, {
      reason: 'Model sepatu tertulis salah',
      sampleCorrections: [{ sampleId: issued.sampleId, field: 'model', value: 'LK-Safety 09' }],
    });
    expect(amended.sampleCorrections).toEqual([
      { sampleId: issued.sampleId, field: 'model', value: 'LK-Safety 09', code: issued.sampleCode, before: 'LK-Safety 07' },
    ]);
    expect(flat((await fetchPdf(amended.id)).bytes)).toContain('LK-Safety 09');
    expect(flat((await fetchPdf(issued.reportId)).bytes)).toContain('LK-Safety 07');
    const events = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'sample.correct').execute();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.before!)).toEqual({ model: 'LK-Safety 07' });
    expect(JSON.parse(events[0]!.after!)).toMatchObject({ model: 'LK-Safety 09', reason: 'Model sepatu tertulis salah', amendment: amended.number });
    const record = await t.db.selectFrom('report_amendments').selectAll().where('report_id', '=', amended.id).executeTakeFirstOrThrow();
    expect(record.replaces_id).toBe(issued.reportId);
  });

  it('refuses a correction of a sample from another request', async () => {
    const issued = await issuedReport(t);
    const response = await t.clients.manager.send('POST', `/api/reports/${issued.reportId}/amend`, {
      reason: 'Model sepatu tertulis salah',
      sampleCorrections: [{ sampleId: 9999, field: 'model', value: 'X' }],
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ field: 'sampleCorrections.0.sampleId' });
    const report = await t.db.selectFrom('reports').select('status').where('id', '=', issued.reportId).executeTakeFirstOrThrow();
    expect(report.status).toBe('current');
  });

  it('refuses to amend a superseded revision', async () => {
    const issued = await issuedReport(t);
    await t.clients.manager.request('POST', `/api/reports/${issued.reportId}/amend`, { reason: 'first correction' });
    const again = await t.clients.manager.send('POST', `/api/reports/${issued.reportId}/amend`, { reason: 'second correction' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'WRONG_STATE' });
  });

  it('lets only the technical manager amend', async () => {
    const issued = await issuedReport(t);
    const response = await t.clients.supervisor.send('POST', `/api/reports/${issued.reportId}/amend`, { reason: 'Model sepatu salah' });
    expect(response.status).toBe(403);
  });
});

describe('second issue', () => {
  it('names the LHU already issued and the amend route', async () => {
    const issued = await issuedReport(t);
    const again = await t.clients.manager.send('POST', `/api/requests/${issued.requestId}/reports`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'REPORT_ALREADY_ISSUED' });
    const text = JSON.stringify(again.body);
    expect(text).toContain(issued.reportNumber);
    expect(text).toContain(`/api/reports/${issued.reportId}/amend`);
    expect(text).not.toContain('must be validated');
  });
});

describe('LHU data the template rejects', () => {
  it('answers 409 naming the field of an unprintable correction', async () => {
    const issued = await issuedReport(t);
    const response = await t.clients.manager.send('POST', `/api/reports/${issued.reportId}/amend`, {
      reason: 'Model sepatu tertulis salah',
      sampleCorrections: [{ sampleId: issued.sampleId, field: 'model', value: '運動鞋 07' }],
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: 'LHU_DATA_INVALID', field: 'samples[0].brandModel' });
    expect(JSON.stringify(response.body)).toContain('U+904B');
    const report = await t.db.selectFrom('reports').select('status').where('id', '=', issued.reportId).executeTakeFirstOrThrow();
    expect(report.status).toBe('current');
  });
});

describe('hand-over', () => {
  it('records revision, recipient, document type, time and staff', async () => {
    const issued = await issuedReport(t);
    const created = await t.clients.receiver.request('POST', `/api/reports/${issued.reportId}/handovers`, { recipientName: 'Rina Marlina', idDocumentType: 'ktp' });
    expect(created.revision).toBe(0);
    const log = await t.clients.auditor.request('GET', `/api/reports/${issued.reportId}/handovers`);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ number: issued.reportNumber, revision: 0, recipientName: 'Rina Marlina', idDocumentType: 'ktp', handedOverBy: 'Siti Rahmawati' });
    expect(Date.parse(log[0].handedOverAt)).not.toBeNaN();
  });

  it('accepts no identity document number', async () => {
    const issued = await issuedReport(t);
    const url = `/api/reports/${issued.reportId}/handovers`;
    const extraField = await t.clients.receiver.send('POST', url, { recipientName: 'Rina Marlina', idDocumentType: 'ktp', idDocumentNumber: '3515084107900002' });
    expect(extraField.status).toBe(400);
    const inName = await t.clients.receiver.send('POST', url, { recipientName: 'Rina 3515084107900002', idDocumentType: 'ktp' });
    expect(inName.status).toBe(400);
    expect(inName.body).toMatchObject({ field: 'body.recipientName' });
    const handovers = await t.db.selectFrom('handovers').selectAll().execute();
    expect(handovers).toHaveLength(0);
    const events = await t.db.selectFrom('audit_events').select(['after']).execute();
    expect(events.some((e) => e.after?.includes('3515084107900002'))).toBe(false);
  });

  it('hands over only the current revision', async () => {
    const issued = await issuedReport(t);
    await t.clients.manager.request('POST', `/api/reports/${issued.reportId}/amend`, { reason: 'first correction' });
    const response = await t.clients.receiver.send('POST', `/api/reports/${issued.reportId}/handovers`, { recipientName: 'Rina Marlina', idDocumentType: 'sim' });
    expect(response.status).toBe(409);
  });
});
