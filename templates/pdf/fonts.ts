import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

// DejaVu covers Latin, Greek and the symbols reports print (µ, °, ³, ±, ≤),
// which the WinAnsi-only standard PDF fonts cannot encode.

export interface FontSet {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

const cache = new Map<FontName, Promise<Uint8Array>>();

export function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('dejavu-fonts-ttf/package.json');
  return join(dirname(packageJson), 'ttf');
}

/** Reads a DejaVu TrueType file once per process. */
export function loadFontBytes(name: FontName): Promise<Uint8Array> {
  let bytes = cache.get(name);
  if (bytes === undefined) {
    bytes = readFile(join(fontDirectory(), FONT_FILES[name]));
    cache.set(name, bytes);
  }
  return bytes;
}

/** Embeds the DejaVu faces as subsets, so a PDF carries only the glyphs it uses. */
export async function embedFonts(doc: PDFDocument): Promise<FontSet> {
  doc.registerFontkit(fontkit);
  const embed = async (name: FontName) =>
    doc.embedFont(await loadFontBytes(name), { subset: true });
  const [regular, bold, italic] = await Promise.all([
    embed('regular'),
    embed('bold'),
    embed('italic'),
  ]);
  return { regular, bold, italic };
}
