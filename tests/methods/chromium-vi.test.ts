import { describe, expect, it } from 'vitest';
import { getMethod, MethodCheckError } from '../../methods/index.ts';

const method = getMethod('chromium-vi')!;

// Curve A = 0.002 + 0.2·c exactly, so slope 0.2, intercept 0.002, r² = 1.
const calibration = ['0', '0.5', '1', '2', '4'].map((c) => ({
  concentration: c,
  absorbance: (0.002 + 0.2 * Number(c)).toFixed(3),
}));
const run = { calibration, extractVolume: '10', specification: 'sni-8877-2023' };

function withAbsorbances(first: string, second: string) {
  return {
    ...run,
    specimens: [
      { sampleMass: '2.000', absorbance: first },
      { sampleMass: '2.000', absorbance: second },
    ],
  };
}

describe('chromium-vi', () => {
  it('computes the worked example', () => {
    // c = (0.162 − 0.002) / 0.2 = 0.8 µg/ml → 0.8 × 10 / 2 = 4.0 mg/kg
    // c = (0.142 − 0.002) / 0.2 = 0.7 µg/ml → 0.7 × 10 / 2 = 3.5 mg/kg
    // mean 3.75 → 3.8 mg/kg (half-up), above ≤ 3.0
    const out = method.calculate(withAbsorbances('0.162', '0.142'));
    expect(out.value).toBe('3.8');
    expect(out.unit).toBe('mg/kg');
    expect(out.verdict).toBe('fail');
    expect(out.requirement).toBe('≤ 3.0 mg/kg');
  });

  it('reports below 3 mg/kg as censored', () => {
    // c = 0.49 µg/ml → 2.45 mg/kg for both, below the limit of quantification
    const out = method.calculate(withAbsorbances('0.100', '0.100'));
    expect(out.value).toBe('< 3.0');
    expect(out.censoring?.kind).toBe('below-limit-of-quantification');
    expect(out.uncertainty).toBeNull();
    expect(out.verdict).toBe('pass');
  });

  it('never reports a blank as zero', () => {
    const out = method.calculate(withAbsorbances('0.002', '0.002'));
    expect(out.value).toBe('< 3.0');
  });

  it('flags an extract above the curve', () => {
    // c = 4.5 µg/ml > 4; bound at the top standard: 4 × 10 / 2 = 20 mg/kg
    const out = method.calculate(withAbsorbances('0.902', '0.902'));
    expect(out.value).toBe('> 20.0');
    expect(out.censoring?.kind).toBe('above-calibrated-range');
    expect(out.verdict).toBe('fail');
    expect(out.notes?.[0]).toMatch(/dilute it/);
  });

  it('converts to a dry basis', () => {
    // 3.75 × 100 / (100 − 25) = 5.0 mg/kg
    const out = method.calculate({ ...withAbsorbances('0.162', '0.142'), volatileMatter: '25' });
    expect(out.value).toBe('5.0');
  });

  it('rejects a poor curve', () => {
    const poor = calibration.map((p, i) => ({ ...p, absorbance: i === 2 ? '0.5' : p.absorbance }));
    expect(() => method.calculate({ ...withAbsorbances('0.162', '0.142'), calibration: poor })).toThrow(MethodCheckError);
  });

  it('rejects a zero sample mass', () => {
    const input = withAbsorbances('0.162', '0.142');
    input.specimens[0]!.sampleMass = '0';
    expect(() => method.calculate(input)).toThrow(/specimens\[0\]\.sampleMass is zero/);
  });

  it('rejects a missing curve', () => {
    const { calibration: _curve, ...rest } = withAbsorbances('0.162', '0.142');
    expect(() => method.calculate(rest)).toThrow(/calibration is missing/);
  });
});
