import { unprintableCharacters } from '../../../templates/printable-text.ts';

// Controls, and the bidirectional marks, embeddings, overrides and
// isolates that can make a name read differently from how it is stored.
// The report fonts may have glyphs for some of them, so they are checked
// apart from the font.
const CONTROL_OR_BIDI = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Lists, once each, the characters of `text` that the LHU cannot draw, control and bidirectional characters included. */
export function undrawableCharacters(text: string): string[] {
  const controls = [...new Set(text)].filter((character) => CONTROL_OR_BIDI.test(character));
  const missing = unprintableCharacters(text).filter((character) => !controls.includes(character));
  return [...controls, ...missing];
}

/** Names a character for a message, e.g. `"你" (U+4F60)`, leaving controls out of the quotes. */
export function describeCharacter(character: string): string {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return CONTROL_OR_BIDI.test(character) ? code : `"${character}" (${code})`;
}
