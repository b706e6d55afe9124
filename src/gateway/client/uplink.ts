import type { Logger } from 'pino';
import WebSocket from 'ws';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from '../../../drivers/transport/backoff.ts';
import type { PortMessage, ServiceMessage } from '../protocol.ts';
import type { BufferedRecord, DiskBuffer } from './disk-buffer.ts';

/** Maximum number of records sent and not yet acknowledged. */
export const SEND_WINDOW = 32;
const PING_INTERVAL_MS = 15_000;

export type UplinkState =
  | { state: 'connecting'; attempt: number }
  | { state: 'open'; buffered: number }
  | { state: 'down'; reason: string; retryInMs: number }
  | { state: 'closed' };

export interface UplinkOptions {
  /** `ws://HOST:PORT/api/gateway?instrument=CODE`. */
  url: string;
  key: string;
  /** Sent as Accept-Language, so refusals come in the operator's language. */
  language: 'id' | 'en';
  buffer: DiskBuffer;
  log: Logger;
  backoff?: Partial<BackoffOptions>;
  onWelcome?(instrument: { id: number; code: string; driver: string }): void;
  onState?(state: UplinkState): void;
  /** Called when the service rejects the key or the instrument, after which the uplink stops. */
  onRefused?(status: number, message: string): void;
}

/**
 * Keeps a websocket to the service open and sends the buffer's records in
 * order, a window at a time. A record leaves the buffer only when the service
 * acknowledges it, so after any disconnect sending restarts at the oldest
 * record still buffered.
 */
export class Uplink {
  readonly #options: UplinkOptions;
  readonly #backoff: BackoffOptions;
  #socket: WebSocket | undefined;
  #attempt = 0;
  #cursor = 0;
  #inFlight = 0;
  #closed = false;
  #retryTimer: NodeJS.Timeout | undefined;
  #pingTimer: NodeJS.Timeout | undefined;
  #lastPort: PortMessage | undefined;

  constructor(options: UplinkOptions) {
    this.#options = options;
    this.#backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  }

  start(): void {
    this.#connect();
  }

  /** Sends newly buffered records when the connection has room. */
  notify(): void {
    this.#pump();
  }

  /** Forwards the serial port state now, and again after every reconnect. */
  sendPort(message: PortMessage): void {
    this.#lastPort = message;
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(message));
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#retryTimer);
    clearInterval(this.#pingTimer);
    this.#socket?.close(1000, 'gateway stopping');
    this.#options.onState?.({ state: 'closed' });
  }

  #connect(): void {
    this.#attempt++;
    this.#options.onState?.({ state: 'connecting', attempt: this.#attempt });
    const socket = new WebSocket(this.#options.url, {
      headers: { authorization: `Bearer ${this.#options.key}`, 'accept-language': this.#options.language },
    });
    this.#socket = socket;
    let refused = false;
    let lastError: string | undefined;
    socket.on('unexpected-response', (_request, response) => {
      refused = true;
      readBody(response, (body) => {
        socket.terminate();
        this.#refuse(response.statusCode ?? 0, body);
      });
    });
    socket.on('open', () => this.#opened(socket));
    socket.on('message', (data) => this.#receive(data.toString()));
    socket.on('pong', () => ((socket as WebSocket & { alive?: boolean }).alive = true));
    socket.on('error', (error) => (lastError = error.message));
    socket.on('close', (code, reason) => {
      if (!refused) this.#down(socket, lastError ?? closeReason(code, reason.toString()));
    });
  }

  #opened(socket: WebSocket): void {
    this.#attempt = 0;
    this.#cursor = 0;
    this.#inFlight = 0;
    this.#options.onState?.({ state: 'open', buffered: this.#options.buffer.count() });
    if (this.#lastPort) socket.send(JSON.stringify(this.#lastPort));
    this.#startPing(socket);
    this.#pump();
  }

  #receive(text: string): void {
    const message = JSON.parse(text) as ServiceMessage;
    if (message.type === 'welcome') this.#options.onWelcome?.(message.instrument);
    if (message.type === 'error') this.#options.log.error({ reason: message.message }, 'service rejected a gateway message');
    if (message.type !== 'ack') return;
    this.#inFlight = Math.max(this.#inFlight - 1, 0);
    this.#options.buffer.acknowledge(message.stream, message.sequence);
    this.#options.log.trace({ stream: message.stream, sequence: message.sequence }, 'chunk acknowledged');
    this.#pump();
  }

  #pump(): void {
    const socket = this.#socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    const room = SEND_WINDOW - this.#inFlight;
    if (room <= 0) return;
    for (const record of this.#options.buffer.after(this.#cursor, room)) {
      socket.send(JSON.stringify(toMessage(record)));
      this.#cursor = record.rowId;
      this.#inFlight++;
    }
  }

  #down(socket: WebSocket, reason: string): void {
    clearInterval(this.#pingTimer);
    if (this.#closed || this.#socket !== socket) return;
    this.#socket = undefined;
    const retryInMs = backoffDelay(Math.max(this.#attempt, 1), this.#backoff);
    this.#options.onState?.({ state: 'down', reason, retryInMs });
    this.#retryTimer = setTimeout(() => this.#connect(), retryInMs);
  }

  #refuse(status: number, body: string): void {
    // A wrong key or instrument does not heal by retrying, but a server error does.
    if (status >= 500 || status === 429) {
      this.#down(this.#socket!, `the service answered HTTP ${status}`);
      return;
    }
    this.#closed = true;
    this.#options.onRefused?.(status, errorMessage(body) ?? `HTTP ${status}`);
  }

  #startPing(socket: WebSocket & { alive?: boolean }): void {
    socket.alive = true;
    this.#pingTimer = setInterval(() => {
      if (!socket.alive) {
        socket.terminate();
        return;
      }
      socket.alive = false;
      socket.ping();
    }, PING_INTERVAL_MS);
  }
}

function toMessage(record: BufferedRecord) {
  if (record.kind === 'end') return { type: 'end', stream: record.stream, sequence: record.sequence };
  return { type: 'chunk', stream: record.stream, sequence: record.sequence, receivedAt: record.receivedAt, bytes: record.bytes.toString('base64') };
}

function readBody(response: NodeJS.ReadableStream, done: (body: string) => void): void {
  let body = '';
  response.on('data', (chunk: Buffer) => (body += chunk.toString()));
  response.on('end', () => done(body));
  response.on('error', () => done(body));
}

function errorMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    return typeof parsed.message === 'string' ? parsed.message : undefined;
  } catch {
    return undefined;
  }
}

function closeReason(code: number, reason: string): string {
  return reason ? `the service closed the connection (${code}: ${reason})` : `the service connection closed (${code})`;
}
