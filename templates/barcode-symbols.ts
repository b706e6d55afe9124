import bwipjs from 'bwip-js/node';

// Barcode symbols as module patterns from bwip-js, so each output (PDF
// vectors, printer dots) can draw them at its own resolution.

/** Code 128 bars and spaces in modules, bars first; quiet zones excluded. */
export interface LinearSymbol {
  widths: number[];
  modules: number;
}

/** QR code modules, row by row from the top; true is dark. Quiet zone excluded. */
export interface MatrixSymbol {
  size: number;
  dark: boolean[];
}

/** Width of the quiet zone on each side of a Code 128 symbol (ISO/IEC 15417), in modules. */
export const CODE128_QUIET_MODULES = 10;

/** Width of the quiet zone around a QR code (ISO/IEC 18004), in modules. */
export const QR_QUIET_MODULES = 4;

export function encodeCode128(text: string): LinearSymbol {
  const [symbol] = bwipjs.raw({ bcid: 'code128', text });
  if (symbol === undefined || !('sbs' in symbol)) {
    throw new Error(`bwip-js returned no Code 128 symbol for "${text}"`);
  }
  const widths = symbol.sbs;
  return { widths, modules: widths.reduce((sum, width) => sum + width, 0) };
}

/** Encodes a QR code at error correction level M (15 % of codewords recoverable). */
export function encodeQr(text: string): MatrixSymbol {
  const options = { bcid: 'qrcode', text, eclevel: 'M' } as Parameters<typeof bwipjs.raw>[0];
  const [symbol] = bwipjs.raw(options);
  if (symbol === undefined || !('pixs' in symbol) || symbol.pixx !== symbol.pixy) {
    throw new Error(`bwip-js returned no square QR code for "${text}"`);
  }
  return { size: symbol.pixx, dark: symbol.pixs.map((pixel) => pixel === 1) };
}
