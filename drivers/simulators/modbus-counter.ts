import { ServerSerial, ServerTCP, type IServiceVector } from 'modbus-serial';
import { formatCounterLine, modbusCounter } from '../modbus/modbus-counter-driver.ts';
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

type Server = ServerTCP | ServerSerial;

/** Serves the counter over Modbus TCP, or Modbus RTU on a serial path. */
async function serveModbus(target: LinkTarget, random: Random, rateHz: number) {
  const registers = new CounterRegisters(random);
  const vector = { getHoldingRegister: (address: number) => registers.words()[address] ?? 0 };
  const server = target.kind === 'tcp' ? tcpServer(vector, target) : serialServer(vector, target.path);
  await new Promise<void>((resolve, reject) => {
    server.once('initialized', () => resolve());
    server.once('serverError', reject);
    server.once('error', reject);
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

function tcpServer(vector: IServiceVector, target: { host: string; port: number }): Server {
  return new ServerTCP(vector, { host: target.host, port: target.port, unitID: 1 });
}

/** Opens a Modbus RTU server; modbus-serial takes baud rate and parity, and keeps 8 data bits, 1 stop bit. */
function serialServer(vector: IServiceVector, path: string): Server {
  const { baudRate, parity } = modbusCounter.serial;
  return new ServerSerial(vector, { path, baudRate, parity, unitID: 1 });
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
  serve: serveModbus,
};
