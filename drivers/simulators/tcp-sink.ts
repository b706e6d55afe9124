import { createServer, type Socket } from 'node:net';
import { LineFramer } from '../framing/line-framer.ts';
import type { SimulatorSink } from './sink-types.ts';

type CommandHandler = (command: string, reply: (bytes: string) => void) => void;

/** Listens as a serial device server would and sends to every connected client. */
export async function listenTcpSink(host: string, port: number): Promise<SimulatorSink> {
  const sockets = new Set<Socket>();
  let handler: CommandHandler = () => {};
  const server = createServer((socket) => {
    sockets.add(socket);
    const framer = new LineFramer({ encoding: 'latin1' });
    socket.on('data', (chunk) => {
      for (const line of framer.push(chunk)) handler(line.text, (bytes) => socket.write(bytes));
    });
    socket.on('error', () => sockets.delete(socket));
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    send: (bytes) => {
      for (const socket of sockets) socket.write(bytes);
    },
    hasPeer: () => sockets.size > 0,
    onCommand: (next) => {
      handler = next;
    },
    close: () => closeServer(server, sockets),
  };
}

function closeServer(server: ReturnType<typeof createServer>, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}
