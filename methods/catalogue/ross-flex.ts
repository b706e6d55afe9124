// Ross flex cut growth: ASTM D1052. A pierced strip is bent 90° over a 10 mm
// rod at 1.7 ± 0.08 Hz (100 ± 5 cycles/min); the cut is measured at intervals
// and a cut-growth rate is derived. SATRA TM60 runs the same machine, often
// at low temperature, and is not for leather.
//   rate [mm per 1000 cycles] = (L_final − L_initial) / (cycles / 1000)
// No Indonesian product specification sets a Ross flex limit.
import { FOOTWEAR_ATMOSPHERE } from '../conditioning.ts';
import { CUT_LENGTH_FIELDS, cutGrowthOf, FLEX_CYCLES_FIELD, MAGNIFIER_RESOLUTION_FIELD, TWO_READINGS } from '../cut-growth.ts';
import { Decimal, formatFigure, mean, sampleStandardDeviation } from '../decimal.ts';
import { defineMethod } from '../define-method.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';
import { repeatabilityComponent, resolutionComponent } from '../uncertainty.ts';

const THOUSAND = new Decimal(1000);

export const rossFlex = defineMethod(
  {
    id: 'ross-flex',
    version: '1.0.0',
    standard: 'ASTM D1052',
    clause: 'ASTM D1052 (cut growth rate on the Ross flexing machine)',
    title: {
      id: 'Laju pertumbuhan sobekan (Ross flexer)',
      en: 'Cut growth rate (Ross flexer)',
    },
    instruments: ['Ross flexing machine (10 mm rod, 100 ± 5 cycles/min)', 'piercing tool', 'magnifier 0.1 mm'],
    // NOTE: three specimens are assumed; the count in ASTM D1052 was not retrieved.
    specimens: 3,
    conditioning: FOOTWEAR_ATMOSPHERE,
    specimenFields: CUT_LENGTH_FIELDS,
    runFields: [FLEX_CYCLES_FIELD, MAGNIFIER_RESOLUTION_FIELD],
    reported: {
      quantity: { id: 'Laju pertumbuhan sobekan', en: 'Cut growth rate' },
      unit: 'mm/kc',
      decimals: 2,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'rate = (L_final − L_initial) / (cycles / 1000) per specimen; mean of 3',
    uncertaintyModel: 'repeatability s/√n; reading resolution of two readings, rectangular, scaled by 1000/cycles; k = 2',
  },
  (input) => {
    const kilocycles = input.run['cycles']!.div(THOUSAND);
    const rates = input.specimens.map((s, i) => cutGrowthOf(s, i).div(kilocycles));
    const result = mean(rates);
    return {
      value: result,
      budget: [
        repeatabilityComponent(sampleStandardDeviation(rates), rates.length),
        resolutionComponent('cut-length reading', input.run['readingResolution']!, TWO_READINGS.div(kilocycles)),
      ],
      steps: {
        kilocycles: formatFigure(kilocycles),
        specimens: rates.map((r) => ({ cutGrowthRateMmPerKc: formatFigure(r) })),
        meanRateMmPerKc: formatFigure(result),
      },
    };
  },
);
