import { chromiumVi } from './catalogue/chromium-vi.ts';
import { formaldehyde } from './catalogue/formaldehyde.ts';
import { heatAgeing } from './catalogue/heat-ageing.ts';
import { heelEnergyAbsorption } from './catalogue/heel-energy-absorption.ts';
import { leatherPh } from './catalogue/leather-ph.ts';
import { martindaleAbrasion } from './catalogue/martindale-abrasion.ts';
import { outsoleAbrasion } from './catalogue/outsole-abrasion.ts';
import { rossFlex } from './catalogue/ross-flex.ts';
import { slipResistance } from './catalogue/slip-resistance.ts';
import { toecapImpact } from './catalogue/toecap-impact.ts';
import { upperFlexResistance } from './catalogue/upper-flex-resistance.ts';
import { upperOutsoleBond } from './catalogue/upper-outsole-bond.ts';
import { wholeSoleFlex } from './catalogue/whole-sole-flex.ts';
import scope from './accreditation-scope.json' with { type: 'json' };
import type { MethodDefinition } from './types.ts';

export { MethodCheckError, MethodInputError, type MethodInputCode } from './errors.ts';
export type * from './types.ts';
export { judge, judgeCensored, judgeGuarded, judgeSimple, type Limit, type LimitOperator } from './decision-rules.ts';
export { Decimal, parseDecimal, roundToString } from './decimal.ts';
export { type CalibrationCurve, fitCalibrationCurve, readConcentration } from './calibration-curve.ts';
export {
  defaultSpecification,
  getSpecification,
  listSpecifications,
  type Requirement,
  type Specification,
} from './specifications/index.ts';

// Whether a method is in the KAN scope is laboratory data, kept in
// accreditation-scope.json so that a change of scope needs no code change.
// NOTE: the list there is a demo scope until BPIPI's scope annex is entered.
const inScope = (method: MethodDefinition): MethodDefinition => ({
  ...method,
  accredited: scope.methods.includes(method.id),
});

const METHODS: MethodDefinition[] = [
  outsoleAbrasion,
  martindaleAbrasion,
  upperFlexResistance,
  wholeSoleFlex,
  rossFlex,
  slipResistance,
  upperOutsoleBond,
  toecapImpact,
  heelEnergyAbsorption,
  leatherPh,
  chromiumVi,
  formaldehyde,
  heatAgeing,
].map(inScope);

export function getMethod(id: string): MethodDefinition | undefined {
  return METHODS.find((method) => method.id === id);
}

/** Every method of the library, in the order `jitu methods` lists them. */
export function listMethods(): MethodDefinition[] {
  return [...METHODS];
}
