import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, parseDecimal, roundToString, roundUpToString } from '../../methods/decimal.ts';

const round = (text: string, decimals: number, rule: 'half-up' | 'half-even') =>
  roundToString(new Decimal(text), decimals, rule);

describe('roundToString', () => {
  it('rounds 1.005 half-up to 1.01', () => {
    // In binary floating point 1.005 is 1.00499999999999989…, so Number rounding gives 1.00.
    expect(round('1.005', 2, 'half-up')).toBe('1.01');
  });

  it('rounds 1.005 from a JSON number', () => {
    expect(roundToString(parseDecimal(1.005)!, 2, 'half-up')).toBe('1.01');
  });

  it.each([
    ['0.125', 'half-up', '0.13'],
    ['0.125', 'half-even', '0.12'],
    ['0.135', 'half-even', '0.14'],
    ['2.5', 'half-even', '2'],
    ['-2.5', 'half-up', '-3'],
    ['-0.125', 'half-even', '-0.12'],
  ] as const)('rounds %s %s', (value, rule, expected) => {
    const decimals = expected.includes('.') ? expected.split('.')[1]!.length : 0;
    expect(round(value, decimals, rule)).toBe(expected);
  });

  it('keeps trailing zeros', () => {
    expect(round('4', 1, 'half-up')).toBe('4.0');
    expect(round('0.3', 2, 'half-even')).toBe('0.30');
  });

  it('sums 0.1 and 0.2 exactly', () => {
    expect(new Decimal('0.1').plus('0.2').toString()).toBe('0.3');
  });

  it('agrees with integer arithmetic on halves', () => {
    // For k/1000 with a last digit of 5, half-up to two places is (k + 5) div 10.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (k) => {
        const text = (k * 10 + 5).toString().padStart(4, '0');
        const value = `${text.slice(0, -3)}.${text.slice(-3)}`;
        const expected = Math.floor((k * 10 + 5 + 5) / 10);
        const expectedText = `${Math.floor(expected / 100)}.${String(expected % 100).padStart(2, '0')}`;
        expect(round(value, 2, 'half-up')).toBe(expectedText);
      }),
    );
  });
});

describe('roundUpToString', () => {
  it('rounds an uncertainty away from zero', () => {
    expect(roundUpToString(new Decimal('0.2101'), 2)).toBe('0.22');
  });
});

describe('parseDecimal', () => {
  it.each(['abc', '', '1,5', '1.2.3', 'NaN', true, null, Infinity])('rejects %s', (raw) => {
    expect(parseDecimal(raw)).toBeNull();
  });

  it('reads exponent notation', () => {
    expect(parseDecimal('1.5e-3')!.toString()).toBe('0.0015');
  });
});
