import type { Logger } from 'pino';
import type { DiskBuffer } from './disk-buffer.ts';

/**
 * Numbers the chunks of one serial connection into the buffer. A new stream
 * starts whenever the port opens again or the buffer had to drop bytes, so
 * the service never joins bytes on either side of a gap into one line.
 */
export class SerialStreams {
  readonly #buffer: DiskBuffer;
  readonly #log: Logger;
  #stream: string | undefined;
  #connection = 0;
  #nextSequence = 1;
  #droppedBytes = 0;

  constructor(buffer: DiskBuffer, log: Logger) {
    this.#buffer = buffer;
    this.#log = log;
  }

  /** Appends a chunk of `connection`; returns false when the buffer is full and the chunk was dropped. */
  append(connection: number, bytes: Buffer, receivedAt: Date): boolean {
    if (connection !== this.#connection) {
      this.end();
      this.#connection = connection;
    }
    if (!this.#buffer.hasRoomFor(bytes.length)) {
      this.#drop(bytes.length);
      return false;
    }
    if (this.#droppedBytes > 0) this.#resume();
    const stream = this.#stream ?? this.#start();
    const sequence = this.#nextSequence++;
    this.#buffer.appendChunk(stream, sequence, bytes, receivedAt);
    this.#log.trace({ stream, sequence, bytes: bytes.length }, 'chunk buffered');
    return true;
  }

  /** Ends the current stream, e.g. when the port closes. */
  end(): void {
    if (!this.#stream) return;
    this.#buffer.appendEnd(this.#stream, this.#nextSequence);
    this.#log.debug({ stream: this.#stream, sequence: this.#nextSequence }, 'stream ended');
    this.#stream = undefined;
  }

  #start(): string {
    this.#stream = this.#buffer.newStream();
    this.#nextSequence = 1;
    this.#log.info({ stream: this.#stream }, 'stream started');
    return this.#stream;
  }

  #drop(byteCount: number): void {
    if (this.#droppedBytes === 0) {
      this.#log.warn(
        { bufferFile: this.#buffer.file, limitBytes: this.#buffer.limitBytes, stream: this.#stream },
        'buffer full: instrument bytes are being dropped until the service acknowledges buffered chunks; raise --buffer-limit or restore the service connection',
      );
      this.end();
    }
    this.#droppedBytes += byteCount;
  }

  #resume(): void {
    this.#log.warn({ droppedBytes: this.#droppedBytes }, 'buffer has room again; the bytes dropped while it was full are lost');
    this.#droppedBytes = 0;
  }
}
