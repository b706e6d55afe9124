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

// NOTE: every method is marked not accredited until the laboratory's KAN
// scope annex lists the parameters it covers.
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
];

export function getMethod(id: string): MethodDefinition | undefined {
  return METHODS.find((method) => method.id === id);
}

/** Every method of the library, in the order `jitu methods` lists them. */
export function listMethods(): MethodDefinition[] {
  return [...METHODS];
}
