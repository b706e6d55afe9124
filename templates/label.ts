import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { CODE128_QUIET_MODULES, encodeCode128, encodeQr } from './barcode-symbols.ts';
import { drawLinearSymbol, drawMatrixSymbol } from './pdf/draw-barcode.ts';
import { loadFontBytes } from './pdf/fonts.ts';
import { wrapText } from './pdf/wrap-text.ts';
import { DEFAULT_LABEL_STOCK, validateLabels, type LabelData, type LabelStock } from './label-data.ts';
import { layoutLabel, type LabelLayout } from './label-layout.ts';
import { receivedLine, truncateLines } from './label-text.ts';

const POINTS_PER_MM = 72 / 25.4;
/** Cap height of DejaVu Sans as a share of the font size. */
const CAP_HEIGHT = 0.73;

interface LabelFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/**
 * Renders labels as a PDF with one label per page, the page the size of
 * the label stock. Barcodes are drawn as vectors, so they stay sharp at any
 * printer resolution.
 */
export async function renderLabelsPdf(
  labels: LabelData[],
  stock: LabelStock = DEFAULT_LABEL_STOCK,
): Promise<Uint8Array> {
  validateLabels(labels);
  const layout = layoutLabel(stock);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const embed = async (name: 'regular' | 'bold') =>
    doc.embedFont(await loadFontBytes(name), { subset: true });
  const fonts = { regular: await embed('regular'), bold: await embed('bold') };
  doc.setTitle(`Label contoh uji / Sample labels (${labels.length})`);
  doc.setCreator('Jitu');

  for (const label of labels) {
    const page = doc.addPage([stock.widthMm * POINTS_PER_MM, stock.heightMm * POINTS_PER_MM]);
    drawLabel(page, label, layout, fonts);
  }
  return doc.save();
}

function drawLabel(page: PDFPage, label: LabelData, layout: LabelLayout, fonts: LabelFonts): void {
  const heightMm = page.getHeight() / POINTS_PER_MM;
  // PDF y grows upwards, the layout's downwards from the top edge.
  const y = (topMm: number, sizeMm: number) => (heightMm - topMm - sizeMm) * POINTS_PER_MM;

  const code128 = encodeCode128(label.code);
  const area = layout.barcode;
  const module = area.width / (code128.modules + 2 * CODE128_QUIET_MODULES);
  drawLinearSymbol(page, code128, {
    x: (area.x + CODE128_QUIET_MODULES * module) * POINTS_PER_MM,
    y: y(area.y, area.height),
    width: code128.modules * module * POINTS_PER_MM,
    height: area.height * POINTS_PER_MM,
  });

  // NOTE: the gap between the QR code and the text is about two modules,
  // narrower than the four-module quiet zone ISO/IEC 18004 requires.
  const { qr } = layout;
  drawMatrixSymbol(page, encodeQr(label.code), qr.x * POINTS_PER_MM, y(qr.y, qr.side), qr.side * POINTS_PER_MM);
  drawText(page, label, layout, fonts, heightMm);
}

function drawText(
  page: PDFPage,
  label: LabelData,
  layout: LabelLayout,
  fonts: LabelFonts,
  heightMm: number,
): void {
  const width = layout.text.width * POINTS_PER_MM;
  const codeSize = (layout.codeTextHeight * POINTS_PER_MM) / CAP_HEIGHT;
  const smallSize = (layout.smallTextHeight * POINTS_PER_MM) / CAP_HEIGHT;
  const description = truncateLines(
    wrapText(label.description, fonts.regular, smallSize, width),
    2,
    (line) => fonts.regular.widthOfTextAtSize(line, smallSize) <= width,
  );
  const lines = [
    { text: label.code, font: fonts.bold, size: codeSize },
    ...description.map((text) => ({ text, font: fonts.regular, size: smallSize })),
    { text: receivedLine(label.receivedDate), font: fonts.regular, size: smallSize },
  ];

  let top = (heightMm - layout.text.y) * POINTS_PER_MM;
  for (const line of lines) {
    const size = Math.min(line.size, (line.size * width) / line.font.widthOfTextAtSize(line.text, line.size));
    page.drawText(line.text, { x: layout.text.x * POINTS_PER_MM, y: top - size * CAP_HEIGHT, font: line.font, size });
    top -= line.size * 1.2;
  }
}
