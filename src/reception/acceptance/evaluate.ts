import type { AcceptanceCriteria } from './criteria.ts';

export interface CheckOutcome {
  criterion: string;
  passed: boolean;
  id: string;
  en: string;
}

export interface SampleUnderCheck {
  commodity: string;
  quantity: number;
  methodIds: readonly string[];
}

/** Units a method consumes when the data names none: one pair or sheet. */
const DEFAULT_UNITS = 1;

/**
 * Evaluates the acceptance criteria of a sample. `enoughUnits` is computed
 * from the quantity and the requested methods; every other check is the
 * receiver's tick, and a check left unticked fails.
 */
export function evaluateAcceptance(sample: SampleUnderCheck, ticks: Record<string, boolean>, criteria: AcceptanceCriteria): CheckOutcome[] {
  const commodity = criteria.commodities[sample.commodity] ?? criteria.commodities.other!;
  const needed = sample.methodIds.reduce((sum, methodId) => sum + (criteria.unitsPerMethod[methodId] ?? DEFAULT_UNITS), 0);
  const unit = commodity.unit;
  const enough = sample.quantity >= needed && ticks.enoughPairs !== false;
  const outcomes: CheckOutcome[] = [{
    criterion: 'enoughPairs',
    passed: enough,
    id: `jumlah contoh ${sample.quantity} ${unit.id}; parameter yang diminta memerlukan ${needed} ${unit.id}`,
    en: `quantity ${sample.quantity} ${unit.en}; the requested parameters need ${needed} ${unit.en}`,
  }];
  for (const name of commodity.checks) {
    const wording = criteria.checks[name]!;
    const tick = ticks[name];
    const state = tick === true ? { id: 'ya', en: 'yes' } : tick === false ? { id: 'tidak', en: 'no' } : { id: 'belum diperiksa', en: 'not checked' };
    outcomes.push({ criterion: name, passed: tick === true, id: `${wording.id}: ${state.id}`, en: `${wording.en}: ${state.en}` });
  }
  return outcomes;
}
