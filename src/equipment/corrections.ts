import { Decimal } from '../../methods/decimal.ts';

export interface CorrectionPoint {
  nominal: string;
  correction: string;
  unit: string;
}

export interface AppliedCorrection {
  /** The reading after correction, with `decimals` places. */
  corrected: string;
  /** The correction added, with `decimals` places. */
  correction: string;
  decimals: number;
  /** True when the reading lay outside the certificate's points and the nearest end point's correction was used. */
  outsideRange: boolean;
}

/** Decimal places as written, trailing zeros included (`0.00040` has 5). */
const decimalsOf = (text: string) => text.split('.')[1]?.length ?? 0;

/**
 * Applies a calibration certificate's corrections to a reading in the same
 * unit. Between two certificate points the correction is interpolated
 * linearly; outside them the nearest end point's correction is used (no
 * extrapolation) and `outsideRange` is set. The correction and the result
 * are rounded half-up to the larger of the reading's decimals and the
 * certificate's, so the certificate's resolution is kept. Returns null when
 * the certificate has no point in the reading's unit.
 */
export function applyCorrection(value: string, unit: string, points: CorrectionPoint[]): AppliedCorrection | null {
  const usable = points
    .filter((p) => p.unit === unit)
    .map((p) => ({ nominal: new Decimal(p.nominal), correction: new Decimal(p.correction), text: p.correction }))
    .sort((a, b) => a.nominal.comparedTo(b.nominal));
  if (usable.length === 0) return null;
  const reading = new Decimal(value);
  const decimals = Math.max(decimalsOf(value), ...usable.map((p) => decimalsOf(p.text)));
  const first = usable[0]!;
  const last = usable.at(-1)!;
  let correction: Decimal;
  let outsideRange = false;
  if (reading.lessThan(first.nominal)) {
    correction = first.correction;
    outsideRange = true;
  } else if (reading.greaterThan(last.nominal)) {
    correction = last.correction;
    outsideRange = true;
  } else {
    correction = interpolate(reading, usable);
  }
  const rounded = correction.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return {
    corrected: reading.plus(rounded).toFixed(decimals),
    correction: rounded.toFixed(decimals),
    decimals,
    outsideRange,
  };
}

/** Interpolates linearly between the two points that enclose the reading; points are sorted by nominal. */
function interpolate(reading: Decimal, points: { nominal: Decimal; correction: Decimal }[]): Decimal {
  const upperIndex = points.findIndex((p) => p.nominal.greaterThanOrEqualTo(reading));
  const upper = points[upperIndex]!;
  if (upper.nominal.equals(reading) || upperIndex === 0) return upper.correction;
  const lower = points[upperIndex - 1]!;
  const share = reading.minus(lower.nominal).div(upper.nominal.minus(lower.nominal));
  return lower.correction.plus(upper.correction.minus(lower.correction).times(share));
}
