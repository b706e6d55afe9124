import { rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { PageFlow } from './page-flow.ts';
import { wrapText } from './wrap-text.ts';

export interface TextStyle {
  font: PDFFont;
  size: number;
  color?: RGB;
}

export const BLACK = rgb(0, 0, 0);
export const GREY = rgb(0.35, 0.35, 0.35);

/** Baseline-to-baseline distance for a font size. */
export function lineHeight(style: TextStyle): number {
  return style.size * 1.25;
}

/** Draws one line with its top at `top`, so callers can think in boxes. */
export function drawLine(
  page: PDFPage,
  text: string,
  x: number,
  top: number,
  style: TextStyle,
): void {
  page.drawText(text, {
    x,
    y: top - style.size,
    font: style.font,
    size: style.size,
    color: style.color ?? BLACK,
  });
}

/**
 * Wraps `text` to `width` and draws it at the flow's cursor, breaking pages
 * between lines when needed.
 */
export function flowParagraph(
  flow: PageFlow,
  text: string,
  style: TextStyle,
  x = flow.left,
  width = flow.width - (x - flow.left),
): void {
  const step = lineHeight(style);
  for (const line of wrapText(text, style.font, style.size, width)) {
    flow.ensureSpace(step);
    drawLine(flow.page, line, x, flow.y, style);
    flow.moveDown(step);
  }
}
