import bwipjs from 'bwip-js/node';

/** Encodes `text` as a QR code PNG, four pixels per module. */
export function renderQrPng(text: string): Promise<Uint8Array> {
  return bwipjs.toBuffer({ bcid: 'qrcode', text, scale: 4, padding: 0 });
}
