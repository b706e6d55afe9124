import { fixed } from './settle.ts';
import type { SimulatorModel } from './model.ts';
import type { Random } from './random.ts';

/** Display of a balance at one tick. */
export type BalanceReading =
  | { kind: 'weight'; value: string; stable: boolean }
  | { kind: 'overload' }
  | { kind: 'underload' }
  | { kind: 'busy' };

const DECIMALS = 4;
const NOISE_SD = 0.00004;

/**
 * A free-running weighing routine: an empty pan, a 2-3 g specimen placed,
 * unstable readings while it settles, stable readings with slow drift, removal.
 * Now and then the balance reports overload, underload or busy.
 */
export class BalanceSession {
  readonly #random: Random;
  #load = 0;
  #phase: 'empty' | 'settling' | 'stable' = 'empty';
  #ticksLeft = 3;
  #settleOffset = 0;
  #drift = 0;
  zero = 0;

  constructor(random: Random) {
    this.#random = random;
  }

  /** Gross load on the pan, in grams. */
  get load(): number {
    return this.#load + this.#drift;
  }

  next(): BalanceReading {
    const fault = this.#fault();
    if (fault) return fault;
    this.#advance();
    const noise = this.#random.gaussian(NOISE_SD);
    const shown = this.load + this.#settleOffset + noise - this.zero;
    return { kind: 'weight', value: fixed(shown, DECIMALS), stable: this.#phase !== 'settling' };
  }

  #fault(): BalanceReading | undefined {
    const roll = this.#random.next();
    if (roll < 0.01) return { kind: 'overload' };
    if (roll < 0.02) return { kind: 'underload' };
    if (roll < 0.03) return { kind: 'busy' };
    return undefined;
  }

  #advance(): void {
    this.#drift += this.#random.gaussian(0.00001);
    this.#settleOffset *= 0.35;
    if (--this.#ticksLeft > 0) return;
    if (this.#phase === 'empty') this.#place();
    else if (this.#phase === 'settling') this.#settle();
    else this.#remove();
  }

  #place(): void {
    this.#load = this.#random.between(2, 3);
    this.#settleOffset = this.#random.between(-0.3, 0.3);
    this.#phase = 'settling';
    this.#ticksLeft = this.#random.integer(2, 5);
  }

  #settle(): void {
    this.#settleOffset = 0;
    this.#phase = 'stable';
    this.#ticksLeft = this.#random.integer(3, 8);
  }

  #remove(): void {
    this.#load = 0;
    this.#drift = 0;
    this.#phase = 'empty';
    this.#ticksLeft = this.#random.integer(2, 4);
  }
}

/** Builds a streaming balance model that formats each reading with `format`. */
export function balanceModel(random: Random, format: (reading: BalanceReading) => string): SimulatorModel {
  const session = new BalanceSession(random);
  return { nextLines: () => [format(session.next())] };
}
