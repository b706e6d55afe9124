import DecimalBase from 'decimal.js';
import type { RoundingRule } from './types.ts';

/**
 * Decimal arithmetic for every reported figure: 40 significant digits, and
 * plain notation (no exponent) for the magnitudes a laboratory reports.
 */
export const Decimal = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

const DECIMAL_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses a decimal string, or a JSON number through its shortest string form
 * (so 1.005 stays 1.005), into a Decimal. Returns null for anything else.
 */
export function parseDecimal(raw: unknown): Decimal | null {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? new Decimal(String(raw)) : null;
  }
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  return DECIMAL_PATTERN.test(text) ? new Decimal(text) : null;
}

const ROUNDING_MODES = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
} as const;

/**
 * Rounds to `decimals` places and returns the string with trailing zeros
 * kept. Half-up rounds a tie away from zero (−2.5 → −3).
 */
export function roundToString(value: Decimal, decimals: number, rule: RoundingRule): string {
  return value.toDecimalPlaces(decimals, ROUNDING_MODES[rule]).toFixed(decimals);
}

/** Rounds away from zero to `decimals` places, as an expanded uncertainty is rounded. */
export function roundUpToString(value: Decimal, decimals: number): string {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_UP).toFixed(decimals);
}

/** Formats an intermediate figure for the steps record: 12 significant digits. */
export function formatFigure(value: Decimal): string {
  return value.toSignificantDigits(12).toString();
}

export function mean(values: Decimal[]): Decimal {
  return Decimal.sum(...values).div(values.length);
}

/** Sample standard deviation (n − 1 in the denominator); zero for one value. */
export function sampleStandardDeviation(values: Decimal[]): Decimal {
  if (values.length < 2) return new Decimal(0);
  const centre = mean(values);
  const squares = values.map((v) => v.minus(centre).pow(2));
  return Decimal.sum(...squares).div(values.length - 1).sqrt();
}
