import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';

// The LHU draws reception text in DejaVu Sans, regular and bold. pdf-lib
// leaves out a character the font has no glyph for without an error, so
// reception checks text against the same faces before it is stored.
const FACES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

// Controls, and the bidirectional marks, embeddings, overrides and
// isolates that can make a name read differently from how it is stored.
const CONTROL_OR_BIDI = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

type Face = ReturnType<typeof fontkit.create>;

let faces: Face[] | undefined;

function loadFaces(): Face[] {
  const directory = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return FACES.map((file) => fontkit.create(readFileSync(join(directory, file))));
}

function drawable(character: string): boolean {
  if (CONTROL_OR_BIDI.test(character)) return false;
  faces ??= loadFaces();
  const codePoint = character.codePointAt(0)!;
  return faces.every((face) => face.hasGlyphForCodePoint(codePoint));
}

/** Lists, once each, the characters of `text` that the LHU cannot draw, control and bidirectional characters included. */
export function undrawableCharacters(text: string): string[] {
  return [...new Set(text)].filter((character) => !drawable(character));
}

/** Names a character for a message, e.g. `"你" (U+4F60)`, leaving controls out of the quotes. */
export function describeCharacter(character: string): string {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return CONTROL_OR_BIDI.test(character) ? code : `"${character}" (${code})`;
}
