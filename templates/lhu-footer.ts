import type { PDFDocument } from 'pdf-lib';
import { drawLine } from './pdf/text-style.ts';
import { FOOTER_Y, LHU_FRAME, type LhuContext } from './lhu-context.ts';
import { pageOf } from './lhu-phrases.ts';

/**
 * Writes the report number and "Halaman x dari y / Page x of y" at the foot
 * of every page. Runs after layout, once the page count is known.
 */
export function drawLhuFooters(doc: PDFDocument, ctx: LhuContext): void {
  const pages = doc.getPages();
  const style = ctx.styles.small;
  pages.forEach((page, i) => {
    const left = LHU_FRAME.marginLeft;
    const right = page.getWidth() - LHU_FRAME.marginRight;
    const top = FOOTER_Y + style.size;
    page.drawLine({
      start: { x: left, y: top + 4 },
      end: { x: right, y: top + 4 },
      thickness: 0.5,
    });
    drawLine(page, ctx.data.reportNumber, left, top, style);
    const text = pageOf(i + 1, pages.length);
    const width = style.font.widthOfTextAtSize(text, style.size);
    drawLine(page, text, right - width, top, style);
  });
}
