import { describe, expect, it } from 'vitest';
import { renderLabelsPdf } from '../../templates/label.ts';
import { LABELS } from './label-fixture.ts';
import { decodePng, pdfPages, pdfToPngs } from './pdf-tools.ts';

const POINTS_PER_MM = 72 / 25.4;

describe('renderLabelsPdf', () => {
  it('puts one label on each page', async () => {
    const pages = await pdfPages(await renderLabelsPdf(LABELS));
    expect(pages).toHaveLength(LABELS.length);
    pages.forEach((page, i) => {
      expect(page).toContain(LABELS[i]!.code);
      expect(page).toContain(`Diterima / Received: ${LABELS[i]!.receivedDate}`);
    });
  });

  it('keeps non-ASCII description text', async () => {
    const pages = await pdfPages(await renderLabelsPdf(LABELS));
    expect(pages[1]).toContain('5 mm³');
    expect(pages[1]).toContain('23 °C');
  });

  it('cuts a long description with an ellipsis', async () => {
    const [page] = await pdfPages(await renderLabelsPdf(LABELS.slice(0, 1)));
    expect(page).toContain('…');
    expect(page).not.toContain('Garuda S3');
  });

  it('sizes pages to the label stock', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const stock = { widthMm: 60, heightMm: 30, dotsPerMm: 8 };
    const doc = await PDFDocument.load(await renderLabelsPdf(LABELS, stock));
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(60 * POINTS_PER_MM, 3);
    expect(height).toBeCloseTo(30 * POINTS_PER_MM, 3);
  });

  it('decodes both barcodes back to the code', async () => {
    const files = await pdfToPngs(await renderLabelsPdf(LABELS), 300);
    expect(files).toHaveLength(LABELS.length);
    for (const [i, file] of files.entries()) {
      const found = await decodePng(file);
      const byFormat = (format: string) =>
        found.filter((result) => result.format === format).map((result) => result.text);
      expect(byFormat('Code128')).toEqual([LABELS[i]!.code]);
      expect(byFormat('QRCode')).toEqual([LABELS[i]!.code]);
    }
  });

  it('rejects a code Code 128 cannot print', async () => {
    const label = { ...LABELS[0]!, code: 'BPIPI-µ' };
    await expect(renderLabelsPdf([label])).rejects.toThrow(/printable ASCII/);
  });

  it('rejects stock too small for the layout', async () => {
    const stock = { widthMm: 20, heightMm: 10, dotsPerMm: 8 };
    await expect(renderLabelsPdf(LABELS, stock)).rejects.toThrow(/too small/);
  });
});
