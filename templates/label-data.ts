import { isIsoDate } from './iso-date.ts';
import type { IsoDate } from './lhu-data.ts';

/** What a sample or specimen label shows. */
export interface LabelData {
  /** Sample or specimen code, encoded in both barcodes; printable ASCII only. */
  code: string;
  /** Short description; cut to two lines on the label. */
  description: string;
  receivedDate: IsoDate;
}

/** Label stock size, and the printer's resolution for ZPL output. */
export interface LabelStock {
  widthMm: number;
  heightMm: number;
  /** Printer dots per millimetre: 8 for 203 dpi, 12 for 300 dpi. */
  dotsPerMm: number;
}

export const DEFAULT_LABEL_STOCK: LabelStock = { widthMm: 50, heightMm: 25, dotsPerMm: 8 };

/** Printable ASCII, which Code 128 encodes without function characters. */
const CODE_PATTERN = /^[\x20-\x7E]+$/;

/** Throws a RangeError naming the label and field when a label cannot be printed. */
export function validateLabels(labels: LabelData[]): void {
  labels.forEach((label, i) => {
    if (!CODE_PATTERN.test(label.code)) {
      throw new RangeError(
        `invalid label ${i}: code "${label.code}" must be non-empty printable ASCII for Code 128`,
      );
    }
    if (!isIsoDate(label.receivedDate)) {
      throw new RangeError(
        `invalid label ${i}: receivedDate "${label.receivedDate}" is not a date in the form YYYY-MM-DD`,
      );
    }
  });
}
