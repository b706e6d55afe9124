// Contract between test methods and the rest of Jitu. A method is data plus
// a pure calculation over decimal strings; the service and `jitu calculate`
// call the same `calculate`.

export type Verdict = 'pass' | 'fail' | 'inconclusive';
export type RoundingRule = 'half-up' | 'half-even';
export type DecisionRuleId = 'simple' | 'guarded';

export interface Bilingual {
  id: string;
  en: string;
}

/** One value the analyst records for each specimen, usually from an instrument. */
export interface SpecimenField {
  name: string;
  label: Bilingual;
  unit: string;
  /** Measurement quantity from a driver that may fill this field, e.g. `mass`. */
  quantity: string | null;
  /** Values accepted; `positive` when absent. */
  accepts?: ValueDomain;
  /** False for a reading taken only in some cases, such as a tenfold dilution; true when absent. */
  required?: boolean;
}

/** Values a numeric input accepts: greater than zero, zero or more, or any sign. */
export type ValueDomain = 'positive' | 'non-negative' | 'any';

/** One value recorded once per test run (density, specimen width, curve data). */
export interface RunField {
  name: string;
  label: Bilingual;
  unit: string;
  required: boolean;
  /** Values accepted; `positive` when absent. */
  accepts?: ValueDomain;
  /** Value used when an optional field is absent, as a decimal string. */
  default?: string;
  /** `decimal` (absent means decimal) or a list of calibration standards. */
  kind?: 'decimal' | 'calibration-curve';
}

export interface Conditioning {
  temperatureC: string;
  temperatureToleranceC: string;
  humidityPct: string | null;
  humidityTolerancePct: string | null;
  minimumHours: number;
}

export interface CalculationOutput {
  /** Reported value rounded to the method's decimals, as a string. */
  value: string;
  unit: string;
  /** Expanded uncertainty (k = 2) as a string with the value's decimals, or null. */
  uncertainty: string | null;
  verdict: Verdict | null;
  /** Requirement text for the report, e.g. `≤ 150 mm³`, or null without a specification. */
  requirement: string | null;
  /** Intermediate figures per specimen and overall, for review and audit. */
  steps: Record<string, unknown>;
  /** Set when the value is only known to lie below or above a bound; `value` then reads `< 3.0`. */
  censoring?: Censoring;
  /** Statements the report must carry, such as a limit that awaits confirmation. */
  notes?: string[];
}

/** A result known only as lying below or above a bound, never reported as zero. */
export interface Censoring {
  kind: 'below-limit-of-quantification' | 'below-calibrated-range' | 'above-calibrated-range' | 'end-point-not-reached';
  /** `<`: the value lies below the bound; `>`: above it. */
  side: '<' | '>';
  bound: string;
}

export interface MethodDefinition {
  id: string;
  version: string;
  standard: string;
  clause: string;
  title: Bilingual;
  instruments: string[];
  specimens: number;
  conditioning: Conditioning | null;
  specimenFields: SpecimenField[];
  runFields: RunField[];
  reported: { quantity: Bilingual; unit: string; decimals: number; rounding: RoundingRule };
  /** Whether the laboratory's KAN scope covers this method. */
  accredited: boolean;
  /** The calculation in words, e.g. `ΔV = Δm × 200 / (ρ × Δm_ref)`. */
  formula?: string;
  /** The uncertainty budget in words, or null where the method has none. */
  uncertaintyModel?: string | null;
  /** Takes the JSON input object of `jitu calculate`; throws MethodInputError on bad input. */
  calculate(input: unknown): CalculationOutput;
}
