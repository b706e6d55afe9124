import { ServerTCP } from 'modbus-serial';
import { formatCounterLine } from '../modbus/modbus-counter-driver.ts';
import type { LinkTarget } from '../transport/target.ts';
import type { SimulatorDefinition } from './model.ts';
import type { Random } from './random.ts';

/** A cycle counter in holding registers 0-1 (high word first), counting at about 100 cycles/min. */
class CounterRegisters {
  count = 0;
  readonly #random: Random;

  constructor(random: Random) {
    this.#random = random;
  }

  advance(): void {
    this.count += this.#random.integer(1, 3);
  }

  words(): number[] {
    return [Math.floor(this.count / 65536) & 0xffff, this.count & 0xffff];
  }
}

async function serveModbusTcp(target: LinkTarget, random: Random, rateHz: number) {
  if (target.kind !== 'tcp') {
    // NOTE: Modbus RTU simulation on a serial path is not built; the reader's RTU path is untested here.
    throw new TypeError('the modbus-counter simulator serves Modbus TCP only: use --to tcp://127.0.0.1:PORT');
  }
  const registers = new CounterRegisters(random);
  const server = new ServerTCP(
    { getHoldingRegister: (address: number) => registers.words()[address] ?? 0 },
    { host: target.host, port: target.port, unitID: 1 },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('initialized', () => resolve());
    server.once('serverError', reject);
  });
  const timer = rateHz > 0 ? setInterval(() => registers.advance(), 1000 / rateHz) : undefined;
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        clearInterval(timer);
        server.close(() => resolve());
      }),
  };
}

export const modbusCounterSimulator: SimulatorDefinition = {
  driverId: 'modbus-counter',
  createModel: (random) => {
    const registers = new CounterRegisters(random);
    return {
      nextLines: () => {
        registers.advance();
        return [formatCounterLine(1, 0, registers.words())];
      },
    };
  },
  formatReading: (reading) => {
    const count = Number(reading.value);
    return formatCounterLine(1, 0, [Math.floor(count / 65536), count % 65536], reading.channel);
  },
  serve: serveModbusTcp,
};
