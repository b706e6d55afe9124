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
  const blocks = ctx.data.signatories.map((s) => signatoryLines(ctx, s));
  const columnWidth = textWidth / COLUMNS;
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
  const wrap = (text: string, style: TextStyle) =>
    wrapText(text, style.font, style.size, width).map((text) => ({ text, style }));
  return [...wrap(ELECTRONIC_SIGNATURE.id, small), ...wrap(ELECTRONIC_SIGNATURE.en, smallEnglish)];
}

function signatoryLines(ctx: LhuContext, signatory: Signatory): Line[] {
  const { body, bold, english, small } = ctx.styles;
  const label = FIELD.validatedAt;
  return [
    { text: signatory.role.id, style: body },
    { text: signatory.role.en, style: english },
    { text: signatory.name, style: { ...bold, size: 9.5 } },
    { text: `${label.id} / ${label.en}: ${formatWib(signatory.validatedAt)}`, style: small },
  ];
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
