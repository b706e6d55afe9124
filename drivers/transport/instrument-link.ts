import { LineFramer, type FramedLine } from '../framing/line-framer.ts';
import { interpretLine } from '../interpret-line.ts';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.ts';
import type { Connector, RawConnection } from './connection.ts';
import type { InstrumentLink, InstrumentLinkOptions, LinkLine } from './link-types.ts';
import { serialConnector } from './serial-connector.ts';
import { formatTarget, parseTarget } from './target.ts';
import { tcpConnector } from './tcp-connector.ts';

export type * from './link-types.ts';

const CUT_REASON = 'incomplete line discarded: the connection dropped before its terminator';

/**
 * Opens a link to an instrument and keeps it open: after an unplugged port or
 * a dead server it reconnects with capped exponential backoff. Each connection
 * gets a fresh framer, so a half line from one connection is reported as cut
 * and never joined to the next connection's bytes.
 */
export function openInstrumentLink(options: InstrumentLinkOptions): InstrumentLink {
  const target = parseTarget(options.target);
  const settings = { ...options.driver.serial, ...options.settings };
  const connector: Connector =
    target.kind === 'tcp' ? tcpConnector(target.host, target.port) : serialConnector(target.path, settings);
  return new LinkRunner(options, connector, formatTarget(target)).start();
}

class LinkRunner {
  readonly #options: InstrumentLinkOptions;
  readonly #connector: Connector;
  readonly #target: string;
  readonly #backoff: BackoffOptions;
  #connection: RawConnection | undefined;
  #connectionCount = 0;
  #attempt = 0;
  #closed = false;
  #retryTimer: NodeJS.Timeout | undefined;
  #idleTimer: NodeJS.Timeout | undefined;

  constructor(options: InstrumentLinkOptions, connector: Connector, target: string) {
    this.#options = options;
    this.#connector = connector;
    this.#target = target;
    this.#backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  }

  start(): InstrumentLink {
    void this.#connect();
    return {
      write: (data) => this.#connection?.write(data) ?? false,
      close: () => this.#close(),
    };
  }

  async #connect(): Promise<void> {
    this.#attempt++;
    this.#options.onState?.({ state: 'connecting', target: this.#target, attempt: this.#attempt });
    const session = new ConnectionSession(this.#options, ++this.#connectionCount);
    try {
      const connection = await this.#connector({
        onData: (chunk) => this.#receive(session, chunk),
        onClose: (reason) => this.#drop(session, reason),
      });
      if (this.#closed || session.dropped) {
        connection.close();
        return;
      }
      this.#connection = connection;
      this.#attempt = 0;
      this.#armIdleTimer(session);
      this.#options.onState?.({ state: 'open', target: this.#target, connection: session.number });
    } catch (error) {
      this.#drop(session, (error as Error).message);
    }
  }

  #receive(session: ConnectionSession, chunk: Buffer): void {
    if (this.#closed || session.dropped) return;
    this.#armIdleTimer(session);
    session.receive(chunk);
  }

  #drop(session: ConnectionSession, reason: string): void {
    if (session.dropped) return;
    session.drop();
    this.#connection = undefined;
    clearTimeout(this.#idleTimer);
    if (this.#closed) return;
    const retryInMs = backoffDelay(Math.max(this.#attempt, 1), this.#backoff);
    this.#options.onState?.({ state: 'down', target: this.#target, reason, retryInMs });
    this.#retryTimer = setTimeout(() => void this.#connect(), retryInMs);
  }

  #armIdleTimer(session: ConnectionSession): void {
    const timeoutMs = this.#options.idleTimeoutMs;
    if (timeoutMs === undefined) return;
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      const connection = this.#connection;
      this.#drop(session, `no bytes received for ${timeoutMs} ms`);
      connection?.close();
    }, timeoutMs);
  }

  #close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#retryTimer);
    clearTimeout(this.#idleTimer);
    this.#connection?.close();
    this.#connection = undefined;
    this.#options.onState?.({ state: 'closed', target: this.#target });
  }
}

/** Framing state of one connection: its own framer and line sequence. */
class ConnectionSession {
  readonly number: number;
  dropped = false;
  readonly #options: InstrumentLinkOptions;
  readonly #framer: LineFramer;
  #sequence = 0;

  constructor(options: InstrumentLinkOptions, number: number) {
    this.number = number;
    this.#options = options;
    const encoding = options.settings?.encoding ?? options.driver.serial.encoding;
    this.#framer = new LineFramer({ encoding, maxLineBytes: options.maxLineBytes });
  }

  receive(bytes: Buffer): void {
    const receivedAt = new Date();
    this.#options.onChunk?.({ bytes, receivedAt, connection: this.number });
    for (const framed of this.#framer.push(bytes)) this.#emit(framed, receivedAt, false);
  }

  drop(): void {
    this.dropped = true;
    const partial = this.#framer.takePartial();
    if (partial) this.#emit(partial, new Date(), true);
  }

  #emit(framed: FramedLine, receivedAt: Date, cut: boolean): void {
    const line: LinkLine = {
      text: framed.text,
      bytes: framed.bytes,
      sequence: ++this.#sequence,
      connection: this.number,
      receivedAt,
      cut,
    };
    const outcome = cut
      ? { kind: 'unrecognised' as const, reason: CUT_REASON, raw: framed.text }
      : interpretLine(this.#options.driver, framed);
    this.#options.onLine?.(outcome, line);
  }
}
