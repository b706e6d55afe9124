import type { PDFImage } from 'pdf-lib';
import type { PageFlow } from './pdf/page-flow.ts';
import { drawLine, lineHeight, type TextStyle } from './pdf/text-style.ts';
import { wrapText } from './pdf/wrap-text.ts';
import type { Signatory } from './lhu-data.ts';
import type { LhuContext } from './lhu-context.ts';
import { both, ELECTRONIC_SIGNATURE, END_OF_REPORT, FIELD, SECTION } from './lhu-phrases.ts';
import { formatWib } from './wib-time.ts';

const QR_SIZE = 76;
const GAP = 14;
const COLUMNS = 2;

interface Line {
  text: string;
  style: TextStyle;
}

/**
 * Draws the authorisation block, kept on one page: the QR code for
 * verification beside the signatories, then the end-of-report marker.
 */
export function flowLhuSignatures(flow: PageFlow, ctx: LhuContext, qr: PDFImage): void {
  const { heading } = ctx.styles;
  const textX = flow.left + QR_SIZE + GAP;
  const textWidth = flow.width - QR_SIZE - GAP;
  const intro = introLines(ctx, textWidth);
  const columnWidth = textWidth / COLUMNS;
  const blocks = ctx.data.signatories.map((s) => signatoryLines(ctx, s, columnWidth - 8));
  const textHeight = heightOf(intro) + 6 + signatoriesHeight(blocks);
  const height = lineHeight(heading) + 4 + Math.max(QR_SIZE, textHeight);

  flow.moveDown(6);
  flow.ensureSpace(height + 20);
  drawLine(flow.page, both(SECTION.signatures), flow.left, flow.y, heading);
  flow.moveDown(lineHeight(heading) + 4);

  const top = flow.y;
  flow.page.drawImage(qr, { x: flow.left, y: top - QR_SIZE, width: QR_SIZE, height: QR_SIZE });
  let y = drawLines(flow, intro, textX, top) - 6;
  for (let i = 0; i < blocks.length; i += COLUMNS) {
    const row = blocks.slice(i, i + COLUMNS);
    const bottoms = row.map((lines, j) => drawLines(flow, lines, textX + j * columnWidth, y));
    y = Math.min(...bottoms) - 8;
  }
  flow.y = Math.min(y, top - QR_SIZE) - 8;
  drawEndMarker(flow, ctx);
}

function introLines(ctx: LhuContext, width: number): Line[] {
  const { small, smallEnglish } = ctx.styles;
  return [
    ...wrapLines(ELECTRONIC_SIGNATURE.id, small, width),
    ...wrapLines(ELECTRONIC_SIGNATURE.en, smallEnglish, width),
  ];
}

function signatoryLines(ctx: LhuContext, signatory: Signatory, width: number): Line[] {
  const { body, bold, english, small } = ctx.styles;
  const label = signatory.action === 'verified' ? FIELD.verifiedAt : FIELD.validatedAt;
  const validated = `${label.id} / ${label.en}: ${formatWib(signatory.validatedAt)}`;
  return [
    ...wrapLines(signatory.role.id, body, width),
    ...wrapLines(signatory.role.en, english, width),
    ...wrapLines(signatory.name, { ...bold, size: 9.5 }, width),
    ...wrapLines(validated, small, width),
  ];
}

function wrapLines(text: string, style: TextStyle, width: number): Line[] {
  return wrapText(text, style.font, style.size, width).map((line) => ({ text: line, style }));
}

function signatoriesHeight(blocks: Line[][]): number {
  let height = 0;
  for (let i = 0; i < blocks.length; i += COLUMNS) {
    const row = blocks.slice(i, i + COLUMNS).map(heightOf);
    height += Math.max(...row) + 8;
  }
  return height;
}

function heightOf(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + lineHeight(line.style), 0);
}

function drawLines(flow: PageFlow, lines: Line[], x: number, top: number): number {
  let y = top;
  for (const line of lines) {
    drawLine(flow.page, line.text, x, y, line.style);
    y -= lineHeight(line.style);
  }
  return y;
}

function drawEndMarker(flow: PageFlow, ctx: LhuContext): void {
  const text = `— ${both(END_OF_REPORT)} —`;
  const style = ctx.styles.small;
  const width = style.font.widthOfTextAtSize(text, style.size);
  flow.ensureSpace(lineHeight(style));
  drawLine(flow.page, text, flow.left + (flow.width - width) / 2, flow.y, style);
  flow.moveDown(lineHeight(style));
}
