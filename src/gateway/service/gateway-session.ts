import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { Driver } from '../../../drivers/types.ts';
import type { Db } from '../../db/database.ts';
import type { LiveHub, LinkState } from '../../testing/live-hub.ts';
import { CLOSE_PROTOCOL_ERROR, GATEWAY_PROTOCOL, gatewayMessage, type GatewayMessage, type ServiceMessage } from '../protocol.ts';
import type { GatewayIdentity } from './keys.ts';
import { endGatewayStream, storeGatewayChunk, StreamOwnerError, type StreamOwner } from './stream-store.ts';

export interface GatewayInstrument {
  id: number;
  code: string;
  driver: Driver;
}

export interface SessionDeps {
  db: Db;
  hub: LiveHub;
  log: FastifyBaseLogger;
}

// Open gateway sockets per instrument of each service, so the link shows
// down only when the last one closes.
const openSocketsByHub = new WeakMap<LiveHub, Map<number, number>>();

function socketCounts(hub: LiveHub): Map<number, number> {
  let counts = openSocketsByHub.get(hub);
  if (!counts) {
    counts = new Map();
    openSocketsByHub.set(hub, counts);
  }
  return counts;
}

/**
 * Serves one gateway websocket: stores each message in arrival order,
 * acknowledges what is committed, and publishes the link state live.
 */
export function serveGateway(socket: WebSocket, identity: GatewayIdentity, instrument: GatewayInstrument, deps: SessionDeps): void {
  const log = deps.log.child({ instrumentId: instrument.id, code: instrument.code, gateway: identity.name });
  const owner: StreamOwner = { db: deps.db, hub: deps.hub, log, instrumentId: instrument.id, keyId: identity.keyId, driver: instrument.driver };
  const publish = (state: LinkState, detail: string) =>
    deps.hub.publish({ type: 'state', instrumentId: instrument.id, state, detail, at: new Date().toISOString() });
  const openSockets = socketCounts(deps.hub);
  let queue: Promise<void> = Promise.resolve();

  openSockets.set(instrument.id, (openSockets.get(instrument.id) ?? 0) + 1);
  log.info('gateway connected');
  publish('open', `gateway "${identity.name}" connected`);
  send(socket, { type: 'welcome', protocol: GATEWAY_PROTOCOL, instrument: { id: instrument.id, code: instrument.code, driver: instrument.driver.id } });

  socket.on('message', (data, isBinary) => {
    const message = isBinary ? undefined : parseMessage(data.toString());
    if (!message) {
      reject(socket, log, 'expected a JSON text message of type chunk, end or port');
      return;
    }
    queue = queue.then(() => handle(message));
  });

  socket.on('close', () => {
    const left = (openSockets.get(instrument.id) ?? 1) - 1;
    openSockets.set(instrument.id, left);
    log.info('gateway disconnected');
    if (left === 0) publish('down', `gateway "${identity.name}" disconnected; it buffers until it reconnects`);
  });

  async function handle(message: GatewayMessage): Promise<void> {
    if (socket.readyState !== socket.OPEN) return;
    if (message.type === 'port') {
      publish(message.state, `gateway "${identity.name}": ${message.detail ?? `serial port ${message.state}`}`);
      return;
    }
    try {
      const outcome = message.type === 'chunk' ? await storeGatewayChunk(owner, message) : await endGatewayStream(owner, message);
      if (outcome === 'duplicate') log.debug({ stream: message.stream, sequence: message.sequence }, 'gateway chunk already stored');
      send(socket, { type: 'ack', stream: message.stream, sequence: message.sequence });
    } catch (error) {
      if (error instanceof StreamOwnerError) {
        reject(socket, log, error.message);
        return;
      }
      // Not acknowledged, so the gateway keeps the chunk and sends it again.
      log.error({ err: error, stream: message.stream, sequence: message.sequence }, 'storing a gateway chunk failed');
      socket.close(1011, 'storing failed; send again later');
    }
  }
}

function parseMessage(text: string): GatewayMessage | undefined {
  try {
    const parsed = gatewayMessage.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function send(socket: WebSocket, message: ServiceMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

function reject(socket: WebSocket, log: FastifyBaseLogger, reason: string): void {
  log.warn({ reason }, 'gateway message rejected');
  send(socket, { type: 'error', message: reason });
  socket.close(CLOSE_PROTOCOL_ERROR, reason.slice(0, 120));
}
