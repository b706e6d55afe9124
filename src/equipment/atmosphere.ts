import { Decimal } from '../../methods/decimal.ts';
import type { Conditioning } from '../../methods/types.ts';
import type { RoomQuantity, RoomReading } from './room-log.ts';

/** A room reading outside the atmosphere a method requires. */
export interface Excursion {
  at: string;
  quantity: RoomQuantity;
  value: string;
  unit: string;
  lower: string;
  upper: string;
  series: string;
}

export interface AtmosphereEvaluation {
  /** The required atmosphere in words, e.g. `23 ± 2 °C, 50 ± 5 %RH`. */
  atmosphere: string;
  /** Readings taken between the start and the end. */
  readings: number;
  hoursWithinLimits: number;
  excursions: Excursion[];
}

interface Limits {
  lower: Decimal;
  upper: Decimal;
  unit: string;
}

function limitsOf(required: Conditioning): Partial<Record<RoomQuantity, Limits>> {
  const around = (centre: string, tolerance: string, unit: string) =>
    ({ lower: new Decimal(centre).minus(tolerance), upper: new Decimal(centre).plus(tolerance), unit });
  const limits: Partial<Record<RoomQuantity, Limits>> = {
    temperature: around(required.temperatureC, required.temperatureToleranceC, '°C'),
  };
  if (required.humidityPct !== null && required.humidityTolerancePct !== null) {
    limits.humidity = around(required.humidityPct, required.humidityTolerancePct, '%RH');
  }
  return limits;
}

export function describeAtmosphere(required: Conditioning): string {
  const temperature = `${required.temperatureC} ± ${required.temperatureToleranceC} °C`;
  if (required.humidityPct === null) return temperature;
  return `${temperature}, ${required.humidityPct} ± ${required.humidityTolerancePct} %RH`;
}

const hours = (ms: number) => Math.round(ms / 36_000) / 100;

/**
 * Evaluates a room log against a method's atmosphere between two moments.
 * Each sensor's value lasts from one reading until its next, and a
 * sensor's last reading before the start sets its value at the start. The
 * room is within limits while every sensor with a value is, and out of
 * limits while no sensor has a value yet, because that time is unrecorded.
 * Time out of limits is subtracted from the elapsed time to give
 * `hoursWithinLimits`.
 */
export function evaluateAtmosphere(log: RoomReading[], required: Conditioning, start: string, end: string): AtmosphereEvaluation {
  const limits = limitsOf(required);
  const outside = (r: RoomReading) => {
    const limit = limits[r.quantity]!;
    const value = new Decimal(r.value);
    return value.lessThan(limit.lower) || value.greaterThan(limit.upper);
  };
  const relevant = log.filter((r) => limits[r.quantity] !== undefined);
  const key = (r: RoomReading) => `${r.series}|${r.quantity}`;
  const state = new Map<string, boolean>();
  const carried = new Map<string, RoomReading>();
  for (const r of relevant) if (r.at < start) carried.set(key(r), r);
  const inWindow = relevant.filter((r) => r.at >= start && r.at <= end);
  for (const [k, r] of carried) state.set(k, outside(r));

  // Time before any sensor has a value is unrecorded and counts as out of limits.
  const anyOut = () => state.size === 0 || [...state.values()].some(Boolean);
  let cursor = Date.parse(start);
  let outMs = 0;
  for (const r of inWindow) {
    const at = Date.parse(r.at);
    if (anyOut()) outMs += at - cursor;
    cursor = at;
    state.set(key(r), outside(r));
  }
  if (anyOut()) outMs += Date.parse(end) - cursor;

  const excursions = [...carried.values(), ...inWindow].filter(outside).map((r) => {
    const limit = limits[r.quantity]!;
    return { at: r.at, quantity: r.quantity, value: r.value, unit: limit.unit, lower: limit.lower.toString(), upper: limit.upper.toString(), series: r.series };
  });
  const elapsed = Date.parse(end) - Date.parse(start);
  return { atmosphere: describeAtmosphere(required), readings: inWindow.length, hoursWithinLimits: hours(elapsed - outMs), excursions };
}
