import { describe, expect, it } from 'vitest';
import { applyCorrection } from '../../src/equipment/corrections.ts';

const CERTIFICATE = [
  { nominal: '0', correction: '0.00000', unit: 'g' },
  { nominal: '10', correction: '0.00040', unit: 'g' },
  { nominal: '100', correction: '-0.00020', unit: 'g' },
];

describe('calibration corrections', () => {
  it('interpolates linearly between two points', () => {
    const applied = applyCorrection('2.5012', 'g', CERTIFICATE)!;
    // 0.00040 × 2.5012 / 10 = 0.000100048, rounded to 5 places.
    expect(applied.correction).toBe('0.00010');
    expect(applied.corrected).toBe('2.50130');
    expect(applied.outsideRange).toBe(false);
  });

  it('interpolates towards a negative correction', () => {
    // Halfway between 10 g (+0.00040) and 100 g (−0.00020): +0.00010.
    expect(applyCorrection('55.0000', 'g', CERTIFICATE)!.correction).toBe('0.00010');
  });

  it('takes a point exactly where the reading falls on it', () => {
    const applied = applyCorrection('10.0000', 'g', CERTIFICATE)!;
    expect(applied.correction).toBe('0.00040');
    expect(applied.corrected).toBe('10.00040');
  });

  it('holds the end point correction outside the range', () => {
    const applied = applyCorrection('150.0000', 'g', CERTIFICATE)!;
    expect(applied.correction).toBe('-0.00020');
    expect(applied.corrected).toBe('149.99980');
    expect(applied.outsideRange).toBe(true);
  });

  it('keeps the reading decimals when the certificate has fewer', () => {
    const applied = applyCorrection('20.000', 'N', [{ nominal: '0', correction: '0.1', unit: 'N' }, { nominal: '100', correction: '0.5', unit: 'N' }])!;
    // 0.1 + 0.4 × 20 / 100 = 0.18
    expect(applied.correction).toBe('0.180');
    expect(applied.corrected).toBe('20.180');
  });

  it('sorts certificate points given out of order', () => {
    const shuffled = [CERTIFICATE[2]!, CERTIFICATE[0]!, CERTIFICATE[1]!];
    expect(applyCorrection('2.5012', 'g', shuffled)!.corrected).toBe('2.50130');
  });

  it('applies nothing without a point in the reading unit', () => {
    expect(applyCorrection('2.5012', 'mg', CERTIFICATE)).toBeNull();
    expect(applyCorrection('2.5012', 'g', [])).toBeNull();
  });
});
