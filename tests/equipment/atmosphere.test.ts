import { describe, expect, it } from 'vitest';
import { FOOTWEAR_ATMOSPHERE } from '../../methods/conditioning.ts';
import { evaluateAtmosphere } from '../../src/equipment/atmosphere.ts';
import type { RoomReading } from '../../src/equipment/room-log.ts';

const START = '2026-03-02T00:00:00.000Z';
const hour = (h: number) => new Date(Date.parse(START) + h * 3600_000).toISOString();
const reading = (h: number, quantity: 'temperature' | 'humidity', value: string, series = 'posted'): RoomReading =>
  ({ at: hour(h), quantity, value, series, measurementId: null, roomReadingId: null });

/** Hourly readings at 23 °C and 50 %RH from `from` to `to` hours. */
function steady(from: number, to: number): RoomReading[] {
  const log: RoomReading[] = [];
  for (let h = from; h <= to; h++) log.push(reading(h, 'temperature', '23.0'), reading(h, 'humidity', '50.0'));
  return log;
}

describe('atmosphere evaluation', () => {
  it('counts the whole time within limits on a steady room', () => {
    const evaluation = evaluateAtmosphere(steady(0, 30), FOOTWEAR_ATMOSPHERE, START, hour(30));
    expect(evaluation.hoursWithinLimits).toBe(30);
    expect(evaluation.excursions).toEqual([]);
    expect(evaluation.atmosphere).toBe('23 ± 2 °C, 50 ± 5 %RH');
  });

  it('subtracts the time until the next reading back in limits', () => {
    const log = steady(0, 30).map((r) => (r.at === hour(10) && r.quantity === 'temperature' ? { ...r, value: '25.5' } : r));
    const evaluation = evaluateAtmosphere(log, FOOTWEAR_ATMOSPHERE, START, hour(30));
    expect(evaluation.hoursWithinLimits).toBe(29);
    expect(evaluation.excursions).toHaveLength(1);
    expect(evaluation.excursions[0]).toMatchObject({ quantity: 'temperature', value: '25.5', lower: '21', upper: '25', unit: '°C' });
  });

  it('treats the tolerance limits as inside', () => {
    const log = [reading(0, 'temperature', '25.0'), reading(0, 'humidity', '45.0'), reading(30, 'temperature', '21'), reading(30, 'humidity', '55')];
    expect(evaluateAtmosphere(log, FOOTWEAR_ATMOSPHERE, START, hour(30)).excursions).toEqual([]);
  });

  it('flags humidity out of limits', () => {
    const log = [...steady(0, 30), reading(5, 'humidity', '58.2', 'instrument:7:CH2'), reading(8, 'humidity', '51.0', 'instrument:7:CH2')];
    const evaluation = evaluateAtmosphere(log, FOOTWEAR_ATMOSPHERE, START, hour(30));
    expect(evaluation.hoursWithinLimits).toBe(27);
    expect(evaluation.excursions.map((e) => e.value)).toEqual(['58.2']);
  });

  it('carries a reading from before the start into the window', () => {
    const log = [reading(-2, 'temperature', '27.0'), reading(3, 'temperature', '23.0')];
    const evaluation = evaluateAtmosphere(log, { ...FOOTWEAR_ATMOSPHERE, humidityPct: null, humidityTolerancePct: null }, START, hour(24));
    expect(evaluation.hoursWithinLimits).toBe(21);
    expect(evaluation.readings).toBe(1);
    expect(evaluation.excursions[0]!.at).toBe(hour(-2));
  });

  it('ignores humidity when the method sets none', () => {
    const log = [reading(0, 'temperature', '23.0'), reading(1, 'humidity', '90.0')];
    const evaluation = evaluateAtmosphere(log, { ...FOOTWEAR_ATMOSPHERE, humidityPct: null, humidityTolerancePct: null }, START, hour(24));
    expect(evaluation.excursions).toEqual([]);
    expect(evaluation.atmosphere).toBe('23 ± 2 °C');
  });

  it('counts unrecorded time before the first reading as out', () => {
    const evaluation = evaluateAtmosphere(steady(6, 30), FOOTWEAR_ATMOSPHERE, START, hour(30));
    expect(evaluation.hoursWithinLimits).toBe(24);
    expect(evaluation.excursions).toEqual([]);
  });
});
