import { Decimal } from './decimal.ts';
import { type Limit, judge, judgeCensored, OPERATOR_SYMBOLS, satisfies } from './decision-rules.ts';
import { MethodInputError } from './errors.ts';
import { getSpecification, listSpecifications, type Requirement, type Specification } from './specifications/index.ts';
import type { DecisionRuleId, Verdict } from './types.ts';

/** A rounded figure the requirements are judged on, with its expanded uncertainty. */
export interface JudgedQuantity {
  value: Decimal;
  uncertainty: Decimal | null;
  /** Set for a censored result: the value lies below (`<`) or above (`>`) `value`. */
  censoredSide?: '<' | '>';
}

export interface ConformityRequest {
  methodId: string;
  specificationId: string;
  category: string | null;
  decisionRule: DecisionRuleId;
  /** `value` and any secondary quantities of the method. */
  quantities: Record<string, JudgedQuantity>;
  /** Run inputs that requirement conditions may refer to, such as `density`. */
  inputs: Record<string, Decimal>;
  /** Name of the reported quantity in requirement text, e.g. `pH`. */
  valueName: string;
}

export interface ConformityOutcome {
  verdict: Verdict;
  requirement: string;
  notes: string[];
  judged: Array<{ parameter: string; requirement: string; verdict: Verdict; confirmed: boolean }>;
}

/**
 * Judges a result against the requirements of a specification that apply to
 * it: all must pass for a pass, any fail makes a fail, and otherwise any
 * inconclusive makes the verdict inconclusive.
 */
export function assessConformity(request: ConformityRequest): ConformityOutcome {
  const spec = findSpecification(request.specificationId);
  const applicable = selectRequirements(spec, request);
  const judged = applicable.map((req) => ({
    parameter: req.parameter.en,
    requirement: describeRequirement(req, request.valueName),
    verdict: judgeRequirement(req, request),
    confirmed: req.confirmed,
  }));
  return {
    verdict: combineVerdicts(judged.map((j) => j.verdict)),
    requirement: judged.map((j) => j.requirement).join('; '),
    notes: applicable.flatMap((req) => (req.note ? [req.note] : [])),
    judged,
  };
}

function findSpecification(id: string): Specification {
  const spec = getSpecification(id);
  if (spec) return spec;
  const known = listSpecifications().map((s) => s.id).join(', ');
  throw new MethodInputError('unknown-option', 'specification', `specification "${id}" is not known: use one of ${known}`);
}

function selectRequirements(spec: Specification, request: ConformityRequest): Requirement[] {
  const forMethod = spec.requirements.filter((req) => req.method === request.methodId);
  if (forMethod.length === 0) {
    throw new MethodInputError(
      'unknown-option',
      'specification',
      `specification "${spec.id}" has no requirement for method "${request.methodId}": leave out the specification or choose another`,
    );
  }
  const inCategory = filterByCategory(forMethod, request.category, spec.id);
  const applicable = inCategory.filter((req) => meetsConditions(req, request));
  if (applicable.length === 0) {
    throw new MethodInputError(
      'out-of-range',
      'specification',
      `no requirement of "${spec.id}" for method "${request.methodId}" applies to these inputs: ${describeConditions(inCategory)}`,
    );
  }
  return applicable;
}

function filterByCategory(requirements: Requirement[], category: string | null, specId: string): Requirement[] {
  const categories = [...new Set(requirements.flatMap((req) => (req.category ? [req.category] : [])))];
  if (categories.length === 0) return requirements;
  if (category !== null && categories.includes(category)) {
    return requirements.filter((req) => req.category === null || req.category === category);
  }
  const found = category === null ? 'is missing' : `"${category}" is not one of them`;
  throw new MethodInputError('unknown-option', 'category', `category ${found}: "${specId}" sets limits by category ${categories.join(', ')}`);
}

function meetsConditions(req: Requirement, request: ConformityRequest): boolean {
  return req.appliesWhen.every((condition) => {
    const actual = request.quantities[condition.input]?.value ?? request.inputs[condition.input];
    if (actual === undefined) {
      throw new MethodInputError('missing', condition.input, `${condition.input} is missing: it is needed to choose the requirement of the specification`);
    }
    return satisfies(actual, { operator: condition.operator, value: new Decimal(condition.value) });
  });
}

function judgeRequirement(req: Requirement, request: ConformityRequest): Verdict {
  const quantity = request.quantities[req.quantity];
  if (!quantity) {
    throw new MethodInputError('missing', req.quantity, `${req.quantity} is needed to judge "${req.parameter.en}": give the inputs that determine it`);
  }
  const limit: Limit = { operator: req.operator, value: new Decimal(req.limit) };
  if (quantity.censoredSide) return judgeCensored(quantity.censoredSide, quantity.value, limit);
  if (request.decisionRule === 'guarded' && quantity.uncertainty === null) {
    throw new MethodInputError('unknown-option', 'decisionRule', `method "${request.methodId}" has no uncertainty model for guarded acceptance: use "simple"`);
  }
  return judge(request.decisionRule, quantity, limit);
}

/** Requirement text for the report, e.g. `≤ 150 mm³` or `difference figure < 0.7 (when pH < 4)`. */
export function describeRequirement(req: Requirement, valueName: string): string {
  const subject = req.quantity === 'value' ? '' : `${humanise(req.quantity)} `;
  const unit = req.unit ? ` ${req.unit}` : '';
  const conditions = describeConditions([req]).replace(/\bvalue\b/g, valueName);
  const when = req.quantity === 'value' || req.appliesWhen.length === 0 ? '' : ` (when ${conditions})`;
  return `${subject}${OPERATOR_SYMBOLS[req.operator]} ${req.limit}${unit}${when}`;
}

function describeConditions(requirements: Requirement[]): string {
  const parts = requirements.flatMap((req) => req.appliesWhen.map((c) => `${c.input} ${OPERATOR_SYMBOLS[c.operator]} ${c.value}`));
  return parts.length > 0 ? [...new Set(parts)].join(', ') : 'none';
}

function humanise(name: string): string {
  return name.replace(/([A-Z])/g, ' $1').toLowerCase();
}

export function combineVerdicts(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('inconclusive')) return 'inconclusive';
  return 'pass';
}
