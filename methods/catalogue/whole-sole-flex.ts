// Outsole flex resistance by cut growth: ISO 17707:2005 (outsoles up to 30 N
// longitudinal rigidity), as called up by ISO 20344 8.4. The sole is bent 90°
// about a 15 mm radius mandrel, the initial cut is made with the ISO 5423
// cutter, and cut growth is read with a 0.1 mm magnifier after 30 000 cycles
// (figures from a tester maker's summary of ISO 20344 8.4).
// The reported figure is the largest growth, because each specimen must meet
// the requirement (≤ 4 mm after 30 000 flexes in ISO 20345).
import { FOOTWEAR_ATMOSPHERE } from '../conditioning.ts';
import { CUT_LENGTH_FIELDS, cutGrowthOf, FLEX_CYCLES_FIELD, MAGNIFIER_RESOLUTION_FIELD, TWO_READINGS } from '../cut-growth.ts';
import { Decimal, formatFigure } from '../decimal.ts';
import { defineMethod } from '../define-method.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';
import { resolutionComponent } from '../uncertainty.ts';

export const wholeSoleFlex = defineMethod(
  {
    id: 'whole-sole-flex',
    version: '1.0.0',
    standard: 'ISO 17707:2005 / ISO 20344',
    clause: 'ISO 20344 8.4 (outsole flexing resistance)',
    title: {
      id: 'Ketahanan lentur sol luar (pertumbuhan sobekan)',
      en: 'Outsole flex resistance (cut growth)',
    },
    instruments: ['whole-sole flexing machine (15 mm mandrel, 90°)', 'ISO 5423 cutter', 'magnifier 0.1 mm'],
    // NOTE: two specimens are assumed; the count in ISO 20344 8.4 was not retrieved.
    specimens: 2,
    conditioning: FOOTWEAR_ATMOSPHERE,
    specimenFields: CUT_LENGTH_FIELDS,
    runFields: [FLEX_CYCLES_FIELD, MAGNIFIER_RESOLUTION_FIELD],
    reported: {
      quantity: { id: 'Pertumbuhan sobekan', en: 'Cut growth' },
      unit: 'mm',
      decimals: 1,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'growth = L_final − L_initial per specimen; the largest is reported',
    uncertaintyModel: 'reading resolution of two readings, rectangular, √2 × (r/2)/√3; k = 2',
  },
  (input) => {
    const growths = input.specimens.map((s, i) => cutGrowthOf(s, i));
    const largest = Decimal.max(...growths);
    return {
      value: largest,
      budget: [resolutionComponent('cut-length reading', input.run['readingResolution']!, TWO_READINGS)],
      steps: {
        specimens: growths.map((g) => ({ cutGrowthMm: formatFigure(g) })),
        largestCutGrowthMm: formatFigure(largest),
      },
    };
  },
);
