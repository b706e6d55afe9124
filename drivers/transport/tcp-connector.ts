import { connect } from 'node:net';
import { closeOnce, type Connector } from './connection.ts';

const KEEPALIVE_MS = 10_000;

/** Connects to a serial device server: a plain TCP socket carrying the instrument's bytes. */
export function tcpConnector(host: string, port: number): Connector {
  return (handlers) =>
    new Promise((resolve, reject) => {
      const once = closeOnce(handlers);
      const socket = connect({ host, port });
      let opened = false;
      socket.once('connect', () => {
        opened = true;
        socket.setNoDelay(true);
        socket.setKeepAlive(true, KEEPALIVE_MS);
        resolve({ write: (data) => socket.write(data), close: () => socket.destroy() });
      });
      socket.on('data', once.onData);
      socket.on('error', (error) => {
        if (!opened) reject(error);
        else once.onClose(error.message);
      });
      socket.on('close', () => {
        if (opened) once.onClose('the device server closed the connection');
      });
    });
}
