// Abrasion resistance of linings and uppers on the Martindale tester:
// ISO 12947-2 (specimen breakdown), called up for safety-footwear linings by
// ISO 20344:2011 6.12. End point: two separate threads broken (woven), a hole
// of 2.5 mm or more judged through the 2.5 ± 0.1 mm mask (nonwoven), or a
// fully worn area (flock or pile), checked at fixed inspection intervals.
// One Lissajous figure is 16 rubs. ISO 12947-2 does not apply to coated or
// laminated fabrics (use ISO 5470). The category of a specification names
// the lining area and whether it was tested dry or wet.
import { FOOTWEAR_ATMOSPHERE } from '../conditioning.ts';
import { defineMethod } from '../define-method.ts';
import { computeEndPointCount, endPointSpecimenFields, INSPECTION_INTERVAL_FIELD } from '../end-point-count.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';

export const martindaleAbrasion = defineMethod(
  {
    id: 'martindale-abrasion',
    version: '1.0.0',
    standard: 'ISO 12947-2 / ISO 20344:2011',
    clause: 'ISO 20344:2011 6.12; ISO 12947-2 (end point by specimen breakdown)',
    title: {
      id: 'Ketahanan gosok lapisan dalam dan atasan (Martindale)',
      en: 'Abrasion resistance of lining and upper (Martindale)',
    },
    instruments: ['Martindale abrasion tester', 'assessment mask 2.5 mm'],
    // NOTE: three specimens are assumed; ISO 12947-2's count was not retrieved.
    specimens: 3,
    conditioning: FOOTWEAR_ATMOSPHERE,
    specimenFields: endPointSpecimenFields(
      { id: 'Jumlah gosokan pada pemeriksaan terakhir', en: 'Rubs at the last inspection' },
      { id: 'Kerusakan terlihat (1) atau tidak (0)', en: 'Breakdown seen (1) or not (0)' },
    ),
    runFields: [INSPECTION_INTERVAL_FIELD],
    reported: {
      quantity: { id: 'Jumlah gosokan sampai rusak', en: 'Rubs to breakdown' },
      unit: 'rubs',
      decimals: 0,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'lowest rub count at which breakdown was seen; > the lowest count completed when no specimen broke down',
    uncertaintyModel: 'inspection interval, rectangular over its width (I/√12); k = 2',
  },
  computeEndPointCount,
);
