import { performance } from 'node:perf_hooks';
import { WebSocket, WebSocketServer } from 'ws';

/** Readings forwarded to subscribers, stamped with their byte arrival time. */
export interface Forwarded {
  instrument: number;
  arrivedAt: number;
  value: string | null;
}

/**
 * Starts a websocket server on loopback with `subscribers` clients connected.
 * Each client records latency from byte arrival to message receipt in ms.
 */
export async function startFanout(subscribers: number) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as { port: number };
  const latencies: number[] = [];
  let recording = false;
  const clients = await Promise.all(
    Array.from({ length: subscribers }, () => connectSubscriber(port, (ms) => recording && latencies.push(ms))),
  );
  return {
    broadcast(message: Forwarded) {
      const text = JSON.stringify(message);
      for (const socket of server.clients) socket.send(text);
    },
    record(on: boolean) {
      recording = on;
    },
    takeLatencies: () => latencies.splice(0),
    async close() {
      for (const client of clients) client.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function connectSubscriber(port: number, onLatency: (ms: number) => void): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}`);
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Forwarded;
    onLatency(performance.now() - message.arrivedAt);
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return socket;
}
