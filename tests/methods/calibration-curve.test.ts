import { describe, expect, it } from 'vitest';
import { fitCalibrationCurve, readCalibrationStandards, readConcentration } from '../../methods/calibration-curve.ts';
import { Decimal } from '../../methods/decimal.ts';
import { MethodCheckError } from '../../methods/errors.ts';

// Hand calculation: c̄ = 2.5, Ā = 5.0; Σ(c − c̄)² = 5, Σ(c − c̄)(A − Ā) = 9.7,
// Σ(A − Ā)² = 18.9. Slope 9.7 / 5 = 1.94, intercept 5.0 − 1.94 × 2.5 = 0.15,
// r² = 9.7² / (5 × 18.9) = 94.09 / 94.5 = 0.99566…
const standards = readCalibrationStandards(
  [
    { concentration: '1', absorbance: '2.1' },
    { concentration: '2', absorbance: '3.9' },
    { concentration: '3', absorbance: '6.2' },
    { concentration: '4', absorbance: '7.8' },
  ],
  'calibration',
);

describe('calibration curve', () => {
  it('fits slope and intercept exactly', () => {
    const curve = fitCalibrationCurve(standards, new Decimal('0.99'), 'calibration');
    expect(curve.slope.toString()).toBe('1.94');
    expect(curve.intercept.toString()).toBe('0.15');
    expect(curve.rSquared.toSignificantDigits(6).toString()).toBe('0.995661');
  });

  it('rejects r² below the minimum', () => {
    const fit = () => fitCalibrationCurve(standards, new Decimal('0.999'), 'calibration');
    expect(fit).toThrow(MethodCheckError);
    expect(fit).toThrow(/r² = 0.995661 is below the minimum 0.999/);
  });

  it('reads a concentration back', () => {
    // (5.0 − 0.15) / 1.94 = 2.5
    const curve = fitCalibrationCurve(standards, new Decimal('0.99'), 'calibration');
    const reading = readConcentration(curve, new Decimal('5.0'));
    expect(reading.concentration.toString()).toBe('2.5');
    expect(reading.position).toBe('within-calibrated-range');
  });

  it('flags readings outside the range', () => {
    const curve = fitCalibrationCurve(standards, new Decimal('0.99'), 'calibration');
    expect(readConcentration(curve, new Decimal('9')).position).toBe('above-calibrated-range');
    expect(readConcentration(curve, new Decimal('1')).position).toBe('below-calibrated-range');
  });

  it('rejects standards of one concentration', () => {
    const flat = readCalibrationStandards(
      [
        { concentration: '1', absorbance: '0.1' },
        { concentration: '1', absorbance: '0.2' },
        { concentration: '1', absorbance: '0.3' },
      ],
      'calibration',
    );
    expect(() => fitCalibrationCurve(flat, new Decimal('0.99'), 'calibration')).toThrow(/same concentration/);
  });

  it('rejects fewer than three standards', () => {
    expect(() => readCalibrationStandards([{ concentration: '1', absorbance: '0.1' }], 'calibration')).toThrow(/at least 3/);
  });

  it('names a bad absorbance entry', () => {
    const bad = [
      { concentration: '1', absorbance: '0.1' },
      { concentration: '2', absorbance: 'x' },
      { concentration: '3', absorbance: '0.3' },
    ];
    expect(() => readCalibrationStandards(bad, 'calibration')).toThrow(/calibration\[1\]\.absorbance/);
  });
});
