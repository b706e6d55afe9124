import { Decimal } from 'decimal.js';
import type { Random } from './random.ts';

/**
 * Returns `count` values settling towards `target`, with the target's number
 * of decimals, as an instrument shows before it flags a reading stable.
 */
export function settlingValues(target: string, count: number, random: Random): string[] {
  const end = new Decimal(target);
  const decimals = end.decimalPlaces();
  const scale = Decimal.max(end.abs().times(0.05), new Decimal(10).pow(-decimals).times(20));
  const values: string[] = [];
  for (let step = count; step >= 1; step--) {
    const offset = scale.times(step / count).times(random.between(0.5, 1.5));
    values.push(end.minus(offset).toFixed(decimals));
  }
  return values;
}

/** Formats a number with a fixed count of decimals, as a decimal string. */
export function fixed(value: number, decimals: number): string {
  return new Decimal(value).toFixed(decimals);
}
