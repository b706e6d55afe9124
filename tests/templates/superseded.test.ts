import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderLhu } from '../../templates/lhu.ts';
import { stampSuperseded } from '../../templates/superseded.ts';
import { manyRows, sampleLhu } from './lhu-fixture.ts';
import { pdfPages, pdfToPngs } from './pdf-tools.ts';

/** Counts pixels where red clearly exceeds green, as the red stamp leaves. */
async function redPixels(pdf: Uint8Array): Promise<number> {
  const [file] = await pdfToPngs(pdf, 40);
  const png = PNG.sync.read(await readFile(file!));
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i]! - png.data[i + 1]! > 30) count++;
  }
  return count;
}

describe('stampSuperseded', () => {
  it('stamps every page with the replacement', async () => {
    const original = await renderLhu(sampleLhu({ results: manyRows(10) }));
    const stamped = await stampSuperseded(original, 'LHU/BPIPI/2026/00042-R1');
    const pages = await pdfPages(stamped);
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      expect(page).toContain('Laporan ini telah digantikan oleh LHU/BPIPI/2026/00042-R1');
      expect(page).toContain('This report is superseded by LHU/BPIPI/2026/00042-R1');
    }
  });

  it('draws the red watermark', async () => {
    const original = await renderLhu(sampleLhu());
    const stamped = await stampSuperseded(original, 'LHU/BPIPI/2026/00042-R1');
    expect(await redPixels(original)).toBe(0);
    // The diagonal watermark covers far more area than the one-line notice.
    expect(await redPixels(stamped)).toBeGreaterThan(2000);
  });

  it('keeps the original content readable', async () => {
    const stamped = await stampSuperseded(await renderLhu(sampleLhu()), 'LHU/BPIPI/2026/00042-R1');
    const [page] = await pdfPages(stamped);
    expect(page).toContain('Sutrisno Wibowo');
    expect(page).toContain('Halaman 1 dari 1');
  });

  it('leaves an unstamped report without the notice', async () => {
    const [page] = await pdfPages(await renderLhu(sampleLhu()));
    expect(page).not.toContain('SUPERSEDED');
    expect(page).not.toContain('digantikan oleh');
  });
});
