import { MAX_CHUNK_BYTES } from '../protocol.ts';

/** How long bytes wait for more before they are buffered as one chunk, in milliseconds. */
export const BATCH_WINDOW_MS = 50;

/**
 * Joins the small reads a serial port delivers into chunks of at most
 * MAX_CHUNK_BYTES, so the buffer and the service see tens of chunks a second
 * instead of one per byte. A chunk keeps the arrival time of its first byte.
 */
export class ChunkBatcher {
  readonly #emit: (bytes: Buffer, receivedAt: Date) => void;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #firstAt = new Date();
  #timer: NodeJS.Timeout | undefined;

  constructor(emit: (bytes: Buffer, receivedAt: Date) => void) {
    this.#emit = emit;
  }

  push(bytes: Buffer, receivedAt: Date): void {
    if (this.#pendingBytes === 0) {
      this.#firstAt = receivedAt;
      this.#timer = setTimeout(() => this.flush(), BATCH_WINDOW_MS);
    }
    this.#pending.push(bytes);
    this.#pendingBytes += bytes.length;
    if (this.#pendingBytes >= MAX_CHUNK_BYTES) this.flush();
  }

  /** Emits what is pending now, split at MAX_CHUNK_BYTES. */
  flush(): void {
    clearTimeout(this.#timer);
    if (this.#pendingBytes === 0) return;
    const all = Buffer.concat(this.#pending);
    this.#pending = [];
    this.#pendingBytes = 0;
    for (let start = 0; start < all.length; start += MAX_CHUNK_BYTES) {
      this.#emit(all.subarray(start, start + MAX_CHUNK_BYTES), this.#firstAt);
    }
  }
}
