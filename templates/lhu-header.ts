import type { PDFPage } from 'pdf-lib';
import { drawLine, lineHeight, type TextStyle } from './pdf/text-style.ts';
import { LHU_FRAME, type LhuContext } from './lhu-context.ts';
import { FIELD, TITLE } from './lhu-phrases.ts';

const TOP = 40;

/**
 * Draws the block repeated on every page: laboratory identity, bilingual
 * title and report number. Returns the y below it.
 */
export function drawLhuHeader(page: PDFPage, ctx: LhuContext): number {
  const { laboratory } = ctx.data;
  const { styles } = ctx;
  const left = LHU_FRAME.marginLeft;
  const right = page.getWidth() - LHU_FRAME.marginRight;
  let y = page.getHeight() - TOP;

  const put = (text: string, style: TextStyle) => {
    drawLine(page, text, left, y, style);
    y -= lineHeight(style);
  };
  for (const body of laboratory.parentBodies) put(body, styles.small);
  put(laboratory.name, { ...styles.heading, size: 11 });
  put(laboratory.address, styles.small);
  if (laboratory.contact !== null) put(laboratory.contact, styles.small);

  y -= 4;
  page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 0.8 });
  y -= 10;

  y = drawCentred(page, `${TITLE.id} / ${TITLE.en}`, y, styles.title);
  y -= 2;
  const number = `${FIELD.reportNumber.id} / ${FIELD.reportNumber.en}: ${ctx.data.reportNumber}`;
  y = drawCentred(page, number, y, styles.bold);
  return y - 10;
}

function drawCentred(page: PDFPage, text: string, top: number, style: TextStyle): number {
  const width = style.font.widthOfTextAtSize(text, style.size);
  drawLine(page, text, (page.getWidth() - width) / 2, top, style);
  return top - lineHeight(style);
}
