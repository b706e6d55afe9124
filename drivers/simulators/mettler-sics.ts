import { BalanceSession, type BalanceReading } from './balance-session.ts';
import type { ScriptReading, SimulatorDefinition, SimulatorModel } from './model.ts';
import type { Random } from './random.ts';

const SERIAL_NUMBER = 'B512345678';

function weightLine(id: string, value: string, stable: boolean, unit = 'g'): string {
  return `${id} ${stable ? 'S' : 'D'} ${value.padStart(10)} ${unit}`;
}

function formatBalance(reading: BalanceReading, id = 'S'): string {
  if (reading.kind === 'weight') return weightLine(id, reading.value, reading.stable);
  if (reading.kind === 'overload') return `${id} +`;
  if (reading.kind === 'underload') return `${id} -`;
  return `${id} I`;
}

/** Balance model that streams weights and replies to S, SI, Z, @, I2 and I4. */
class SicsModel implements SimulatorModel {
  readonly #session: BalanceSession;
  #last: BalanceReading = { kind: 'weight', value: '0.0000', stable: true };

  constructor(random: Random) {
    this.#session = new BalanceSession(random);
  }

  nextLines(): string[] {
    this.#last = this.#session.next();
    return [formatBalance(this.#last)];
  }

  reply(command: string): string[] {
    const name = command.trim().toUpperCase();
    if (name === 'S') return [this.#stableReply()];
    if (name === 'SI') return [formatBalance(this.#session.next())];
    if (name === 'Z') return this.#zero();
    if (name === '@' || name === 'I4') return [`I4 A "${SERIAL_NUMBER}"`];
    if (name === 'I2') return ['I2 A "XS205DU Excellence 220.0 g"'];
    return ['ES'];
  }

  #stableReply(): string {
    const reading = this.#session.next();
    if (reading.kind === 'weight' && !reading.stable) return 'S I';
    return formatBalance(reading);
  }

  #zero(): string[] {
    if (this.#session.load > 10) return ['Z +'];
    this.#session.zero = this.#session.load;
    return ['Z A'];
  }
}

export const mettlerSicsSimulator: SimulatorDefinition = {
  driverId: 'mettler-sics',
  createModel: (random) => new SicsModel(random),
  formatReading: (reading: ScriptReading, stable) => weightLine('S', reading.value, stable, reading.unit),
};
