import { pick } from '../../i18n.js';

/** Maps every slot (`field:specimen`) to its current reading, leaving out replaced ones. */
export function currentReadings(readings) {
  const current = new Map();
  for (const reading of readings) {
    if (reading.replaced_by === null) current.set(`${reading.field}:${reading.specimen}`, reading);
  }
  return current;
}

/**
 * Returns the first empty slot in filling order: every specimen of the first field,
 * then of the next, as a balance weighs all specimens before the drum and
 * all of them after it. Optional fields are filled by hand.
 */
export function nextEmptySlot(method, current) {
  for (const field of method.specimenFields) {
    if (field.required === false) continue;
    for (let specimen = 1; specimen <= method.specimens; specimen++) {
      if (!current.has(`${field.name}:${specimen}`)) return { field: field.name, specimen, label: pick(field.label), unit: field.unit };
    }
  }
  return null;
}
