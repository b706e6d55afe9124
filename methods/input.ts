import { Decimal, parseDecimal } from './decimal.ts';
import { MethodInputError } from './errors.ts';
import type { DecisionRuleId, MethodDefinition, ValueDomain } from './types.ts';

/** The input of `calculate` after validation, numbers as Decimals. */
export interface MethodInput {
  specimens: Array<Record<string, Decimal>>;
  run: Record<string, Decimal>;
  /** Every numeric input as received (JSON numbers through their string form), trailing zeros kept. */
  recorded: Record<string, string>;
  /** Run fields of kind `calibration-curve`, still as received. */
  curves: Record<string, unknown>;
  specification: string | null;
  category: string | null;
  decisionRule: DecisionRuleId;
}

type FieldSource = Pick<MethodDefinition, 'specimens' | 'specimenFields' | 'runFields'>;

/** Validates the JSON input object of a method; throws MethodInputError naming the field. */
export function readMethodInput(raw: unknown, method: FieldSource): MethodInput {
  const input = requireObject(raw, '(input)', 'a JSON object with "specimens"');
  const recorded: Record<string, string> = {};
  return {
    specimens: readSpecimens(input['specimens'], method, recorded),
    run: readRunFields(input, method, recorded),
    recorded,
    curves: readCurves(input, method),
    specification: readOptionalText(input, 'specification'),
    category: readOptionalText(input, 'category'),
    decisionRule: readDecisionRule(input['decisionRule']),
  };
}

type Recorded = Record<string, string>;

function readSpecimens(raw: unknown, method: FieldSource, recorded: Recorded): Array<Record<string, Decimal>> {
  if (raw === undefined && method.specimens === 0) return [];
  if (raw === undefined) {
    throw new MethodInputError('missing', 'specimens', `specimens is missing: give an array of ${method.specimens} specimen objects`);
  }
  if (!Array.isArray(raw)) {
    throw new MethodInputError('invalid-input', 'specimens', 'specimens must be an array of specimen objects');
  }
  if (raw.length !== method.specimens) {
    throw new MethodInputError(
      'specimen-count',
      'specimens',
      `specimens has ${raw.length} entries but the method needs ${method.specimens}: record every specimen, and no more`,
    );
  }
  return raw.map((entry, index) => readSpecimen(entry, index, method, recorded));
}

function readSpecimen(raw: unknown, index: number, method: FieldSource, recorded: Recorded): Record<string, Decimal> {
  const path = `specimens[${index}]`;
  const specimen = requireObject(raw, path, 'an object of specimen readings');
  const values: Record<string, Decimal> = {};
  for (const field of method.specimenFields) {
    const fieldPath = `${path}.${field.name}`;
    if (field.required === false && specimen[field.name] === undefined) continue;
    values[field.name] = readNumber(specimen[field.name], fieldPath, field.unit, field.accepts);
    recorded[fieldPath] = String(specimen[field.name]).trim();
  }
  return values;
}

function readRunFields(input: Record<string, unknown>, method: FieldSource, recorded: Recorded): Record<string, Decimal> {
  const values: Record<string, Decimal> = {};
  for (const field of method.runFields) {
    if (field.kind === 'calibration-curve') continue;
    const raw = input[field.name] ?? field.default;
    if (raw === undefined && !field.required) continue;
    values[field.name] = readNumber(raw, field.name, field.unit, field.accepts);
    recorded[field.name] = String(raw).trim();
  }
  return values;
}

function readCurves(input: Record<string, unknown>, method: FieldSource): Record<string, unknown> {
  const curves: Record<string, unknown> = {};
  for (const field of method.runFields) {
    if (field.kind !== 'calibration-curve') continue;
    if (input[field.name] === undefined) {
      throw new MethodInputError('missing', field.name, `${field.name} is missing: give the calibration standards as [{ "concentration", "absorbance" }, ...]`);
    }
    curves[field.name] = input[field.name];
  }
  return curves;
}

/** Reads one number and checks it against the field's domain (positive unless stated). */
export function readNumber(raw: unknown, field: string, unit: string, accepts: ValueDomain = 'positive'): Decimal {
  const withUnit = unit ? ` in ${unit}` : '';
  if (raw === undefined || raw === null || raw === '') {
    throw new MethodInputError('missing', field, `${field} is missing: give the value${withUnit} as a decimal string`);
  }
  const value = parseDecimal(raw);
  if (value === null) {
    const hint = typeof raw === 'string' && raw.includes(',') ? ' (use a point as the decimal separator)' : '';
    throw new MethodInputError('not-a-number', field, `${field} is ${JSON.stringify(raw)}, which is not a number: give the value${withUnit} as a decimal string${hint}`);
  }
  if (accepts !== 'any' && value.isNegative() && !value.isZero()) {
    throw new MethodInputError('negative', field, `${field} is ${value.toString()}, but it must not be negative: check the reading${withUnit}`);
  }
  if (accepts === 'positive' && value.isZero()) {
    throw new MethodInputError('zero', field, `${field} is zero, but it must be greater than zero: check the reading${withUnit}`);
  }
  return value;
}

function requireObject(raw: unknown, field: string, expected: string): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MethodInputError('invalid-input', field, `${field} must be ${expected}`);
  }
  return raw as Record<string, unknown>;
}

function readOptionalText(input: Record<string, unknown>, field: string): string | null {
  const raw = input[field];
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new MethodInputError('invalid-input', field, `${field} must be a non-empty string`);
  }
  return raw.trim();
}

function readDecisionRule(raw: unknown): DecisionRuleId {
  if (raw === undefined || raw === null) return 'simple';
  if (raw === 'simple' || raw === 'guarded') return raw;
  throw new MethodInputError('unknown-option', 'decisionRule', `decisionRule is ${JSON.stringify(raw)}: use "simple" or "guarded"`);
}
