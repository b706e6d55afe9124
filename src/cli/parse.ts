import { once } from 'node:events';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { getDriver, listDrivers } from '../../drivers/index.ts';
import { LineFramer, type FramedLine } from '../../drivers/framing/line-framer.ts';
import { interpretLine } from '../../drivers/interpret-line.ts';
import type { Driver, LineOutcome, Measurement } from '../../drivers/types.ts';
import { UsageError, type CliIo, type Command } from './io.ts';

const USAGE = 'usage: jitu parse DRIVER [FILE]';

/**
 * `jitu parse DRIVER [FILE]`: writes one JSON object per measurement (NDJSON)
 * to stdout and reports every other line on stderr with its line number.
 */
export const run: Command = async (args, io) => {
  const [driverId, file, extra] = args;
  if (!driverId) throw new UsageError(`missing DRIVER; ${USAGE}; known drivers: ${knownIds()}`);
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"; ${USAGE}`);
  const driver = requireDriver(driverId);
  const input = openInput(file, io);
  await parseStream(driver, input, io);
  return 0;
};

export function knownIds(): string {
  return listDrivers()
    .map((driver) => driver.id)
    .join(', ');
}

/** Returns the driver with this id or throws a UsageError listing the known ids. */
export function requireDriver(id: string): Driver {
  const driver = getDriver(id);
  if (!driver) throw new UsageError(`unknown driver "${id}"; known drivers: ${knownIds()}`);
  return driver;
}

function openInput(file: string | undefined, io: CliIo): Readable {
  if (file === undefined || file === '-') return io.stdin;
  const path = resolve(io.cwd, file);
  if (!existsSync(path)) throw new UsageError(`FILE "${file}" not found; give a readable file or omit it to read stdin`);
  if (!statSync(path).isFile()) throw new UsageError(`FILE "${file}" is not a regular file; give a file of raw instrument bytes or omit it to read stdin`);
  return createReadStream(path);
}

async function parseStream(driver: Driver, input: Readable, io: CliIo): Promise<void> {
  const framer = new LineFramer({ encoding: driver.serial.encoding });
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : (chunk as Buffer);
    for (const line of framer.push(bytes)) report(driver, line, io);
    // Waits for a slow reader, so memory stays bounded whatever the input size.
    if (io.stdout.writableNeedDrain) await once(io.stdout, 'drain');
    if (io.stderr.writableNeedDrain) await once(io.stderr, 'drain');
  }
  const last = framer.takePartial();
  if (last) report(driver, last, io);
}

function report(driver: Driver, line: FramedLine, io: CliIo): void {
  const outcome = interpretLine(driver, line);
  if (outcome.kind === 'measurement') {
    io.stdout.write(`${JSON.stringify(toRecord(outcome.measurement))}\n`);
  } else {
    io.stderr.write(`line ${line.number}: ${describe(outcome)}: ${JSON.stringify(outcome.raw)}\n`);
  }
}

function toRecord(measurement: Measurement): Record<string, unknown> {
  const { driver, quantity, value, unit, stable, status, raw, ...optional } = measurement;
  return { driver, quantity, value, unit, stable, status, raw, ...optional };
}

function describe(outcome: Exclude<LineOutcome, { kind: 'measurement' }>): string {
  if (outcome.kind === 'unrecognised') return `not a measurement (${outcome.reason})`;
  const detail = Object.entries(outcome.detail)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  return `event ${outcome.event}${detail ? ` (${detail})` : ''}`;
}
