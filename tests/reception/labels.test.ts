import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodePng, pdfPages, pdfToPngs } from '../templates/pdf-tools.ts';
import { buildReceptionLab, GOOD_TICKS, requestBody, type ReceptionLab } from './reception-lab.ts';

const GOLDEN = new URL('./golden/request-labels-50x25.zpl', import.meta.url);

let t: ReceptionLab;

beforeEach(async () => {
  t = await buildReceptionLab();
});

afterEach(async () => {
  await t.close();
});

async function registerShoe() {
  const body = requestBody(t.lab.customerId, [{ description: 'Sepatu pengaman kulit hitam, sol PU, ukuran 42', methods: ['outsole-abrasion', 'toecap-impact'] }]);
  const registered = await t.clients.receiver.request('POST', '/api/requests', body);
  await t.clients.receiver.request('POST', `/api/samples/${registered.samples[0].id}/accept`, GOOD_TICKS);
  return registered;
}

const EXPECTED_CODES = ['JU-2026-SP-00001', ...[1, 2, 3, 4, 5].map((n) => `JU-2026-SP-00001-S${n}`)];

describe('labels', () => {
  it('decodes the PDF barcodes back to the codes', async () => {
    const registered = await registerShoe();
    const response = await t.clients.receiver.send('GET', `/api/requests/${registered.id}/labels.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.body as Buffer;
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(EXPECTED_CODES.length);
    expect(pages[0]).toContain('Diterima / Received: 2026-12-02');
    expect(pages[1]).toContain('Ketahanan abrasi sol luar');
    const files = await pdfToPngs(pdf, 300);
    for (const [i, file] of files.entries()) {
      const found = await decodePng(file);
      const byFormat = (format: string) => found.filter((r) => r.format === format).map((r) => r.text);
      expect(byFormat('Code128')).toEqual([EXPECTED_CODES[i]]);
      expect(byFormat('QRCode')).toEqual([EXPECTED_CODES[i]]);
    }
  });

  it('matches the reviewed ZPL golden file', async () => {
    const registered = await registerShoe();
    const response = await t.clients.receiver.send('GET', `/api/requests/${registered.id}/labels.zpl`);
    expect(response.status).toBe(200);
    const zpl = Buffer.from(response.body as Buffer).toString('utf8');
    // Regenerate with UPDATE_GOLDEN=1, then review the diff before committing it.
    if (process.env.UPDATE_GOLDEN === '1') await writeFile(GOLDEN, zpl);
    expect(zpl).toBe(await readFile(GOLDEN, 'utf8'));
  });

  it('prints one sample on custom stock', async () => {
    const registered = await registerShoe();
    const response = await t.clients.receiver.send('GET', `/api/samples/${registered.samples[0].id}/labels.zpl?widthMm=60&heightMm=30&dotsPerMm=12`);
    expect(response.status).toBe(200);
    const zpl = Buffer.from(response.body as Buffer).toString('utf8');
    expect(zpl).toContain('^PW720');
    expect(zpl).toContain('^LL360');
    const print = await t.db.selectFrom('label_prints').selectAll().executeTakeFirstOrThrow();
    expect(print).toMatchObject({ sample_id: registered.samples[0].id, format: 'zpl', width_mm: 60, height_mm: 30, reprint: 0 });
  });

  it('needs a reason to reprint', async () => {
    const registered = await registerShoe();
    const url = `/api/requests/${registered.id}/labels.zpl`;
    expect((await t.clients.receiver.send('GET', url)).status).toBe(200);
    const again = await t.clients.receiver.send('GET', url);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ field: 'reason' });
    const withReason = await t.clients.receiver.send('GET', `${url}?reason=${encodeURIComponent('label sobek di printer')}`);
    expect(withReason.status).toBe(200);
    const prints = await t.db.selectFrom('label_prints').select(['reprint', 'reason']).orderBy('id').execute();
    expect(prints).toEqual([{ reprint: 0, reason: null }, { reprint: 1, reason: 'label sobek di printer' }]);
    const events = await t.db.selectFrom('audit_events').select('action').where('action', 'like', 'labels.%').orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['labels.print', 'labels.reprint']);
  });

  it('rejects stock too small for a label', async () => {
    const registered = await registerShoe();
    const response = await t.clients.receiver.send('GET', `/api/requests/${registered.id}/labels.pdf?widthMm=20&heightMm=10`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('too small');
  });

  it('prints nothing for a rejected sample', async () => {
    const registered = await t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId));
    await t.clients.receiver.request('POST', `/api/samples/${registered.samples[0].id}/reject`, { reason: 'Tidak berlabel' });
    expect((await t.clients.receiver.send('GET', `/api/samples/${registered.samples[0].id}/labels.pdf`)).status).toBe(409);
    expect((await t.clients.receiver.send('GET', `/api/requests/${registered.id}/labels.pdf`)).status).toBe(400);
  });

  it('is closed to the auditor', async () => {
    const registered = await registerShoe();
    expect((await t.clients.auditor.send('GET', `/api/requests/${registered.id}/labels.pdf`)).status).toBe(403);
  });
});
