import type { IsoDate } from './lhu-data.ts';

/** The date line printed on every label. */
export function receivedLine(date: IsoDate): string {
  return `Diterima / Received: ${date}`;
}

/**
 * Keeps the first `max` lines; when text was dropped, ends the last kept
 * line with an ellipsis, shortened until `fits` accepts it.
 */
export function truncateLines(
  lines: string[],
  max: number,
  fits: (line: string) => boolean,
  ellipsis = '…',
): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? '';
  while (last !== '' && !fits(`${last}${ellipsis}`)) last = last.slice(0, -1);
  kept[max - 1] = `${last.trimEnd()}${ellipsis}`;
  return kept;
}
