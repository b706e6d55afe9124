import { describe, expect, it } from 'vitest';
import { bondStrength, summarisePeel } from '../../drivers/analysis/peel-strength.ts';

describe('summarisePeel', () => {
  it('finds peak and plateau mean', () => {
    const samples = ['0.0', '130.0', '100.0', '100.2', '99.8', '100.0', '101.0', '99.0', '40.0', '0.0'];
    const summary = summarisePeel(samples);
    expect(summary.peak).toBe('130.0');
    expect(summary.plateauSamples).toBe(6);
    expect(summary.plateauMean).toBe('100');
  });

  it('keeps decimal precision', () => {
    expect(summarisePeel(['0.1', '0.2'], { skipStart: 0, skipEnd: 0 }).plateauMean).toBe('0.15');
  });

  it('rejects no samples', () => {
    expect(() => summarisePeel([])).toThrow(/samples is empty/);
  });
});

describe('bondStrength', () => {
  it('divides force by width', () => {
    expect(bondStrength('100.0', '20')).toBe('5');
    expect(bondStrength('0.3', '0.1')).toBe('3');
  });

  it('rejects a zero width', () => {
    expect(() => bondStrength('100', '0')).toThrow(/widthMm "0" is invalid/);
  });
});
