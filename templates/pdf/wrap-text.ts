import type { PDFFont } from 'pdf-lib';

/**
 * Breaks text into lines no wider than `maxWidth` points. Words wider than a
 * line are cut between characters; explicit newlines are kept.
 */
export function wrapText(
  text: string,
  font: PDFFont,
  size: number,
  maxWidth: number,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    lines.push(...wrapParagraph(paragraph, font, size, maxWidth));
  }
  return lines;
}

function wrapParagraph(
  paragraph: string,
  font: PDFFont,
  size: number,
  maxWidth: number,
): string[] {
  const fits = (candidate: string) =>
    font.widthOfTextAtSize(candidate, size) <= maxWidth;
  const lines: string[] = [];
  let line = '';

  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = splitLongWord(word, fits);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  lines.push(line);
  return lines;
}

function splitLongWord(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && !fits(piece + char)) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}
