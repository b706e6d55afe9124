import { describe, expect, it } from 'vitest';
import { getMethod } from '../../methods/index.ts';

const method = getMethod('formaldehyde')!;

// Curve A = 0.01 + 0.1·c exactly over 1–10 µg/ml.
const calibration = ['1', '2', '5', '10'].map((c) => ({ concentration: c, absorbance: (0.01 + 0.1 * Number(c)).toFixed(2) }));

function withAbsorbances(first: string, second: string) {
  return {
    calibration,
    extractVolume: '50',
    specimens: [
      { sampleMass: '2.0', absorbance: first },
      { sampleMass: '2.5', absorbance: second },
    ],
  };
}

describe('formaldehyde', () => {
  it('computes the worked example', () => {
    // c = (0.31 − 0.01) / 0.1 = 3 µg/ml → 3 × 50 / 2.0 = 75 mg/kg
    // c = (0.41 − 0.01) / 0.1 = 4 µg/ml → 4 × 50 / 2.5 = 80 mg/kg
    // mean 77.5 mg/kg
    const out = method.calculate(withAbsorbances('0.31', '0.41'));
    expect(out.value).toBe('77.5');
    expect(out.verdict).toBeNull();
    expect(out.uncertainty).not.toBeNull();
  });

  it('censors below the lowest standard', () => {
    // c = 0.5 µg/ml < 1; bound at the lowest standard: (1 × 50 / 2.0 + 1 × 50 / 2.5) / 2 = 22.5
    const out = method.calculate(withAbsorbances('0.06', '0.06'));
    expect(out.value).toBe('< 22.5');
    expect(out.censoring?.kind).toBe('below-calibrated-range');
  });

  it('rejects a specification without a limit', () => {
    expect(() => method.calculate({ ...withAbsorbances('0.31', '0.41'), specification: 'sni-8877-2023' })).toThrow(
      /has no requirement for method "formaldehyde"/,
    );
  });
});
