import WebSocket from 'ws';
import type { ServiceMessage } from '../../../src/gateway/protocol.ts';

/** A hand-driven gateway connection, for sending crafted protocol messages. */
export interface RawGateway {
  socket: WebSocket;
  messages: ServiceMessage[];
  send(message: object): void;
  /** Waits for the acknowledgement of one stream sequence. */
  acked(stream: string, sequence: number): Promise<void>;
  close(): Promise<void>;
}

/** Connects, or rejects with the HTTP status the service refused with. */
export function connectRaw(url: string, key: string | null, instrument = 'NRC-01'): Promise<RawGateway> {
  const headers: Record<string, string> = { 'accept-language': 'en' };
  if (key !== null) headers.authorization = `Bearer ${key}`;
  const socket = new WebSocket(`${url}/api/gateway?instrument=${encodeURIComponent(instrument)}`, { headers });
  const messages: ServiceMessage[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as ServiceMessage));
  return new Promise((resolve, reject) => {
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
    socket.once('open', () => resolve({
      socket,
      messages,
      send: (message) => socket.send(JSON.stringify(message)),
      acked: (stream, sequence) => waitForAck(messages, stream, sequence),
      close: () => new Promise((done) => {
        socket.once('close', () => done());
        socket.close();
      }),
    }));
  });
}

async function waitForAck(messages: ServiceMessage[], stream: string, sequence: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  const isAck = (m: ServiceMessage) => m.type === 'ack' && m.stream === stream && m.sequence === sequence;
  while (!messages.some(isAck)) {
    if (Date.now() > deadline) throw new Error(`no ack for ${stream}:${sequence}; got ${JSON.stringify(messages)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A chunk message of text bytes. */
export const chunk = (stream: string, sequence: number, text: string) => ({
  type: 'chunk',
  stream,
  sequence,
  receivedAt: new Date().toISOString(),
  bytes: Buffer.from(text, 'latin1').toString('base64'),
});
