import { Decimal } from './decimal.ts';

/** One line of an uncertainty budget, already in the unit of the result. */
export interface UncertaintyComponent {
  source: string;
  /** Standard uncertainty contributed to the result. */
  standard: Decimal;
  /** Evaluation basis, e.g. `type A: s/√n` or `type B: rectangular, a/√3`. */
  basis: string;
}

export const COVERAGE_FACTOR = 2;

/** Root sum of squares of the components (uncorrelated inputs). */
export function combineStandardUncertainties(components: UncertaintyComponent[]): Decimal {
  const squares = components.map((c) => c.standard.pow(2));
  return Decimal.sum(0, ...squares).sqrt();
}

/** Expanded uncertainty U = k × u_c with k = 2 (about 95 % coverage). */
export function expandUncertainty(components: UncertaintyComponent[]): Decimal {
  return combineStandardUncertainties(components).times(COVERAGE_FACTOR);
}

/** Type A component of a mean: s / √n. */
export function repeatabilityComponent(standardDeviation: Decimal, count: number): UncertaintyComponent {
  return {
    source: 'repeatability between specimens',
    standard: standardDeviation.div(new Decimal(count).sqrt()),
    basis: 'type A: s/√n',
  };
}

/** Type B component from a reading resolution: half the step over √3 (rectangular). */
export function resolutionComponent(source: string, resolution: Decimal, sensitivity: Decimal): UncertaintyComponent {
  return {
    source,
    standard: resolution.div(2).div(new Decimal(3).sqrt()).times(sensitivity.abs()),
    basis: 'type B: rectangular, (resolution/2)/√3',
  };
}

/** Type B component from a relative standard uncertainty of an input, scaled to the result. */
export function relativeComponent(source: string, result: Decimal, relative: Decimal, basis: string): UncertaintyComponent {
  return { source, standard: result.abs().times(relative), basis };
}
