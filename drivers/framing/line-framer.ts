import { decodeLine, type LineEncoding } from './decode-line.ts';

/** One line cut from a byte stream, without its terminator. */
export interface FramedLine {
  text: string;
  bytes: Buffer;
  /** Some byte was invalid in the configured encoding. */
  invalid: boolean;
  /** The line grew past the maximum length; `bytes` holds only its start. */
  overLong: boolean;
  /** Length in bytes of the whole line, counting bytes discarded when over-long. */
  length: number;
  /** 1-based line number in the stream, counting empty lines. */
  number: number;
}

export interface LineFramerOptions {
  encoding: LineEncoding;
  /** Maximum line length in bytes; longer lines are reported and discarded. */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 4096;
const CR = 0x0d;
const LF = 0x0a;
const OVER_LONG_PREVIEW_BYTES = 64;

/**
 * Cuts a byte stream into lines ending in CR, LF or CR LF, in chunks split at
 * any byte. Memory stays bounded by the maximum line length however long an
 * instrument sends without a terminator.
 */
export class LineFramer {
  readonly #encoding: LineEncoding;
  readonly #maxLineBytes: number;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #overflowBytes = 0;
  #afterCr = false;
  #lineCount = 0;

  constructor(options: LineFramerOptions) {
    const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    if (!Number.isInteger(max) || max < 1) {
      throw new RangeError(`maxLineBytes must be a positive integer, got ${max}`);
    }
    this.#encoding = options.encoding;
    this.#maxLineBytes = max;
  }

  /** Adds a chunk and returns the lines it completed, in order. */
  push(chunk: Uint8Array): FramedLine[] {
    const lines: FramedLine[] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte !== CR && byte !== LF) continue;
      const isLfOfCrLf = byte === LF && this.#afterCr && i === start && this.#isEmpty();
      this.#afterCr = byte === CR;
      if (isLfOfCrLf) {
        start = i + 1;
        continue;
      }
      this.#append(chunk.subarray(start, i));
      start = i + 1;
      this.#lineCount++;
      const line = this.#takeLine();
      if (line) lines.push(line);
    }
    if (start < chunk.length) {
      this.#afterCr = false;
      this.#append(chunk.subarray(start));
    }
    return lines;
  }

  /** Discards and returns the unterminated rest, e.g. when a connection drops. */
  takePartial(): FramedLine | undefined {
    this.#afterCr = false;
    if (this.#isEmpty()) return undefined;
    this.#lineCount++;
    return this.#takeLine();
  }

  #isEmpty(): boolean {
    return this.#pendingBytes === 0 && this.#overflowBytes === 0;
  }

  #append(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const room = this.#maxLineBytes - this.#pendingBytes;
    const kept = Math.min(room, bytes.length);
    if (kept > 0) {
      this.#pending.push(Buffer.from(bytes.subarray(0, kept)));
      this.#pendingBytes += kept;
    }
    this.#overflowBytes += bytes.length - kept;
  }

  #takeLine(): FramedLine | undefined {
    if (this.#isEmpty()) return undefined;
    const overLong = this.#overflowBytes > 0;
    const length = this.#pendingBytes + this.#overflowBytes;
    let bytes = Buffer.concat(this.#pending);
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#overflowBytes = 0;
    if (overLong) bytes = bytes.subarray(0, OVER_LONG_PREVIEW_BYTES);
    const { text, invalid } = decodeLine(bytes, this.#encoding);
    return { text, bytes, invalid, overLong, length, number: this.#lineCount };
  }
}
