// CSV for exports that auditors open in a spreadsheet (RFC 4180 quoting,
// CRLF line ends). A cell that starts with = + - @ tab or CR could be run
// as a formula by the spreadsheet, so it gets a leading single quote.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Turns one value into a safe CSV cell: null is empty, objects become JSON. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes a header and rows as CSV text, beginning with a UTF-8 byte order
 * mark so that spreadsheets read Indonesian names and units correctly.
 */
export function toCsv<Row extends Record<string, unknown>>(columns: readonly (keyof Row & string)[], rows: Row[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
