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
}

/** One value recorded once per test run (density, specimen width, curve data). */
export interface RunField {
  name: string;
  label: Bilingual;
  unit: string;
  required: boolean;
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
  /** Takes the JSON input object of `jitu calculate`; throws MethodInputError on bad input. */
  calculate(input: unknown): CalculationOutput;
}
