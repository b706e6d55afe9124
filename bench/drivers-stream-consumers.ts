import { performance } from 'node:perf_hooks';
import { ReadlineParser } from '@serialport/parser-readline';
import { SerialPort } from 'serialport';
import { mettlerSics } from '../drivers/mettler-sics.ts';
import { openInstrumentLink } from '../drivers/transport/instrument-link.ts';
import type { Forwarded } from './drivers-stream-fanout.ts';

type Forward = (message: Forwarded) => void;

export interface Consumer {
  close(): Promise<void>;
}

/** Reads each target through Jitu's instrument link and forwards its measurements. */
export function consumeWithLinks(targets: string[], forward: Forward): Consumer {
  const links = targets.map((target, instrument) => {
    let arrivedAt = 0;
    return openInstrumentLink({
      driver: mettlerSics,
      target,
      onChunk: () => {
        arrivedAt = performance.now();
      },
      onLine: (outcome) => {
        if (outcome.kind !== 'measurement') return;
        forward({ instrument, arrivedAt, value: outcome.measurement.value });
      },
    });
  });
  return {
    close: async () => {
      for (const link of links) link.close();
    },
  };
}

/** Reads each serial path with bare serialport and parser-readline, as a baseline. */
export async function consumeWithReadline(paths: string[], forward: Forward): Promise<Consumer> {
  const ports = await Promise.all(paths.map((path, instrument) => openReadline(path, instrument, forward)));
  return {
    close: async () => {
      await Promise.all(ports.map((port) => new Promise((resolve) => port.close(resolve))));
    },
  };
}

async function openReadline(path: string, instrument: number, forward: Forward): Promise<SerialPort> {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  let arrivedAt = 0;
  port.on('data', () => {
    arrivedAt = performance.now();
  });
  const parser = port.pipe(new ReadlineParser({ delimiter: '\r\n' }));
  parser.on('data', (line: string) => {
    const value = /(-?\d+\.\d+)/.exec(line)?.[1] ?? null;
    forward({ instrument, arrivedAt, value });
  });
  return port;
}
