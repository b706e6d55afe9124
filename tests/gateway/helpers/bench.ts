import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { startGateway, type GatewayHandle } from '../../../src/gateway/client/gateway.ts';

/** Values of `count` distinct readings in grams, e.g. `12.0345`. */
export function scriptedValues(count: number, first = 1): string[] {
  return Array.from({ length: count }, (_, i) => `${10 + first + i}.${String((first + i) * 37 % 10000).padStart(4, '0')}`);
}

/** The stable line a SICS balance sends for a value, as the simulator formats it. */
export const stableLine = (value: string) => new RegExp(`S S +${value.replace('.', '\\.')} g\r\n`);

/** Everything the gateway logged, as text, so tests can look for leaks. */
export function logCapture() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), text: () => text };
}

export interface BenchGateway {
  handle: GatewayHandle;
  /** Bytes the gateway read from the port, in order. */
  seen(): string;
}

/** Starts a gateway for NRC-01 with fast retries, collecting what it reads. */
export function startBenchGateway(options: { service: string; port: string; key: string; bufferDir: string; log?: pino.Logger; bufferLimitBytes?: number }): BenchGateway {
  let seen = '';
  const handle = startGateway({
    service: options.service,
    instrument: 'NRC-01',
    port: options.port,
    key: options.key,
    bufferDir: options.bufferDir,
    bufferLimitBytes: options.bufferLimitBytes ?? 1024 * 1024,
    log: options.log ?? pino({ level: 'silent' }),
    backoff: { initialMs: 50, maxMs: 250 },
    onChunk: (bytes) => (seen += bytes.toString('latin1')),
  });
  return { handle, seen: () => seen };
}

export const tempBufferDir = () => mkdtempSync(join(tmpdir(), 'jitu-gateway-buffer-'));
