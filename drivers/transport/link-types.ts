import type { LineOutcome, SerialSettings } from '../types.ts';
import type { Driver } from '../types.ts';
import type { BackoffOptions } from './backoff.ts';

/** Raw bytes as they arrived, before framing. */
export interface LinkChunk {
  bytes: Buffer;
  receivedAt: Date;
  /** 1-based number of the connection, counting reconnects. */
  connection: number;
}

/** A framed line with where and when it arrived. */
export interface LinkLine {
  text: string;
  bytes: Buffer;
  /** 1-based line sequence within the connection. */
  sequence: number;
  connection: number;
  /** Arrival time of the chunk that completed the line. */
  receivedAt: Date;
  /** True for a half-received line discarded because the connection dropped. */
  cut: boolean;
}

export type LinkState =
  | { state: 'connecting'; target: string; attempt: number }
  | { state: 'open'; target: string; connection: number }
  | { state: 'down'; target: string; reason: string; retryInMs: number }
  | { state: 'closed'; target: string };

export interface InstrumentLinkOptions {
  driver: Driver;
  /** `serial:/dev/ttyUSB0`, a bare device path, or `tcp://HOST:PORT`. */
  target: string;
  /** Overrides of the driver's serial settings; ignored for TCP targets. */
  settings?: Partial<SerialSettings>;
  /** Maximum line length in bytes; longer lines are reported and discarded. */
  maxLineBytes?: number;
  backoff?: Partial<BackoffOptions>;
  /** Treat the link as down after this long without bytes, in milliseconds. Off when unset. */
  idleTimeoutMs?: number;
  /** Called for every chunk before any of its lines reach `onLine`. */
  onChunk?(chunk: LinkChunk): void;
  onLine?(outcome: LineOutcome, line: LinkLine): void;
  onState?(state: LinkState): void;
}

export interface InstrumentLink {
  /** Sends a command to the instrument; returns false when the link is not open. */
  write(data: Buffer | string): boolean;
  /** Closes the connection and stops reconnecting. */
  close(): void;
}
