import { describe, expect, it } from 'vitest';
import { renderLhu } from '../../templates/lhu.ts';
import { decodePng, pdfPages, pdfText, pdfToPngs } from './pdf-tools.ts';
import { manyRows, sampleLhu } from './lhu-fixture.ts';

/** Repetitions of the fixture's three rows that fill exactly three pages. */
const THREE_PAGE_REPEATS = 10;

describe('renderLhu', () => {
  it('keeps non-ASCII text intact', async () => {
    const text = await pdfText(await renderLhu(sampleLhu()));
    for (const expected of ['mm³', 'µm', '°C', '± 30', '≤ 250', '≥ 4000']) {
      expect(text).toContain(expected);
    }
    for (const name of ['Sutrisno Wibowo', 'Dewi Ayu Lestari', 'CV Sepatu Ngatini']) {
      expect(text).toContain(name);
    }
  });

  it('prints the bilingual title and fixed statements', async () => {
    const text = await pdfText(await renderLhu(sampleLhu()));
    expect(text).toContain('LAPORAN HASIL UJI / TEST REPORT');
    expect(text).toContain('LHU/BPIPI/2026/00042');
    expect(text).toContain('Hasil uji ini hanya berlaku untuk contoh yang diuji.');
    expect(text).toContain('The results relate only to the items tested.');
    expect(text).toContain('tanpa izin tertulis dari laboratorium');
    expect(text).toContain('without the written permission of the laboratory');
    expect(text).toContain('Decision rule: simple acceptance.');
    expect(text).toContain('Aturan keputusan: penerimaan sederhana.');
    expect(text).toContain('Akhir laporan / End of report');
  });

  it('prints signatories with WIB validation times', async () => {
    const text = await pdfText(await renderLhu(sampleLhu()));
    expect(text).toContain('Manajer Teknis');
    expect(text).toContain('Technical Manager');
    expect(text).toContain('2026-03-11 08:15 WIB');
    // 02:40 UTC is 09:40 in WIB (UTC+7).
    expect(text).toContain('2026-03-12 09:40 WIB');
  });

  it('numbers pages of a three-page report', async () => {
    const data = sampleLhu({ results: manyRows(THREE_PAGE_REPEATS) });
    const pages = await pdfPages(await renderLhu(data));
    expect(pages).toHaveLength(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Halaman ${i + 1} dari 3 / Page ${i + 1} of 3`);
      expect(page).toContain('LAPORAN HASIL UJI / TEST REPORT');
      expect(page).toContain('Nomor / Number: LHU/BPIPI/2026/00042');
    });
  });

  it('repeats the table heading on continued pages', async () => {
    const data = sampleLhu({ results: manyRows(THREE_PAGE_REPEATS) });
    const pages = await pdfPages(await renderLhu(data));
    for (const page of pages) {
      expect(page).toContain('Parameter uji');
      expect(page).toContain('Keputusan');
    }
    const text = pages.join('\n');
    expect(text).toContain(`Tebal sol luar ${THREE_PAGE_REPEATS}`);
  });

  it('states KAN accreditation when all rows are accredited', async () => {
    const text = await pdfText(await renderLhu(sampleLhu()));
    expect(text).toContain('within the scope of KAN accreditation LP-000-IDN');
    expect(text).toContain('ruang lingkup akreditasi KAN nomor LP-000-IDN');
    expect(text).not.toContain('marked with an asterisk');
  });

  it('marks non-accredited rows instead of the KAN statement', async () => {
    const results = sampleLhu().results.map((row, i) => ({ ...row, accredited: i !== 1 }));
    const text = await pdfText(await renderLhu(sampleLhu({ results })));
    expect(text).not.toContain('within the scope of KAN accreditation');
    expect(text).toContain('Tebal sol luar*');
    expect(text).not.toContain('Ketahanan abrasi sol luar*');
    expect(text).toContain('Parameter bertanda bintang berada di luar ruang lingkup');
    expect(text).toContain('Parameters marked with an asterisk are outside');
  });

  it('makes no accreditation claim without a KAN number', async () => {
    const base = sampleLhu();
    const laboratory = { ...base.laboratory, kanAccreditationNumber: null };
    const text = await pdfText(await renderLhu({ ...base, laboratory }));
    expect(text).not.toContain('KAN accreditation');
    expect(text).not.toContain('asterisk');
  });

  it('states the revision it replaces and why', async () => {
    const data = sampleLhu({
      reportNumber: 'LHU/BPIPI/2026/00042-R1',
      revision: 1,
      amendment: {
        replacesReportNumber: 'LHU/BPIPI/2026/00042',
        reason: { id: 'salah ketik nama pelanggan', en: 'customer name mistyped' },
      },
    });
    const text = await pdfText(await renderLhu(data));
    expect(text).toContain('Revisi 1 ini menggantikan laporan LHU/BPIPI/2026/00042. Alasan: salah ketik nama pelanggan');
    expect(text).toContain('Revision 1 replaces report LHU/BPIPI/2026/00042. Reason: customer name mistyped');
  });

  it('groups rows by sample when there are several', async () => {
    const base = sampleLhu();
    const second = { ...base.samples[0]!, code: 'BPIPI-2026-0043', description: 'Sandal karet / rubber sandal' };
    const results = [...base.results, { ...base.results[0]!, sampleCode: second.code }];
    const text = await pdfText(await renderLhu({ ...base, samples: [...base.samples, second], results }));
    expect(text).toContain('Contoh uji / Test item: BPIPI-2026-0042');
    expect(text).toContain('Contoh uji / Test item: BPIPI-2026-0043');
  });

  it('encodes the verification URL in the QR code', async () => {
    const [page] = await pdfToPngs(await renderLhu(sampleLhu()), 150);
    const found = await decodePng(page!);
    const qr = found.filter((result) => result.format === 'QRCode');
    expect(qr.map((result) => result.text)).toEqual([sampleLhu().verificationUrl]);
  });

  it('rejects a revision without an amendment', async () => {
    await expect(renderLhu(sampleLhu({ revision: 1 }))).rejects.toThrow(/amendment/);
  });

  it('rejects a row for an unknown sample', async () => {
    const results = [{ ...sampleLhu().results[0]!, sampleCode: 'NOPE' }];
    await expect(renderLhu(sampleLhu({ results }))).rejects.toThrow(/results\[0\]\.sampleCode/);
  });

  it('rejects an impossible calendar date', async () => {
    await expect(renderLhu(sampleLhu({ issueDate: '2026-02-30' }))).rejects.toThrow(/issueDate/);
  });
});
