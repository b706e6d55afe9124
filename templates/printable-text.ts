import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { FONT_FILES, fontDirectory } from './pdf/fonts.ts';

type FontkitFont = ReturnType<typeof fontkit.create>;

let faces: FontkitFont[] | undefined;

/** Parses the embedded DejaVu faces once per process, synchronously so input checks can call it. */
function loadFaces(): FontkitFont[] {
  faces ??= Object.values(FONT_FILES).map((file) => fontkit.create(readFileSync(join(fontDirectory(), file))));
  return faces;
}

/**
 * Lists the characters of `text` that the report fonts cannot draw, each
 * once, in order of first appearance. A character counts as printable only
 * when the regular, bold and oblique faces all have a glyph for it, because
 * any field may be set in any of them. Whitespace counts as printable: the
 * layout splits text into words on it.
 * NOTE: a tab or carriage return in text drawn without wrapping would still
 * print as an empty box.
 */
export function unprintableCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char) || missing.has(char)) continue;
    const codePoint = char.codePointAt(0)!;
    if (!loadFaces().every((face) => face.hasGlyphForCodePoint(codePoint))) missing.add(char);
  }
  return [...missing];
}
