import type { LabelStock } from './label-data.ts';

// Where each part of a label goes, in millimetres from the label's top-left
// corner. The PDF and ZPL outputs share it so both print the same label.

export interface LabelLayout {
  margin: number;
  /** Code 128 area across the top, quiet zones included. */
  barcode: { x: number; y: number; width: number; height: number };
  /** QR code square at the bottom right. */
  qr: { x: number; y: number; side: number };
  /** Text column at the bottom left. */
  text: { x: number; y: number; width: number };
  /** Cap heights of the code line and of the smaller lines. */
  codeTextHeight: number;
  smallTextHeight: number;
}

const MARGIN_MM = 1.5;
const GAP_MM = 1;
const BARCODE_SHARE = 0.36;
const MIN_QR_MM = 8;
const MIN_TEXT_MM = 15;

/** Lays out a label; throws a RangeError when the stock is too small for it. */
export function layoutLabel(stock: LabelStock): LabelLayout {
  checkStock(stock);
  const { widthMm, heightMm } = stock;
  const barcodeHeight = heightMm * BARCODE_SHARE;
  const lowerTop = MARGIN_MM + barcodeHeight + GAP_MM;
  const side = heightMm - MARGIN_MM - lowerTop;
  const textWidth = widthMm - 2 * MARGIN_MM - side - GAP_MM;
  if (side < MIN_QR_MM || textWidth < MIN_TEXT_MM) {
    throw new RangeError(
      `label stock ${widthMm} × ${heightMm} mm is too small: it needs a QR code of at least ${MIN_QR_MM} mm and text ${MIN_TEXT_MM} mm wide`,
    );
  }
  return {
    margin: MARGIN_MM,
    barcode: { x: MARGIN_MM, y: MARGIN_MM, width: widthMm - 2 * MARGIN_MM, height: barcodeHeight },
    qr: { x: widthMm - MARGIN_MM - side, y: lowerTop, side },
    text: { x: MARGIN_MM, y: lowerTop, width: textWidth },
    codeTextHeight: side * 0.2,
    smallTextHeight: side * 0.15,
  };
}

function checkStock(stock: LabelStock): void {
  const values = [stock.widthMm, stock.heightMm, stock.dotsPerMm];
  if (values.some((value) => !Number.isFinite(value) || value <= 0)) {
    throw new RangeError(
      `invalid label stock ${JSON.stringify(stock)}: width, height and dots per mm must be positive numbers`,
    );
  }
}
