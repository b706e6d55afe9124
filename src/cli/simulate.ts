import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startSimulator, type SimulatorScript } from '../../drivers/simulators/index.ts';
import { parseTarget } from '../../drivers/transport/target.ts';
import { requireDriver } from './parse.ts';
import { UsageError, waitForSignal, type CliIo, type Command } from './io.ts';

const USAGE = 'usage: jitu simulate DRIVER --to PATH|tcp://HOST:PORT [--seed N] [--rate HZ] [--script FILE]';

/** `jitu simulate`: runs a simulated instrument until SIGINT or SIGTERM. */
export const run: Command = async (args, io) => {
  const { positionals, values } = parseOptions(args);
  const [driverId, extra] = positionals;
  if (!driverId) throw new UsageError(`missing DRIVER; ${USAGE}`);
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"; ${USAGE}`);
  requireDriver(driverId);
  const to = requireTarget(values.to);
  const seed = optionalNumber('--seed', values.seed, Number.isInteger);
  const rateHz = optionalNumber('--rate', values.rate, (n) => n >= 0 && Number.isFinite(n));
  const script = values.script === undefined ? undefined : readScript(values.script, io);
  const simulator = await startSimulator({
    driver: driverId, to, seed, rateHz, script,
    onError: (error) => io.stderr.write(`simulator port error: ${error.message}\n`),
  });
  const signal = waitForSignal();
  io.stderr.write(`simulating ${driverId} on ${to}; stop with Ctrl-C\n`);
  await signal.received;
  await simulator.stop();
  return 0;
};

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        seed: { type: 'string' },
        rate: { type: 'string' },
        script: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
}

function requireTarget(to: string | undefined): string {
  if (!to) throw new UsageError(`missing --to; give a serial device path or tcp://127.0.0.1:PORT; ${USAGE}`);
  try {
    parseTarget(to);
  } catch (error) {
    throw new UsageError(`--to: ${(error as Error).message}`);
  }
  return to;
}

function optionalNumber(name: string, text: string | undefined, valid: (n: number) => boolean): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !valid(value)) throw new UsageError(`invalid ${name} "${text}"; ${USAGE}`);
  return value;
}

function readScript(file: string, io: CliIo): SimulatorScript {
  let script: unknown;
  try {
    script = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8'));
  } catch (error) {
    throw new UsageError(`--script "${file}" could not be read as JSON: ${(error as Error).message}`);
  }
  const readings = (script as SimulatorScript | null)?.readings;
  if (!Array.isArray(readings) || readings.some((reading) => typeof reading?.value !== 'string')) {
    throw new UsageError(`--script "${file}": expected {"readings": [{"value": "2.4536"}, ...]}`);
  }
  return script as SimulatorScript;
}
