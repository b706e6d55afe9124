// LHU numbers: PREFIX/YEAR/SEQUENCE, with "-R<n>" appended for revision n,
// e.g. LHU/BPIPI/2026/00042 and its first revision LHU/BPIPI/2026/00042-R1.
// NOTE: BPIPI's own numbering scheme is not yet confirmed; the prefix is a
// parameter so it can follow the laboratory's document control.

export const DEFAULT_REPORT_PREFIX = 'LHU/BPIPI';

/** Sequence numbers are zero-padded to this many digits and may not exceed them. */
const SEQUENCE_DIGITS = 5;

export interface ReportNumberParts {
  year: number;
  /** Running number within the year, starting at 1. */
  sequence: number;
  /** 0 for the first issue. */
  revision: number;
  prefix?: string;
}

/** Formats a report number; throws a RangeError on an out-of-range part. */
export function formatReportNumber(parts: ReportNumberParts): string {
  const { year, sequence, revision, prefix = DEFAULT_REPORT_PREFIX } = parts;
  checkWhole(year, 'year', 1000, 9999);
  checkWhole(sequence, 'sequence', 1, 10 ** SEQUENCE_DIGITS - 1);
  checkWhole(revision, 'revision', 0, Number.MAX_SAFE_INTEGER);
  const base = `${prefix}/${year}/${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
  return revision === 0 ? base : `${base}-R${revision}`;
}

/** Splits a number made by `formatReportNumber`; returns null when it does not match. */
export function parseReportNumber(text: string): Required<ReportNumberParts> | null {
  const match = /^(.+)\/(\d{4})\/(\d{5})(?:-R([1-9]\d*))?$/.exec(text);
  if (match === null) return null;
  const [, prefix = '', year = '', sequence = '', revision] = match;
  return {
    prefix,
    year: Number(year),
    sequence: Number(sequence),
    revision: revision === undefined ? 0 : Number(revision),
  };
}

function checkWhole(value: number, name: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`invalid report number ${name}: ${value} (expected a whole number from ${min} to ${max})`);
  }
}
