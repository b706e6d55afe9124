import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { decodePng, pdfToPngs } from '../templates/pdf-tools.ts';
import { issuedReport } from './helpers/records-flow.ts';
import { pdfText } from './helpers/pdf.ts';

let t: TestLab;

beforeEach(async () => {
  vi.stubEnv('JITU_KAN_NUMBER', 'LP-999-IDN');
  t = await buildTestLab({ config: { publicUrl: 'https://lab.example.test' } });
});

afterEach(async () => {
  await t.close();
  vi.unstubAllEnvs();
});

async function issuedText() {
  const issued = await issuedReport(t);
  const pdf = await t.clients.manager.send('GET', `/api/reports/${issued.reportId}/pdf`);
  expect(pdf.status).toBe(200);
  // pdftotext may break long lines; join them so phrases can be matched.
  return { issued, text: pdfText(pdf.body as Buffer).replace(/\s+/g, ' ') };
}

describe('issued LHU', () => {
  it('prints sample details with text outside ASCII', async () => {
    const { text } = await issuedText();
    expect(text).toContain('Sepatu pengaman sol PU — ujung baja');
    expect(text).toContain('Cokelat tua – dark brown');
    expect(text).toContain('mm³');
  });

  it('is bilingual and carries the report number', async () => {
    const { issued, text } = await issuedText();
    expect(text).toContain('LAPORAN HASIL UJI');
    expect(text).toContain('TEST REPORT');
    expect(text).toContain(issued.reportNumber);
    expect(issued.reportNumber).toMatch(/^LHU\/BPIPI\/\d{4}\/\d{5}$/);
  });

  it('states the KAN accreditation and the decision rule', async () => {
    const { text } = await issuedText();
    expect(text).toContain('LP-999-IDN');
    expect(text).toMatch(/aturan penerimaan sederhana/);
    expect(text).toMatch(/simple acceptance/);
  });

  it('names the signatories with roles and time of validation', async () => {
    const { text } = await issuedText();
    expect(text).toContain('Sutrisno Wibowo');
    expect(text).toContain('Ngatini Purwaningsih');
    expect(text).toContain('Manajer Teknis');
    expect(text).toMatch(/WIB/);
  });

  it('encodes the verification page in the QR code', async () => {
    const issued = await issuedReport(t);
    const pdf = await t.clients.manager.send('GET', `/api/reports/${issued.reportId}/pdf`);
    const row = await t.db.selectFrom('reports').select(['verification_code']).where('id', '=', issued.reportId).executeTakeFirstOrThrow();
    const pages = await pdfToPngs(pdf.body as Buffer, 150);
    const codes = (await Promise.all(pages.map(decodePng))).flat().filter((code) => code.format === 'QRCode');
    expect(codes).toHaveLength(1);
    const expected = `https://lab.example.test/verify?number=${encodeURIComponent(issued.reportNumber)}&code=${row.verification_code}`;
    expect(codes[0]!.text).toBe(expected);
  });
});
