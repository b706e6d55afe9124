import { assessConformity, type JudgedQuantity } from './conformity.ts';
import { Decimal, formatFigure, roundToString, roundUpToString } from './decimal.ts';
import { type MethodInput, readMethodInput } from './input.ts';
import type { CalculationOutput, Censoring, MethodDefinition, RoundingRule } from './types.ts';
import { COVERAGE_FACTOR, combineStandardUncertainties, type UncertaintyComponent } from './uncertainty.ts';

/** Result of a method's own calculation, before rounding and judgement. */
export interface MethodResult {
  /** The reported quantity, unrounded. For a censored result, the bound. */
  value: Decimal;
  /** Uncertainty budget in the unit of the result, or null where the method has none. */
  budget: UncertaintyComponent[] | null;
  /** Intermediate figures for the steps record. */
  steps: Record<string, unknown>;
  censoring?: Censoring;
  /** Statements for the report, such as a specimen outside the calibrated range. */
  notes?: string[];
  /** Further quantities a specification may judge, e.g. the difference figure of pH. */
  secondary?: Record<string, { value: Decimal; budget: UncertaintyComponent[] | null }>;
}

export type MethodSheet = Omit<MethodDefinition, 'calculate'>;

/**
 * Builds a MethodDefinition from its data sheet and a pure calculation. The
 * shared part validates the input, rounds the value by the method's rule,
 * expands the uncertainty with k = 2 (rounded up, to the value's decimals)
 * and judges the rounded value against the specification, if one is named.
 */
export function defineMethod(sheet: MethodSheet, compute: (input: MethodInput) => MethodResult): MethodDefinition {
  return {
    ...sheet,
    calculate(raw: unknown): CalculationOutput {
      const input = readMethodInput(raw, sheet);
      return finishResult(sheet, input, compute(input));
    },
  };
}

function finishResult(sheet: MethodSheet, input: MethodInput, result: MethodResult): CalculationOutput {
  const { decimals, rounding } = sheet.reported;
  const main = roundQuantity(result.value, result.budget, decimals, rounding, result.censoring);
  const secondary = Object.fromEntries(
    Object.entries(result.secondary ?? {}).map(([name, q]) => [name, roundQuantity(q.value, q.budget, decimals, rounding)]),
  );
  const output: CalculationOutput = {
    value: result.censoring ? `${result.censoring.side} ${main.text}` : main.text,
    unit: sheet.reported.unit,
    uncertainty: result.censoring ? null : main.uncertaintyText,
    verdict: null,
    requirement: null,
    steps: {
      inputs: input.recorded,
      ...result.steps,
      ...budgetSteps(result.budget),
      rounding: `${rounding} to ${decimals} decimal places`,
      ...secondaryStepsOf(secondary),
    },
  };
  if (result.censoring) output.censoring = result.censoring;
  if (result.notes && result.notes.length > 0) output.notes = [...result.notes];
  if (input.specification !== null) judgeOutput(output, sheet, input, main, secondary);
  return output;
}

interface RoundedQuantity {
  text: string;
  uncertaintyText: string | null;
  judged: JudgedQuantity;
}

function roundQuantity(
  value: Decimal,
  budget: UncertaintyComponent[] | null,
  decimals: number,
  rounding: RoundingRule,
  censoring?: Censoring,
): RoundedQuantity {
  const text = roundToString(value, decimals, rounding);
  const expanded = budget ? combineStandardUncertainties(budget).times(COVERAGE_FACTOR) : null;
  const uncertaintyText = expanded ? roundUpToString(expanded, decimals) : null;
  const judged: JudgedQuantity = {
    value: new Decimal(text),
    uncertainty: uncertaintyText === null ? null : new Decimal(uncertaintyText),
  };
  if (censoring) judged.censoredSide = censoring.side;
  return { text, uncertaintyText, judged };
}

function budgetSteps(budget: UncertaintyComponent[] | null): Record<string, unknown> {
  if (!budget) return { uncertaintyBudget: null };
  const combined = combineStandardUncertainties(budget);
  return {
    uncertaintyBudget: budget.map((c) => ({ source: c.source, standardUncertainty: formatFigure(c.standard), basis: c.basis })),
    combinedStandardUncertainty: formatFigure(combined),
    coverageFactor: COVERAGE_FACTOR,
    expandedUncertainty: formatFigure(combined.times(COVERAGE_FACTOR)),
  };
}

function secondaryStepsOf(secondary: Record<string, RoundedQuantity>): Record<string, unknown> {
  const entries = Object.entries(secondary);
  if (entries.length === 0) return {};
  return {
    secondary: Object.fromEntries(entries.map(([name, q]) => [name, { value: q.text, uncertainty: q.uncertaintyText }])),
  };
}

function judgeOutput(
  output: CalculationOutput,
  sheet: MethodSheet,
  input: MethodInput,
  main: RoundedQuantity,
  secondary: Record<string, RoundedQuantity>,
): void {
  const quantities: Record<string, JudgedQuantity> = { value: main.judged };
  for (const [name, q] of Object.entries(secondary)) quantities[name] = q.judged;
  const outcome = assessConformity({
    methodId: sheet.id,
    specificationId: input.specification ?? '',
    category: input.category,
    decisionRule: input.decisionRule,
    quantities,
    inputs: input.run,
    valueName: sheet.reported.quantity.en,
  });
  output.verdict = outcome.verdict;
  output.requirement = outcome.requirement;
  if (outcome.notes.length > 0) output.notes = [...(output.notes ?? []), ...outcome.notes];
  output.steps['conformity'] = {
    specification: input.specification,
    decisionRule: input.decisionRule,
    judgedOn: 'reported (rounded) value',
    requirements: outcome.judged,
  };
}
