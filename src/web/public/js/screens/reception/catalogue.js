// The choices the reception, hand-over and amendment forms offer, fetched
// once per page load from GET /api/reception/options, the same data the
// service checks input against.
import { getOnce } from '../../api.js';

export const loadReceptionOptions = () => getOnce('/api/reception/options');

/** The acceptance checks of a commodity, the quantity check first. */
export const checksFor = (catalogue, commodity) =>
  (catalogue.commodities.find((c) => c.id === commodity) ?? catalogue.commodities.find((c) => c.id === 'other')).checks;

/** Specifications that set a limit for at least one of the methods, each once. */
export function specificationsForMethods(catalogue, methodIds) {
  const found = new Map();
  for (const methodId of methodIds) {
    for (const spec of catalogue.specificationsByMethod[methodId] ?? []) found.set(spec.id, spec);
  }
  return [...found.values()];
}

/** Tells whether a specification sets a limit for the method. */
export const specificationCovers = (catalogue, specificationId, methodId) =>
  (catalogue.specificationsByMethod[methodId] ?? []).some((spec) => spec.id === specificationId);
