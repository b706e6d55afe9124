import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { getDriver } from '../../drivers/index.ts';
import { parseTarget } from '../../drivers/transport/target.ts';
import type { SerialSettings } from '../../drivers/types.ts';
import { startGateway } from '../gateway/client/gateway.ts';
import { UsageError, waitForSignal, type CliIo, type Command } from './io.ts';

const USAGE =
  'usage: jitu gateway --service ws://HOST:PORT --instrument CODE --port PATH --key-file PATH --buffer DIR ' +
  '[--buffer-limit MB] [--driver ID] [--baud N] [--data-bits 7|8] [--parity none|even|odd] [--stop-bits 1|2] ' +
  '[--flow-control none|rtscts|xonxoff] [--lang id|en] [--log-level info]';

const DEFAULT_BUFFER_LIMIT_MB = 256;

const OPTIONS = {
  service: { type: 'string' },
  instrument: { type: 'string' },
  port: { type: 'string' },
  'key-file': { type: 'string' },
  buffer: { type: 'string' },
  'buffer-limit': { type: 'string' },
  driver: { type: 'string' },
  baud: { type: 'string' },
  'data-bits': { type: 'string' },
  parity: { type: 'string' },
  'stop-bits': { type: 'string' },
  'flow-control': { type: 'string' },
  lang: { type: 'string' },
  'log-level': { type: 'string' },
} as const;

type Values = ReturnType<typeof parseOptions>;

/** `jitu gateway`: forwards a bench PC's serial port to the service until SIGINT or SIGTERM. */
export const run: Command = async (args, io) => {
  const values = parseOptions(args);
  const log = pino({ name: 'jitu-gateway', level: values['log-level'] ?? 'info', base: { instrument: values.instrument } }, io.stdout);
  const key = readKey(resolve(io.cwd, required(values['key-file'], '--key-file')), log);
  const gateway = startGateway({
    service: serviceUrl(required(values.service, '--service')),
    instrument: required(values.instrument, '--instrument'),
    port: portTarget(required(values.port, '--port')),
    key,
    bufferDir: resolve(io.cwd, required(values.buffer, '--buffer')),
    bufferLimitBytes: bufferLimit(values['buffer-limit']),
    driver: driverId(values.driver),
    settings: serialSettings(values),
    language: values.lang === 'en' ? 'en' : 'id',
    log,
  });
  const signal = waitForSignal();
  const exit = await Promise.race([gateway.exited, signal.received]);
  signal.cancel();
  await gateway.close();
  if (exit.reason === 'refused') throw new Error(`the service rejected the gateway (HTTP ${exit.status}): ${exit.message}`);
  return 0;
};

function parseOptions(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`missing ${name}; ${USAGE}`);
  return value;
}

function readKey(file: string, log: pino.Logger): string {
  let key: string;
  try {
    key = readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new UsageError(`--key-file "${file}" could not be read: ${(error as Error).message}`);
  }
  if (!key || /\s/.test(key)) throw new UsageError(`--key-file "${file}" must contain the gateway key alone, on one line`);
  if ((statSync(file).mode & 0o077) !== 0) log.warn({ keyFile: file }, 'key file is readable by other users; run chmod 600 on it');
  return key;
}

function serviceUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`invalid --service "${text}": expected ws://HOST:PORT or wss://HOST:PORT`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new UsageError(`invalid --service "${text}": expected ws://HOST:PORT or wss://HOST:PORT`);
  }
  return text;
}

function portTarget(text: string): string {
  try {
    parseTarget(text);
  } catch (error) {
    throw new UsageError(`--port: ${(error as Error).message}`);
  }
  return text;
}

function driverId(id: string | undefined): string | undefined {
  if (id !== undefined && !getDriver(id)) throw new UsageError(`unknown --driver "${id}": run \`jitu drivers\` for the ids`);
  return id;
}

function bufferLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_BUFFER_LIMIT_MB * 1024 * 1024;
  const megabytes = Number(text);
  if (!(megabytes > 0) || !Number.isFinite(megabytes)) throw new UsageError(`invalid --buffer-limit "${text}": expected megabytes, more than 0`);
  return Math.floor(megabytes * 1024 * 1024);
}

function serialSettings(values: Values): Partial<SerialSettings> {
  const settings: Partial<SerialSettings> = {};
  if (values.baud !== undefined) settings.baudRate = choice('--baud', values.baud, (n) => Number.isInteger(n) && n > 0);
  if (values['data-bits'] !== undefined) settings.dataBits = choice('--data-bits', values['data-bits'], (n) => [5, 6, 7, 8].includes(n)) as SerialSettings['dataBits'];
  if (values['stop-bits'] !== undefined) settings.stopBits = choice('--stop-bits', values['stop-bits'], (n) => [1, 1.5, 2].includes(n)) as SerialSettings['stopBits'];
  if (values.parity !== undefined) settings.parity = oneOf('--parity', values.parity, ['none', 'even', 'odd', 'mark', 'space'] as const);
  if (values['flow-control'] !== undefined) settings.flowControl = oneOf('--flow-control', values['flow-control'], ['none', 'rtscts', 'xonxoff'] as const);
  return settings;
}

function choice(name: string, text: string, valid: (n: number) => boolean): number {
  const value = Number(text);
  if (text.trim() === '' || !valid(value)) throw new UsageError(`invalid ${name} "${text}"; ${USAGE}`);
  return value;
}

function oneOf<T extends string>(name: string, text: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text)) throw new UsageError(`invalid ${name} "${text}": use ${allowed.join(', ')}`);
  return text as T;
}
