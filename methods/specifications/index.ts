import iso20345of2022 from './iso-20345-2022.json' with { type: 'json' };
import sni7079of2009 from './sni-7079-2009.json' with { type: 'json' };
import sni8877of2023 from './sni-8877-2023.json' with { type: 'json' };
import { type Specification, specificationSchema } from './schema.ts';

export type { Requirement, RequirementCondition, Specification } from './schema.ts';

// Each data file is validated once at load, so a malformed edition fails at
// start-up instead of during a calculation.
const SPECIFICATIONS: Specification[] = [sni8877of2023, iso20345of2022, sni7079of2009].map(
  (data) => specificationSchema.parse(data),
);

export function getSpecification(id: string): Specification | undefined {
  return SPECIFICATIONS.find((spec) => spec.id === id);
}

export function listSpecifications(): Specification[] {
  return [...SPECIFICATIONS];
}

/** Returns the set used when a request names no edition: SNI 8877:2023 with ISO 20345:2011 limits. */
export function defaultSpecification(): Specification {
  const found = SPECIFICATIONS.find((spec) => spec.isDefault);
  if (!found) throw new Error('no specification is marked as the default');
  return found;
}
