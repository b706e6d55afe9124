import type { SerialSettings } from '../types.ts';

export type LineEncoding = SerialSettings['encoding'];

export interface DecodedLine {
  text: string;
  /** True when some byte was not valid in the encoding and shows as U+FFFD. */
  invalid: boolean;
}

const REPLACEMENT = '\uFFFD';

/** Decodes one framed line, keeping invalid bytes visible as U+FFFD. */
export function decodeLine(bytes: Uint8Array, encoding: LineEncoding): DecodedLine {
  if (encoding === 'utf8') return decodeUtf8(bytes);
  if (encoding === 'latin1') {
    return { text: Buffer.from(bytes).toString('latin1'), invalid: false };
  }
  return decodeAscii(bytes);
}

function decodeUtf8(bytes: Uint8Array): DecodedLine {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return { text, invalid: text.includes(REPLACEMENT) };
}

function decodeAscii(bytes: Uint8Array): DecodedLine {
  let text = '';
  let invalid = false;
  for (const byte of bytes) {
    if (byte > 0x7f) {
      invalid = true;
      text += REPLACEMENT;
    } else {
      text += String.fromCharCode(byte);
    }
  }
  return { text, invalid };
}
