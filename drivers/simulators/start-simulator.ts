import { getDriver } from '../index.ts';
import { parseTarget } from '../transport/target.ts';
import type { Driver } from '../types.ts';
import { getSimulator } from './registry.ts';
import type { SimulatorModel, SimulatorScript } from './model.ts';
import { Random } from './random.ts';
import { scriptedModel } from './scripted-model.ts';
import { openSerialSink } from './serial-sink.ts';
import type { SimulatorSink } from './sink-types.ts';
import { listenTcpSink } from './tcp-sink.ts';

export interface StartSimulatorOptions {
  /** Driver id whose instrument to simulate. */
  driver: string;
  /** A serial device path (one end of a pseudo-terminal pair) or `tcp://HOST:PORT` to listen on. */
  to: string;
  /** Seed of the pseudo-random stream (default 1), so runs can be replayed. */
  seed?: number;
  /** Lines per second while streaming (default 2). Zero sends only replies to commands. */
  rateHz?: number;
  script?: SimulatorScript;
  /** Called with port errors the simulator survives. */
  onError?(error: Error): void;
}

export interface SimulatorHandle {
  stop(): Promise<void>;
}

const DEFAULT_RATE_HZ = 2;

/** Starts a simulated instrument that streams lines and replies to commands. */
export async function startSimulator(options: StartSimulatorOptions): Promise<SimulatorHandle> {
  const driver = getDriver(options.driver);
  const definition = getSimulator(options.driver);
  if (!driver || !definition) {
    throw new TypeError(`no simulator for driver "${options.driver}": run \`jitu drivers\` for the ids`);
  }
  const rateHz = options.rateHz ?? DEFAULT_RATE_HZ;
  if (!(rateHz >= 0) || !Number.isFinite(rateHz)) {
    throw new RangeError(`invalid rateHz ${rateHz}: expected a number of lines per second, 0 or more`);
  }
  const random = new Random(options.seed ?? 1);
  if (definition.serve) return definition.serve(parseTarget(options.to), random, rateHz);
  const model = options.script
    ? scriptedModel(options.script, definition, random)
    : definition.createModel(random);
  const sink = await openSink(options, driver);
  return runModel(model, sink, driver.serial.delimiter, rateHz);
}

async function openSink(options: StartSimulatorOptions, driver: Driver): Promise<SimulatorSink> {
  const target = parseTarget(options.to);
  if (target.kind === 'tcp') return listenTcpSink(target.host, target.port);
  return openSerialSink(target.path, driver.serial, options.onError ?? (() => {}));
}

function runModel(model: SimulatorModel, sink: SimulatorSink, delimiter: string, rateHz: number): SimulatorHandle {
  const frame = (lines: string[]) => lines.map((line) => line + delimiter).join('');
  sink.onCommand((command, reply) => {
    const lines = model.reply?.(command);
    if (lines) reply(frame(lines));
  });
  const timer = rateHz > 0 ? setInterval(() => sendTick(model, sink, frame), 1000 / rateHz) : undefined;
  return {
    stop: async () => {
      clearInterval(timer);
      await sink.close();
    },
  };
}

function sendTick(model: SimulatorModel, sink: SimulatorSink, frame: (lines: string[]) => string): void {
  if (!sink.hasPeer()) return;
  const lines = model.nextLines();
  if (lines.length > 0) sink.send(frame(lines));
}
