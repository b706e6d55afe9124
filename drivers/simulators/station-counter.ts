import type { SimulatorDefinition, SimulatorModel } from './model.ts';
import type { Random } from './random.ts';

export interface StationCounterOptions {
  driverId: string;
  /** Station label, e.g. `ST03` or `P4`, from a 1-based index. */
  station(index: number): string;
  stations: number;
  /** Cycles added per station per tick. */
  cyclesPerTick: number;
  preset: number;
  countLine(station: string, count: number): string;
  stopLine(station: string, count: number): string;
  faultLine?: string;
}

/**
 * Builds a simulator of a machine whose stations count cycles towards a
 * preset. It prints one station's line per tick, a stop line at the preset,
 * and now and then a fault.
 */
export function stationCounter(options: StationCounterOptions): SimulatorDefinition {
  return {
    driverId: options.driverId,
    createModel: (random) => new StationCounterModel(options, random),
    formatReading: (reading) => options.countLine(reading.channel ?? options.station(1), Number(reading.value)),
  };
}

class StationCounterModel implements SimulatorModel {
  readonly #options: StationCounterOptions;
  readonly #random: Random;
  readonly #counts: number[];
  #next = 0;

  constructor(options: StationCounterOptions, random: Random) {
    this.#options = options;
    this.#random = random;
    this.#counts = Array.from({ length: options.stations }, () => 0);
  }

  nextLines(): string[] {
    const index = this.#next;
    this.#next = (this.#next + 1) % this.#options.stations;
    if (this.#options.faultLine && this.#random.chance(0.005)) return [this.#options.faultLine];
    const station = this.#options.station(index + 1);
    const count = this.#counts[index]!;
    if (count >= this.#options.preset) {
      this.#counts[index] = 0;
      return [this.#options.stopLine(station, count)];
    }
    const added = Math.round(this.#options.cyclesPerTick * this.#random.between(0.95, 1.05));
    this.#counts[index] = Math.min(count + added, this.#options.preset);
    return [this.#options.countLine(station, this.#counts[index]!)];
  }
}
