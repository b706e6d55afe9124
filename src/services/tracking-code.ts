import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

// Letters and digits that cannot be misread for one another on paper or
// over the phone (no 0/O, 1/I/L).
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 10;

/** Creates a random tracking code of 10 characters, about 49 bits. */
export function newTrackingCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** Returns the SHA-256 hex digest stored in place of the code. */
export const hashTrackingCode = (code: string): string =>
  createHash('sha256').update(code.trim().toUpperCase()).digest('hex');

/** Whether a code matches a stored digest, compared in constant time. */
export function trackingCodeMatches(code: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const given = Buffer.from(hashTrackingCode(code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
