// Free and hydrolysable formaldehyde in leather, colorimetric: ISO 17226-2.
// Formaldehyde reacts with acetylacetone (Hantzsch reaction) and the product
// is read at 412 nm against a calibration line. Part 2 is a screening method;
// ISO 17226-1 (HPLC) is the reference method when results must be confirmed.
// NOTE: the standard's limit of quantification, formula, extraction mass and
// volume were not retrieved, so the calculation follows the units of the
// calibration (µg/ml × ml / g = mg/kg) and censors only outside the curve.
import { defineMethod } from '../define-method.ts';
import { computePhotometricContent, PHOTOMETRIC_RUN_FIELDS, PHOTOMETRIC_SPECIMEN_FIELDS } from '../photometric-content.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';

export const formaldehyde = defineMethod(
  {
    id: 'formaldehyde',
    version: '1.0.0',
    standard: 'ISO 17226-2',
    clause: 'ISO 17226-2 (colorimetric determination, 412 nm)',
    title: {
      id: 'Kadar formaldehida dalam kulit, spektrofotometri UV-VIS',
      en: 'Formaldehyde in leather, UV-VIS spectrophotometry',
    },
    instruments: ['UV-VIS spectrophotometer (412 nm)', 'analytical balance (0.1 mg)', 'water bath shaker'],
    // NOTE: duplicate determinations are assumed; the standard's count was not retrieved.
    specimens: 2,
    // Test portions are prepared per ISO 4044 and weighed as received; no atmosphere is prescribed here.
    conditioning: null,
    specimenFields: PHOTOMETRIC_SPECIMEN_FIELDS,
    runFields: PHOTOMETRIC_RUN_FIELDS,
    reported: {
      quantity: { id: 'Kadar formaldehida', en: 'Formaldehyde content' },
      unit: 'mg/kg',
      decimals: 1,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'c = (A − A_blank − a) / b; w = c × V × dilution / m; w_dry = w × 100 / (100 − VM); mean of 2',
    uncertaintyModel: 'repeatability s/√n; calibration line by regression; extract volume u(V)/V; mass u(m)/m; k = 2',
  },
  (input) => computePhotometricContent(input, null),
);
