import { getMethod, getSpecification, listSpecifications } from '../../../methods/index.ts';
import { invalidInput } from '../../errors.ts';
import type { NewRequest } from '../schemas.ts';

type RequestedParameter = NewRequest['samples'][number]['parameters'][number];

/** Ids of the specifications that set a requirement for the method. */
export function specificationsFor(methodId: string): string[] {
  return listSpecifications()
    .filter((spec) => spec.requirements.some((requirement) => requirement.method === methodId))
    .map((spec) => spec.id);
}

function checkSpecification(parameter: RequestedParameter, field: string): void {
  const { methodId, specificationId } = parameter;
  if (specificationId === undefined) return;
  const valid = specificationsFor(methodId);
  const choice = valid.length ? `use one of ${valid.join(', ')} or leave it out` : 'no specification sets a limit for it, so leave it out';
  if (!getSpecification(specificationId)) {
    throw invalidInput(field, `unknown specification "${specificationId}" for ${methodId}; ${choice}`);
  }
  if (!valid.includes(specificationId)) {
    throw invalidInput(field, `specification "${specificationId}" sets no requirement for ${methodId}; ${choice}`);
  }
}

/**
 * Rejects a requested parameter the laboratory could not finish: an unknown
 * method, a specification that is unknown or sets no limit for the method,
 * or the same method twice on one sample.
 */
export function checkRequestedParameters(input: NewRequest): void {
  input.samples.forEach((sample, s) => {
    const seen = new Map<string, number>();
    sample.parameters.forEach((parameter, p) => {
      const prefix = `samples.${s}.parameters.${p}`;
      if (!getMethod(parameter.methodId)) {
        throw invalidInput(`${prefix}.methodId`, `unknown method "${parameter.methodId}"; see GET /api/methods for the ids`);
      }
      const first = seen.get(parameter.methodId);
      if (first !== undefined) {
        throw invalidInput(`${prefix}.methodId`, `${parameter.methodId} is already requested as parameter ${first} of this sample; request each method once per sample`);
      }
      seen.set(parameter.methodId, p);
      checkSpecification(parameter, `${prefix}.specificationId`);
    });
  });
}
