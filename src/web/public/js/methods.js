// The method catalogue, fetched once per page load: titles and the labels
// of specimen fields for tables that only carry method and field ids.
import { getOnce } from './api.js';
import { pick } from './i18n.js';

export const loadMethods = () => getOnce('/api/methods');

export const methodTitle = (methods, id) => pick(methods.find((m) => m.id === id)?.title) || id;

/** The label of a specimen or run field of a method, or the field id when the method does not name it. */
export function fieldLabel(methods, methodId, field) {
  const method = methods.find((m) => m.id === methodId);
  const found = [...(method?.specimenFields ?? []), ...(method?.runFields ?? [])].find((f) => f.name === field);
  return found ? pick(found.label) : field;
}
