// Flex resistance of uppers and linings on the vamp flexer: ISO 17694:2016,
// which supersedes EN 13512. Specimens are flexed until visible damage, which
// is looked for at set counts; runs at low temperature use a cold chamber.
// ISO 20345:2011 places the upper flex requirement (class II uppers) at 5.4.5.
// NOTE: the ISO 20345:2011 and SNI 8877 cycle limits were not found, so no
// specification judges this method yet.
import { FOOTWEAR_ATMOSPHERE } from '../conditioning.ts';
import { defineMethod } from '../define-method.ts';
import { computeEndPointCount, endPointSpecimenFields, INSPECTION_INTERVAL_FIELD } from '../end-point-count.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';

export const upperFlexResistance = defineMethod(
  {
    id: 'upper-flex-resistance',
    version: '1.0.0',
    standard: 'ISO 17694:2016',
    clause: 'ISO 17694 (vamp flexing method)',
    title: {
      id: 'Ketahanan lentur bagian atas dan lapisan dalam (vamp flexer)',
      en: 'Flex resistance of upper and lining (vamp flexer)',
    },
    instruments: ['vamp flexing machine with preset counter'],
    // NOTE: three specimens are assumed; ISO 17694's count was not retrieved.
    specimens: 3,
    conditioning: FOOTWEAR_ATMOSPHERE,
    specimenFields: endPointSpecimenFields(
      { id: 'Jumlah lenturan pada pemeriksaan terakhir', en: 'Flex cycles at the last inspection' },
      { id: 'Kerusakan terlihat (1) atau tidak (0)', en: 'Visible damage seen (1) or not (0)' },
    ),
    runFields: [INSPECTION_INTERVAL_FIELD],
    reported: {
      quantity: { id: 'Jumlah lenturan sampai rusak', en: 'Flex cycles to visible damage' },
      unit: 'cycles',
      decimals: 0,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'lowest cycle count at which damage was seen; > the lowest count completed when no specimen was damaged',
    uncertaintyModel: 'inspection interval, rectangular over its width (I/√12); k = 2',
  },
  computeEndPointCount,
);
