import { outsoleAbrasion } from './catalogue/outsole-abrasion.ts';
import type { MethodDefinition } from './types.ts';

export { MethodCheckError, MethodInputError, type MethodInputCode } from './errors.ts';
export type * from './types.ts';
export { judge, judgeCensored, judgeGuarded, judgeSimple, type Limit, type LimitOperator } from './decision-rules.ts';
export { Decimal, parseDecimal, roundToString } from './decimal.ts';
export {
  defaultSpecification,
  getSpecification,
  listSpecifications,
  type Requirement,
  type Specification,
} from './specifications/index.ts';

const METHODS: MethodDefinition[] = [outsoleAbrasion];

export function getMethod(id: string): MethodDefinition | undefined {
  return METHODS.find((method) => method.id === id);
}

/** Every method of the library, in the order `jitu methods` lists them. */
export function listMethods(): MethodDefinition[] {
  return [...METHODS];
}
