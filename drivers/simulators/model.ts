import type { LinkTarget } from '../transport/target.ts';
import type { Random } from './random.ts';

/** One reading in a simulator script. */
export interface ScriptReading {
  /** Value as the instrument would send it, e.g. `2.4536`. */
  value: string;
  unit?: string;
  channel?: string;
  /** Unstable readings sent before this one; overrides the script's default. */
  dynamicBefore?: number;
}

/**
 * A fixed sequence of readings for a deterministic demo: each reading is sent
 * stable, preceded by `dynamicBefore` unstable readings settling towards it.
 */
export interface SimulatorScript {
  readings: ScriptReading[];
  /** Unstable readings before each stable one (default 2). */
  dynamicBefore?: number;
  /** After the last reading: stay silent (default), repeat the script, or run free. */
  then?: 'silent' | 'repeat' | 'free';
}

/** A simulated instrument's behaviour, apart from where its bytes go. */
export interface SimulatorModel {
  /** Lines to send at the next tick of the stream, without terminators. */
  nextLines(): string[];
  /** Returns the reply lines to a command written to the instrument; undefined when it ignores commands. */
  reply?(command: string): string[] | undefined;
}

export interface SimulatorDefinition {
  driverId: string;
  /** A free-running model with noise, drift, unstable periods and error replies. */
  createModel(random: Random): SimulatorModel;
  /** Formats one reading; `stable` is false for the settling readings of a script. */
  formatReading(reading: ScriptReading, stable: boolean): string;
  /** Serves a protocol other than lines (e.g. Modbus registers) in place of the line stream. */
  serve?(target: LinkTarget, random: Random, rateHz: number): Promise<{ stop(): Promise<void> }>;
}
