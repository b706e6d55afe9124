// Linear calibration of a photometric method, A = a + b·c, fitted by least
// squares in decimal arithmetic. The standard uncertainty of a concentration
// read back from the line uses the usual regression formula
//   u(c₀) = (s_y/x / b) · √(1 + 1/n + (A₀ − Ā)² / (b² · Σ(cᵢ − c̄)²))
// for one reading of the sample and n standards.
import { Decimal, formatFigure } from './decimal.ts';
import { MethodCheckError, MethodInputError } from './errors.ts';
import { readNumber } from './input.ts';

export interface CalibrationStandard {
  concentration: Decimal;
  absorbance: Decimal;
}

export interface CalibrationCurve {
  intercept: Decimal;
  slope: Decimal;
  rSquared: Decimal;
  /** Residual standard deviation s_y/x of the absorbances about the line. */
  residualStandardDeviation: Decimal;
  standards: CalibrationStandard[];
  lowestConcentration: Decimal;
  highestConcentration: Decimal;
}

export type CurvePosition = 'below-calibrated-range' | 'within-calibrated-range' | 'above-calibrated-range';

export interface CurveReading {
  concentration: Decimal;
  standardUncertainty: Decimal;
  position: CurvePosition;
}

const MINIMUM_STANDARDS = 3;

/** Reads `[{ concentration, absorbance }, ...]` from the input; throws MethodInputError naming the entry. */
export function readCalibrationStandards(raw: unknown, field: string): CalibrationStandard[] {
  if (!Array.isArray(raw) || raw.length < MINIMUM_STANDARDS) {
    throw new MethodInputError(
      'invalid-input',
      field,
      `${field} must list at least ${MINIMUM_STANDARDS} calibration standards as [{ "concentration", "absorbance" }, ...]`,
    );
  }
  return raw.map((entry, index) => {
    const path = `${field}[${index}]`;
    const point = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    return {
      concentration: readNumber(point['concentration'], `${path}.concentration`, 'µg/ml', 'non-negative'),
      absorbance: readNumber(point['absorbance'], `${path}.absorbance`, '', 'any'),
    };
  });
}

/**
 * Fits the calibration line and rejects it when the standards do not span a
 * range, the slope is not positive, or r² is below `minimumRSquared`.
 */
export function fitCalibrationCurve(standards: CalibrationStandard[], minimumRSquared: Decimal, field: string): CalibrationCurve {
  const n = standards.length;
  const xs = standards.map((s) => s.concentration);
  const ys = standards.map((s) => s.absorbance);
  const meanX = Decimal.sum(...xs).div(n);
  const meanY = Decimal.sum(...ys).div(n);
  const sxx = Decimal.sum(...xs.map((x) => x.minus(meanX).pow(2)));
  const syy = Decimal.sum(...ys.map((y) => y.minus(meanY).pow(2)));
  const sxy = Decimal.sum(...xs.map((x, i) => x.minus(meanX).times(ys[i]!.minus(meanY))));
  if (sxx.isZero()) {
    throw new MethodInputError('invalid-input', field, `${field}: all standards have the same concentration, so no line can be fitted: prepare standards across the working range`);
  }
  const slope = sxy.div(sxx);
  if (!slope.isPositive() || slope.isZero()) {
    throw new MethodCheckError('calibration-slope', field, `${field}: the absorbance does not rise with concentration (slope ${formatFigure(slope)}): check the standards and the wavelength`, {
      slope: formatFigure(slope),
    });
  }
  const rSquared = syy.isZero() ? new Decimal(1) : sxy.pow(2).div(sxx.times(syy));
  if (rSquared.lt(minimumRSquared)) {
    throw new MethodCheckError(
      'calibration-r-squared',
      field,
      `${field}: r² = ${rSquared.toSignificantDigits(6).toString()} is below the minimum ${minimumRSquared.toString()}: prepare fresh standards and measure the curve again`,
      { rSquared: formatFigure(rSquared), minimumRSquared: minimumRSquared.toString() },
    );
  }
  const intercept = meanY.minus(slope.times(meanX));
  const residuals = standards.map((s) => s.absorbance.minus(intercept.plus(slope.times(s.concentration))));
  const residualStandardDeviation = n > 2 ? Decimal.sum(...residuals.map((r) => r.pow(2))).div(n - 2).sqrt() : new Decimal(0);
  return {
    intercept,
    slope,
    rSquared,
    residualStandardDeviation,
    standards,
    lowestConcentration: Decimal.min(...xs),
    highestConcentration: Decimal.max(...xs),
  };
}

/** Reads a concentration back from one absorbance, with its regression uncertainty and range position. */
export function readConcentration(curve: CalibrationCurve, absorbance: Decimal): CurveReading {
  const concentration = absorbance.minus(curve.intercept).div(curve.slope);
  return {
    concentration,
    standardUncertainty: predictionUncertainty(curve, absorbance),
    position: positionOf(curve, concentration),
  };
}

function predictionUncertainty(curve: CalibrationCurve, absorbance: Decimal): Decimal {
  const n = curve.standards.length;
  const meanY = Decimal.sum(...curve.standards.map((s) => s.absorbance)).div(n);
  const meanX = Decimal.sum(...curve.standards.map((s) => s.concentration)).div(n);
  const sxx = Decimal.sum(...curve.standards.map((s) => s.concentration.minus(meanX).pow(2)));
  const leverage = absorbance.minus(meanY).pow(2).div(curve.slope.pow(2).times(sxx));
  const spread = new Decimal(1).plus(new Decimal(1).div(n)).plus(leverage).sqrt();
  return curve.residualStandardDeviation.div(curve.slope).times(spread);
}

function positionOf(curve: CalibrationCurve, concentration: Decimal): CurvePosition {
  if (concentration.lt(curve.lowestConcentration)) return 'below-calibrated-range';
  if (concentration.gt(curve.highestConcentration)) return 'above-calibrated-range';
  return 'within-calibrated-range';
}

export function describeCurve(curve: CalibrationCurve): Record<string, string> {
  return {
    intercept: formatFigure(curve.intercept),
    slope: formatFigure(curve.slope),
    rSquared: formatFigure(curve.rSquared),
    residualStandardDeviation: formatFigure(curve.residualStandardDeviation),
    range: `${curve.lowestConcentration.toString()}–${curve.highestConcentration.toString()} µg/ml`,
  };
}
