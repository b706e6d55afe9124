import { listMethods, listSpecifications } from '../../methods/index.ts';
import { ID_DOCUMENT_TYPES } from '../reports/handover-routes.ts';
import { CORRECTABLE_SAMPLE_FIELDS } from '../reports/sample-corrections.ts';
import { acceptanceCriteria } from './acceptance/criteria.ts';
import { COMMODITIES, type Commodity } from './sample-code.ts';
import { customerKind } from './schemas.ts';
import { specificationsFor } from './registration/parameter-checks.ts';

/** The quantity check every commodity has; it is computed from the quantity and the requested methods. */
const QUANTITY_CHECK = {
  id: 'enoughPairs',
  label: { id: 'jumlah contoh cukup untuk parameter yang diminta', en: 'enough units for the requested parameters' },
};

function commodityOptions() {
  const criteria = acceptanceCriteria();
  return (Object.keys(COMMODITIES) as Commodity[]).map((id) => {
    const entry = criteria.commodities[id] ?? criteria.commodities.other!;
    const checks = entry.checks.map((check) => ({ id: check, label: criteria.checks[check]! }));
    return { id, codeLetters: COMMODITIES[id], unit: entry.unit, checks: [QUANTITY_CHECK, ...checks] };
  });
}

function specificationOptions() {
  const titles = new Map(listSpecifications().map((spec) => [spec.id, { id: spec.id, title: spec.title, edition: spec.edition, isDefault: spec.isDefault }]));
  return Object.fromEntries(listMethods().map((method) => [method.id, specificationsFor(method.id).map((id) => titles.get(id)!)]));
}

/**
 * Lists the choices the reception and hand-over forms offer, from the data
 * the service checks input against: commodities with their acceptance
 * checks, the specifications that set limits for each method, customer
 * kinds, the identity documents a hand-over records and the sample fields
 * an amended LHU may correct.
 */
export function receptionOptions() {
  return {
    commodities: commodityOptions(),
    specificationsByMethod: specificationOptions(),
    customerKinds: customerKind.options,
    idDocumentTypes: [...ID_DOCUMENT_TYPES],
    correctableSampleFields: [...CORRECTABLE_SAMPLE_FIELDS],
  };
}
