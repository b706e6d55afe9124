import type { Role } from '../auth/roles.ts';
import { invalidInput } from '../errors.ts';
import type { Service, ServiceStep } from './catalogue-schema.ts';
import { serviceCatalogue } from './catalogue.ts';

/** Finds a catalogue service; an unknown id is the caller's input error. */
export function serviceById(serviceId: string, field = 'serviceId'): Service {
  const service = serviceCatalogue().get(serviceId);
  if (!service) {
    const known = [...serviceCatalogue().keys()].join(', ');
    throw invalidInput(field, `unknown service "${serviceId}"; expected one of: ${known}`);
  }
  return service;
}

/** The step of the service that routes requests, if it has one. */
export const routingStep = (service: Service): ServiceStep | undefined => service.steps.find((step) => step.routes);

/** Roles that act on a request sent along a route; none for an unknown route. */
export function rolesOfRoute(service: Service, route: string | null): readonly Role[] {
  const routes = routingStep(service)?.routes ?? {};
  return route ? routes[route]?.roles ?? [] : [];
}

/** Roles that may record a step; a routed step takes the roles of the chosen route. */
export const rolesOfStep = (service: Service, step: ServiceStep, route: string | null): readonly Role[] =>
  step.roles === 'routed' ? rolesOfRoute(service, route) : step.roles;

/** Checks a route id against the service's routing step. */
export function checkRoute(service: Service, route: string, field: string): void {
  const routes = routingStep(service)?.routes;
  if (!routes) throw invalidInput(field, `service "${service.id}" has no routing step`);
  if (!(route in routes)) throw invalidInput(field, `unknown route "${route}"; expected one of: ${Object.keys(routes).join(', ')}`);
}

/** Checks that the declared requirement ids are known and cover every requirement. */
export function checkRequirements(service: Service, declared: readonly string[], field = 'requirementsMet'): void {
  const known = service.requirements.map((requirement) => requirement.id);
  const unknown = declared.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw invalidInput(field, `unknown requirement "${unknown[0]}"; expected ids from: ${known.join(', ') || '(none)'}`);
  }
  const missing = service.requirements.filter((requirement) => !declared.includes(requirement.id));
  if (missing.length > 0) {
    const list = missing.map((requirement) => `"${requirement.id}" (${requirement.title.en})`).join(', ');
    throw invalidInput(field, `requirements not met: ${list}; the service needs them before registration`);
  }
}
