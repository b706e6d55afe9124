import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { loadFontBytes } from './pdf/fonts.ts';

const RED = rgb(0.75, 0.05, 0.05);
const WATERMARK = 'DIGANTIKAN / SUPERSEDED';
const WATERMARK_SIZE = 44;
const BANNER_SIZE = 9;

/**
 * Stamps every page of an issued report as superseded by
 * `byReportNumber`: a notice along the top edge and a diagonal watermark.
 * The original content stays readable underneath.
 */
export async function stampSuperseded(
  pdfBytes: Uint8Array,
  byReportNumber: string,
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdfBytes);
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await loadFontBytes('bold'), { subset: true });
  const notice = supersededNotice(byReportNumber);
  for (const page of doc.getPages()) {
    drawBanner(page, font, notice);
    drawWatermark(page, font);
  }
  return doc.save();
}

export function supersededNotice(byReportNumber: string): string {
  return `Laporan ini telah digantikan oleh ${byReportNumber} / This report is superseded by ${byReportNumber}`;
}

function drawBanner(page: PDFPage, font: PDFFont, text: string): void {
  const { width, height } = page.getSize();
  const size = Math.min(BANNER_SIZE, (0.9 * width) / font.widthOfTextAtSize(text, 1));
  const textWidth = font.widthOfTextAtSize(text, size);
  page.drawText(text, {
    x: (width - textWidth) / 2,
    y: height - 22,
    size,
    font,
    color: RED,
  });
}

function drawWatermark(page: PDFPage, font: PDFFont): void {
  const { width, height } = page.getSize();
  const angle = Math.atan2(height, width);
  const size = Math.min(WATERMARK_SIZE, (0.8 * Math.hypot(width, height)) / font.widthOfTextAtSize(WATERMARK, 1));
  const textWidth = font.widthOfTextAtSize(WATERMARK, size);
  // Start the baseline so that the rotated text is centred on the page.
  const x = width / 2 - (textWidth / 2) * Math.cos(angle) + (size / 3) * Math.sin(angle);
  const y = height / 2 - (textWidth / 2) * Math.sin(angle) - (size / 3) * Math.cos(angle);
  page.drawText(WATERMARK, {
    x,
    y,
    size,
    font,
    color: RED,
    opacity: 0.3,
    rotate: degrees((angle * 180) / Math.PI),
  });
}
