import type { Decimal } from './decimal.ts';
import type { DecisionRuleId, Verdict } from './types.ts';

/** Comparison a result must satisfy against a limit, as a specification writes it. */
export type LimitOperator = '<' | '<=' | '>' | '>=';

export interface Limit {
  operator: LimitOperator;
  value: Decimal;
}

/** A result with its expanded uncertainty (k = 2), or null where the method has none. */
export interface MeasuredResult {
  value: Decimal;
  uncertainty: Decimal | null;
}

export const OPERATOR_SYMBOLS: Record<LimitOperator, string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
};

/** Returns whether a value meets the limit; a value on the limit meets `≤` and `≥` but not `<` or `>`. */
export function satisfies(value: Decimal, limit: Limit): boolean {
  switch (limit.operator) {
    case '<':
      return value.lt(limit.value);
    case '<=':
      return value.lte(limit.value);
    case '>':
      return value.gt(limit.value);
    case '>=':
      return value.gte(limit.value);
  }
}

/**
 * Simple acceptance (ILAC-G8 binary rule with no guard band): the result
 * itself decides, so a result on the limit passes or fails as the operator
 * states.
 */
export function judgeSimple(result: MeasuredResult, limit: Limit): Verdict {
  return satisfies(result.value, limit) ? 'pass' : 'fail';
}

/**
 * Guarded acceptance with a guard band equal to the expanded uncertainty U:
 * pass when the whole interval value ± U meets the limit, fail when none of
 * it does, inconclusive when the interval straddles the limit. With U = 0 it
 * gives the same verdict as simple acceptance.
 */
export function judgeGuarded(result: MeasuredResult, limit: Limit): Verdict {
  if (result.uncertainty === null) {
    throw new Error('guarded acceptance needs an expanded uncertainty');
  }
  const low = result.value.minus(result.uncertainty);
  const high = result.value.plus(result.uncertainty);
  const isUpperLimit = limit.operator === '<' || limit.operator === '<=';
  const worst = isUpperLimit ? high : low;
  const best = isUpperLimit ? low : high;
  if (satisfies(worst, limit)) return 'pass';
  if (!satisfies(best, limit)) return 'fail';
  return 'inconclusive';
}

export function judge(rule: DecisionRuleId, result: MeasuredResult, limit: Limit): Verdict {
  return rule === 'guarded' ? judgeGuarded(result, limit) : judgeSimple(result, limit);
}

/**
 * Judges a censored result, known only as below (`<`) or above (`>`) a bound.
 * It passes or fails only when every value on that side of the bound would;
 * otherwise it is inconclusive. Both decision rules give the same verdict.
 */
export function judgeCensored(side: '<' | '>', bound: Decimal, limit: Limit): Verdict {
  const isUpperLimit = limit.operator === '<' || limit.operator === '<=';
  if (side === '<' && isUpperLimit) {
    return bound.lte(limit.value) ? 'pass' : 'inconclusive';
  }
  if (side === '>' && !isUpperLimit) {
    return bound.gte(limit.value) ? 'pass' : 'inconclusive';
  }
  const everyValueFails = side === '<' ? bound.lte(limit.value) : bound.gte(limit.value);
  return everyValueFails ? 'fail' : 'inconclusive';
}
