import { drawLine, lineHeight, type TextStyle } from './pdf/text-style.ts';
import { wrapText } from './pdf/wrap-text.ts';
import type { PageFlow } from './pdf/page-flow.ts';
import type { BilingualText } from './lhu-data.ts';
import type { LhuContext } from './lhu-context.ts';

const LABEL_WIDTH = 175;
const ROW_GAP = 2;

/**
 * Draws a "label: value" row, the label as "Indonesian / English" (on two
 * lines when it is too wide), the value wrapped beside it. The row is kept on
 * one page.
 */
export function flowField(
  flow: PageFlow,
  ctx: LhuContext,
  label: BilingualText,
  value: string,
  valueStyle: TextStyle = ctx.styles.body,
): void {
  const { body, english } = ctx.styles;
  const step = lineHeight(body);
  const oneLine = fitsOnOneLine(label, body, english);
  const labelLines = oneLine ? 1 : 2;
  const valueX = flow.left + LABEL_WIDTH;
  const valueLines = wrapText(value, valueStyle.font, valueStyle.size, flow.width - LABEL_WIDTH);
  const height = Math.max(labelLines, valueLines.length) * step + ROW_GAP;

  flow.ensureSpace(height);
  drawLabel(flow, label, oneLine, body, english);
  valueLines.forEach((line, i) => {
    drawLine(flow.page, line, valueX, flow.y - i * step, valueStyle);
  });
  flow.moveDown(height);
}

function fitsOnOneLine(label: BilingualText, body: TextStyle, english: TextStyle): boolean {
  const width =
    body.font.widthOfTextAtSize(`${label.id} / `, body.size) +
    english.font.widthOfTextAtSize(`${label.en}:`, english.size);
  return width <= LABEL_WIDTH - 6;
}

function drawLabel(
  flow: PageFlow,
  label: BilingualText,
  oneLine: boolean,
  body: TextStyle,
  english: TextStyle,
): void {
  if (!oneLine) {
    drawLine(flow.page, `${label.id} /`, flow.left, flow.y, body);
    drawLine(flow.page, `${label.en}:`, flow.left, flow.y - lineHeight(body), english);
    return;
  }
  const head = `${label.id} / `;
  drawLine(flow.page, head, flow.left, flow.y, body);
  const offset = body.font.widthOfTextAtSize(head, body.size);
  drawLine(flow.page, `${label.en}:`, flow.left + offset, flow.y, english);
}
