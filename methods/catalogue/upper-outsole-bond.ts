// Upper–outsole bond strength: ISO 17708:2018 and ISO 20344 5.2. The sole is
// peeled at a set speed while force is recorded against displacement; the
// strength is the force on the peel plateau per unit width of the bond.
//   bond strength [N/mm] = F [N] / w [mm]
// The failure type decides the requirement of ISO 20345:2011 (≥ 4.0 N/mm, or
// ≥ 3.0 N/mm when the sole tears), so the category names it: `separation` or
// `sole-tear`. The lowest specimen is reported because each must comply.
// NOTE: ISO 17708's averaging window, specimen count and the statistic it
// reports were not retrieved.
import { FOOTWEAR_ATMOSPHERE } from '../conditioning.ts';
import { Decimal, formatFigure } from '../decimal.ts';
import { defineMethod } from '../define-method.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';
import { relativeComponent, resolutionComponent } from '../uncertainty.ts';

// Tensile machine of class 2 per ISO 7500-1 (force error within 2 %, as
// EN ISO 20863 demands of the same kind of machine), rectangular.
const FORCE_RELATIVE_UNCERTAINTY = new Decimal('0.02').div(new Decimal(3).sqrt());

export const upperOutsoleBond = defineMethod(
  {
    id: 'upper-outsole-bond',
    version: '1.0.0',
    standard: 'ISO 17708:2018 / ISO 20344',
    clause: 'ISO 20344 5.2; ISO 20345:2011 5.3.1.2',
    title: {
      id: 'Kuat rekat sol luar dengan bagian atas',
      en: 'Upper–outsole bond strength',
    },
    instruments: ['tensile tester, ISO 7500-1 class 2, 100 ± 10 mm/min', 'vernier caliper'],
    // NOTE: two specimens are assumed.
    specimens: 2,
    conditioning: FOOTWEAR_ATMOSPHERE,
    specimenFields: [
      { name: 'force', label: { id: 'Gaya rata-rata pada plato pengelupasan', en: 'Mean force on the peel plateau' }, unit: 'N', quantity: 'force' },
      { name: 'width', label: { id: 'Lebar spesimen', en: 'Specimen width' }, unit: 'mm', quantity: 'length' },
    ],
    runFields: [
      {
        name: 'widthResolution',
        label: { id: 'Resolusi alat ukur lebar', en: 'Resolution of the width gauge' },
        unit: 'mm',
        required: false,
        default: '0.1',
      },
    ],
    reported: {
      quantity: { id: 'Kuat rekat', en: 'Bond strength' },
      unit: 'N/mm',
      decimals: 1,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'bond strength = F / w per specimen; the lowest is reported',
    uncertaintyModel: 'force 2 % rectangular; width resolution, rectangular, scaled by F/w²; k = 2',
  },
  (input) => {
    const strengths = input.specimens.map((s) => s['force']!.div(s['width']!));
    const lowest = Decimal.min(...strengths);
    const weakest = input.specimens[strengths.findIndex((s) => s.eq(lowest))]!;
    const widthSensitivity = weakest['force']!.div(weakest['width']!.pow(2));
    return {
      value: lowest,
      budget: [
        relativeComponent('force', lowest, FORCE_RELATIVE_UNCERTAINTY, 'type B: ISO 7500-1 class 2, rectangular'),
        resolutionComponent('specimen width', input.run['widthResolution']!, widthSensitivity),
      ],
      steps: {
        failureType: input.category,
        specimens: strengths.map((s) => ({ bondStrengthNPerMm: formatFigure(s) })),
        lowestBondStrengthNPerMm: formatFigure(lowest),
      },
    };
  },
);
