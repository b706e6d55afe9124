// Hexavalent chromium in leather, colorimetric: ISO 17075-1:2017.
// Cr(VI) is leached in phosphate buffer at pH 7.0–8.0, reacts with
// 1,5-diphenylcarbazide and the red-violet complex is read at 540 nm against
// a calibration line. The method quantifies down to 3 mg/kg, so a smaller
// mean is reported as `< 3.0` mg/kg, never as zero. Results may be given on a
// dry basis with the volatile matter of ISO 4684.
// NOTE: the standard's expression-of-results formula, extraction mass and
// volume were not retrieved; the calculation follows the units of the
// calibration (µg/ml × ml / g = mg/kg).
import { Decimal } from '../decimal.ts';
import { defineMethod } from '../define-method.ts';
import { computePhotometricContent, PHOTOMETRIC_RUN_FIELDS, PHOTOMETRIC_SPECIMEN_FIELDS } from '../photometric-content.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';

const LIMIT_OF_QUANTIFICATION_MG_PER_KG = new Decimal(3);

export const chromiumVi = defineMethod(
  {
    id: 'chromium-vi',
    version: '1.0.0',
    standard: 'ISO 17075-1:2017',
    clause: 'ISO 17075-1 (colorimetric determination, 540 nm)',
    title: {
      id: 'Kadar krom heksavalen (Cr VI) dalam kulit, spektrofotometri UV-VIS',
      en: 'Hexavalent chromium (Cr VI) in leather, UV-VIS spectrophotometry',
    },
    instruments: ['UV-VIS spectrophotometer (540 nm)', 'analytical balance (0.1 mg)', 'mechanical shaker', 'pH meter'],
    // NOTE: duplicate determinations are assumed; the standard's count was not retrieved.
    specimens: 2,
    // Test portions are prepared per ISO 4044 and weighed as received; no atmosphere is prescribed here.
    conditioning: null,
    specimenFields: PHOTOMETRIC_SPECIMEN_FIELDS,
    runFields: PHOTOMETRIC_RUN_FIELDS,
    reported: {
      quantity: { id: 'Kadar Cr(VI)', en: 'Cr(VI) content' },
      unit: 'mg/kg',
      decimals: 1,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'c = (A − A_blank − a) / b; w = c × V × dilution / m; w_dry = w × 100 / (100 − VM); mean of 2; < 3.0 mg/kg below the limit of quantification',
    uncertaintyModel: 'repeatability s/√n; calibration line by regression; extract volume u(V)/V; mass u(m)/m; k = 2',
  },
  (input) => computePhotometricContent(input, LIMIT_OF_QUANTIFICATION_MG_PER_KG),
);
