import type { Logger } from 'pino';
import { getDriver } from '../../../drivers/index.ts';
import { openInstrumentLink, type InstrumentLink, type LinkState } from '../../../drivers/transport/instrument-link.ts';
import type { BackoffOptions } from '../../../drivers/transport/backoff.ts';
import type { SerialSettings } from '../../../drivers/types.ts';
import { ChunkBatcher } from './chunk-batcher.ts';
import { DiskBuffer } from './disk-buffer.ts';
import { SerialStreams } from './serial-stream.ts';
import { Uplink, type UplinkState } from './uplink.ts';

export interface GatewayOptions {
  /** Base address of the service, `ws://HOST:PORT` or `wss://HOST:PORT`. */
  service: string;
  /** Instrument code, e.g. `NRC-01`. */
  instrument: string;
  /** Serial device path, `serial:PATH` or `tcp://HOST:PORT` of a device server. */
  port: string;
  key: string;
  bufferDir: string;
  bufferLimitBytes: number;
  /** Driver id for the serial settings; learnt from the service when unset. */
  driver?: string;
  settings?: Partial<SerialSettings>;
  /** Language of the service's refusal messages. */
  language?: 'id' | 'en';
  log: Logger;
  backoff?: Partial<BackoffOptions>;
  /** Called with every chunk read from the port, before it is buffered. */
  onChunk?(bytes: Buffer): void;
}

export type GatewayExit = { reason: 'closed' } | { reason: 'refused'; status: number; message: string };

export interface GatewayHandle {
  /** Records buffered and not yet acknowledged. */
  pending(): number;
  uplinkState(): UplinkState['state'];
  /** State of the serial port; `waiting` until the driver is known. */
  portState(): LinkState['state'] | 'waiting';
  /** Resolves when the gateway stops: closed by the caller or refused by the service. */
  exited: Promise<GatewayExit>;
  close(): Promise<void>;
}

/**
 * Forwards an instrument's serial bytes to the service: port → disk buffer →
 * websocket, each record deleted only once the service acknowledges it.
 */
export function startGateway(options: GatewayOptions): GatewayHandle {
  const log = options.log;
  const buffer = DiskBuffer.open(options.bufferDir, options.bufferLimitBytes);
  const streams = new SerialStreams(buffer, log);
  let link: InstrumentLink | undefined;
  let state: UplinkState['state'] = 'connecting';
  let port: LinkState['state'] | 'waiting' = 'waiting';
  let stopped = false;
  let finish: (exit: GatewayExit) => void = () => {};
  const exited = new Promise<GatewayExit>((resolve) => (finish = resolve));

  const uplink = new Uplink({
    url: gatewayUrl(options.service, options.instrument),
    key: options.key,
    language: options.language ?? 'id',
    buffer,
    log,
    backoff: options.backoff,
    onWelcome: (instrument) => {
      log.info({ instrumentId: instrument.id, driver: instrument.driver }, 'service accepted the gateway');
      if (options.driver && options.driver !== instrument.driver) {
        log.warn({ driver: options.driver, serviceDriver: instrument.driver }, '--driver differs from the driver the service has for this instrument; the service parses with its own');
      }
      buffer.rememberDriver(instrument.driver);
      openPort();
    },
    onState: (next) => {
      state = next.state;
      logUplink(log, next);
    },
    onRefused: (status, message) => {
      log.error({ status, reason: message }, 'service rejected the gateway; check --key-file and --instrument');
      void stop({ reason: 'refused', status, message });
    },
  });

  const batcher = new ChunkBatcher((bytes, receivedAt) => {
    if (streams.append(currentConnection, bytes, receivedAt)) uplink.notify();
  });
  let currentConnection = 0;

  function openPort(): void {
    if (link || stopped) return;
    const driverId = options.driver ?? buffer.driverId();
    const driver = driverId ? getDriver(driverId) : undefined;
    if (!driver) {
      log.info({ port: options.port }, 'waiting for the service to name the instrument driver before opening the port');
      return;
    }
    link = openInstrumentLink({
      driver,
      target: options.port,
      settings: options.settings,
      backoff: options.backoff,
      onChunk: (chunk) => {
        options.onChunk?.(chunk.bytes);
        if (chunk.connection !== currentConnection) batcher.flush();
        currentConnection = chunk.connection;
        batcher.push(chunk.bytes, chunk.receivedAt);
      },
      onState: (portState) => portChanged(portState),
    });
  }

  function portChanged(portState: LinkState): void {
    port = portState.state;
    const detail = portState.state === 'down' ? portState.reason : null;
    const level = portState.state === 'down' ? 'warn' : 'info';
    log[level]({ port: portState.target, state: portState.state, detail }, 'serial port state');
    if (portState.state === 'down' || portState.state === 'closed') {
      batcher.flush();
      streams.end();
      uplink.notify();
    }
    uplink.sendPort({ type: 'port', state: portState.state, detail });
  }

  async function stop(exit: GatewayExit): Promise<void> {
    if (stopped) return;
    stopped = true;
    link?.close();
    batcher.flush();
    streams.end();
    uplink.close();
    buffer.close();
    log.info({ reason: exit.reason }, 'gateway stopped');
    finish(exit);
  }

  log.info({ pending: buffer.count(), bufferFile: buffer.file }, 'gateway starting');
  uplink.start();
  openPort();
  return {
    pending: () => (stopped ? 0 : buffer.count()),
    uplinkState: () => state,
    portState: () => port,
    exited,
    close: () => stop({ reason: 'closed' }),
  };
}

/** Builds the websocket address of an instrument's gateway route. */
export function gatewayUrl(service: string, instrument: string): string {
  const url = new URL('/api/gateway', service);
  url.searchParams.set('instrument', instrument);
  return url.toString();
}

function logUplink(log: Logger, state: UplinkState): void {
  if (state.state === 'open') log.info({ pending: state.buffered }, 'connected to the service; sending buffered chunks');
  else if (state.state === 'down') log.warn({ reason: state.reason, retryInMs: state.retryInMs }, 'service out of reach; buffering on disk');
  else if (state.state === 'connecting') log.debug({ attempt: state.attempt }, 'connecting to the service');
}
