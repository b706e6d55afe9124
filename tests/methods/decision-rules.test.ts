import { describe, expect, it } from 'vitest';
import { Decimal } from '../../methods/decimal.ts';
import { judgeCensored, judgeGuarded, judgeSimple, type LimitOperator } from '../../methods/decision-rules.ts';

const d = (text: string) => new Decimal(text);
const limit = (operator: LimitOperator, value: string) => ({ operator, value: d(value) });

describe('simple acceptance', () => {
  it.each([
    ['<=', 'pass'],
    ['<', 'fail'],
    ['>=', 'pass'],
    ['>', 'fail'],
  ] as const)('value on limit with %s gives %s', (operator, verdict) => {
    expect(judgeSimple({ value: d('3.0'), uncertainty: d('0.4') }, limit(operator, '3.0'))).toBe(verdict);
  });

  it('passes inside an upper limit', () => {
    expect(judgeSimple({ value: d('2.9'), uncertainty: null }, limit('<=', '3.0'))).toBe('pass');
  });

  it('fails below a lower limit', () => {
    expect(judgeSimple({ value: d('3.9'), uncertainty: null }, limit('>=', '4.0'))).toBe('fail');
  });
});

describe('guarded acceptance', () => {
  it.each(['<=', '<', '>=', '>'] as const)('value on limit with %s is inconclusive', (operator) => {
    expect(judgeGuarded({ value: d('3.0'), uncertainty: d('0.4') }, limit(operator, '3.0'))).toBe('inconclusive');
  });

  it('passes when the interval edge touches ≤', () => {
    // 2.6 + 0.4 = 3.0, which meets ≤ 3.0
    expect(judgeGuarded({ value: d('2.6'), uncertainty: d('0.4') }, limit('<=', '3.0'))).toBe('pass');
  });

  it('is inconclusive when the edge touches <', () => {
    expect(judgeGuarded({ value: d('2.6'), uncertainty: d('0.4') }, limit('<', '3.0'))).toBe('inconclusive');
  });

  it('fails when the lower edge sits on <', () => {
    // 3.4 − 0.4 = 3.0, which does not meet < 3.0
    expect(judgeGuarded({ value: d('3.4'), uncertainty: d('0.4') }, limit('<', '3.0'))).toBe('fail');
  });

  it('is inconclusive when the lower edge sits on ≤', () => {
    expect(judgeGuarded({ value: d('3.4'), uncertainty: d('0.4') }, limit('<=', '3.0'))).toBe('inconclusive');
  });

  it('passes a lower limit with margin', () => {
    expect(judgeGuarded({ value: d('4.6'), uncertainty: d('0.5') }, limit('>=', '4.0'))).toBe('pass');
  });

  it('fails a lower limit with margin', () => {
    expect(judgeGuarded({ value: d('3.4'), uncertainty: d('0.5') }, limit('>=', '4.0'))).toBe('fail');
  });

  it('matches simple acceptance at U = 0', () => {
    for (const operator of ['<', '<=', '>', '>='] as const) {
      for (const value of ['2.9', '3.0', '3.1']) {
        const result = { value: d(value), uncertainty: d('0') };
        expect(judgeGuarded(result, limit(operator, '3.0'))).toBe(judgeSimple(result, limit(operator, '3.0')));
      }
    }
  });

  it('rejects a result without uncertainty', () => {
    expect(() => judgeGuarded({ value: d('1'), uncertainty: null }, limit('<=', '3'))).toThrow(/expanded uncertainty/);
  });
});

describe('censored results', () => {
  it('passes below a bound at an upper limit', () => {
    expect(judgeCensored('<', d('3.0'), limit('<=', '3.0'))).toBe('pass');
  });

  it('is inconclusive below a bound above the limit', () => {
    expect(judgeCensored('<', d('5.0'), limit('<=', '3.0'))).toBe('inconclusive');
  });

  it('fails above a bound at an upper limit', () => {
    expect(judgeCensored('>', d('3.0'), limit('<=', '3.0'))).toBe('fail');
  });

  it('passes above a bound at a lower limit', () => {
    expect(judgeCensored('>', d('25600'), limit('>', '25600'))).toBe('pass');
  });

  it('fails below a bound at a lower limit', () => {
    expect(judgeCensored('<', d('12800'), limit('>', '12800'))).toBe('fail');
  });
});
