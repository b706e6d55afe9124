// Barcode scanners type the code and press Enter. Keys typed outside any
// input in quick succession are collected; Enter then opens the sample.
// The header's scan field does the same for a code typed by hand.
import { go } from './router.js';

// A scanner types a whole code within a few milliseconds per key, but a
// busy bench PC can deliver the keys late. Outside a field no other keys
// build text, so a generous gap and the shape of a code tell a scan from
// stray key presses.
const MAX_KEY_GAP_MS = 1500;
const MIN_CODE_LENGTH = 6;
const CODE_SHAPE = /^[A-Z0-9][A-Z0-9/-]+$/i;

let buffer = '';
let lastKeyAt = 0;

const typingIntoField = (target) => target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]');

export function openScannedCode(code) {
  const trimmed = code.trim().toUpperCase();
  if (trimmed) go(`samples/${encodeURIComponent(trimmed)}`);
}

/** Handles a keydown; returns true when the key was part of a scan and must do nothing else. */
export function handleScanKey(event) {
  if (typingIntoField(event.target) || event.ctrlKey || event.altKey || event.metaKey) return false;
  const now = event.timeStamp;
  if (now - lastKeyAt > MAX_KEY_GAP_MS) buffer = '';
  lastKeyAt = now;
  if (event.key === 'Enter' && buffer.length >= MIN_CODE_LENGTH && CODE_SHAPE.test(buffer)) {
    const code = buffer;
    buffer = '';
    event.preventDefault();
    openScannedCode(code);
    return true;
  }
  if (event.key.length === 1 && event.key !== ' ') {
    buffer += event.key;
    return buffer.length > 1;
  }
  return false;
}
