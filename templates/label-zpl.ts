import { CODE128_QUIET_MODULES, encodeCode128, encodeQr } from './barcode-symbols.ts';
import { DEFAULT_LABEL_STOCK, validateLabels, type LabelData, type LabelStock } from './label-data.ts';
import { layoutLabel, type LabelLayout } from './label-layout.ts';
import { receivedLine, truncateLines } from './label-text.ts';

// ZPL II for Zebra printers, one ^XA … ^XZ format per label.
// NOTE: the output is checked against a reviewed golden file only, not yet
// printed on a physical Zebra printer.

/** Average width of a font 0 character as a share of its height; an estimate. */
const FONT0_WIDTH_RATIO = 0.55;
/** Largest ^BQ magnification the command accepts. */
const MAX_QR_MAGNIFICATION = 10;

/** Renders labels as ZPL II, placed like the PDF labels, at the stock's dots per mm. */
export function renderLabelsZpl(labels: LabelData[], stock: LabelStock = DEFAULT_LABEL_STOCK): string {
  validateLabels(labels);
  const layout = layoutLabel(stock);
  return labels.map((label) => labelFormat(label, layout, stock)).join('');
}

function labelFormat(label: LabelData, layout: LabelLayout, stock: LabelStock): string {
  const dots = (mm: number) => Math.round(mm * stock.dotsPerMm);
  const commands = [
    '^XA',
    '^CI28',
    `^PW${dots(stock.widthMm)}`,
    `^LL${dots(stock.heightMm)}`,
    '^LH0,0',
    code128Command(label.code, layout, dots),
    qrCommand(label.code, layout, dots),
    ...textCommands(label, layout, dots),
    '^PQ1',
    '^XZ',
  ];
  return `${commands.join('\n')}\n`;
}

type ToDots = (mm: number) => number;

function code128Command(code: string, layout: LabelLayout, dots: ToDots): string {
  const area = layout.barcode;
  const { modules } = encodeCode128(code);
  const available = dots(area.width);
  // Bars must be whole dots wide, so the module width is rounded down.
  // NOTE: a 15-character code on 50 mm stock at 8 dots/mm gets 1-dot
  // (0.125 mm) modules, too narrow for many handheld scanners; 12 dots/mm
  // or wider stock doubles them.
  const module = Math.max(1, Math.floor(available / (modules + 2 * CODE128_QUIET_MODULES)));
  const x = dots(area.x) + Math.max(0, Math.floor((available - modules * module) / 2));
  const height = dots(area.height);
  return `^FO${x},${dots(area.y)}^BY${module},3,${height}^BCN,${height},N,N,N,A^FH^FD${escapeField(code)}^FS`;
}

function qrCommand(code: string, layout: LabelLayout, dots: ToDots): string {
  const { size } = encodeQr(code);
  const side = dots(layout.qr.side);
  const magnification = Math.min(MAX_QR_MAGNIFICATION, Math.max(1, Math.floor(side / size)));
  const x = dots(layout.qr.x) + side - size * magnification;
  // "MA," selects error correction level M and automatic data mode.
  return `^FO${x},${dots(layout.qr.y)}^BQN,2,${magnification}^FH^FDMA,${escapeField(code)}^FS`;
}

function textCommands(label: LabelData, layout: LabelLayout, dots: ToDots): string[] {
  const codeHeight = dots(layout.codeTextHeight / 0.73);
  const smallHeight = dots(layout.smallTextHeight / 0.73);
  const width = dots(layout.text.width);
  const perLine = Math.floor(width / (smallHeight * FONT0_WIDTH_RATIO));
  const description = truncateLines(
    splitByLength(label.description, perLine),
    2,
    (line) => line.length <= perLine,
    '...',
  ).join(' ');

  const x = dots(layout.text.x);
  let y = dots(layout.text.y);
  const code = `^FO${x},${y}^A0N,${codeHeight},${codeHeight}^FB${width},1,0,L,0^FH^FD${escapeField(label.code)}^FS`;
  y += Math.round(codeHeight * 1.2);
  const block = `^FO${x},${y}^A0N,${smallHeight},${smallHeight}^FB${width},2,0,L,0^FH^FD${escapeField(description)}^FS`;
  y += Math.round(smallHeight * 1.2 * 2);
  const date = `^FO${x},${y}^A0N,${smallHeight},${smallHeight}^FB${width},1,0,L,0^FH^FD${escapeField(receivedLine(label.receivedDate))}^FS`;
  return [code, block, date];
}

/** Splits text into lines of at most `length` characters at spaces where possible. */
function splitByLength(text: string, length: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= length) {
      line = candidate;
    } else {
      if (line !== '') lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Escapes field data for ^FH with its default indicator "_": the caret,
 * tilde and underscore become hexadecimal, so data cannot end the field or
 * start a command.
 */
export function escapeField(text: string): string {
  return text.replace(/[_^~]/g, (char) => `_${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
