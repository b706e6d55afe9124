// Slip resistance of footwear: ISO 13287 (from SATRA TM144). The dynamic
// coefficient of friction is the friction (horizontal) force divided by the
// normal (vertical) force while the shoe slides, averaged over a window after
// the target normal force is reached. Each determination records the two
// window averages from the rig. The category names the floor, the lubricant
// and the mode, e.g. `ceramic-nals-heel-forward`, as the specification lists.
// NOTE: normal force, speed, heel angle, averaging window and the count of
// determinations were not verified from ISO 13287; the rig's settings apply.
import { FOOTWEAR_ATMOSPHERE } from '../conditioning.ts';
import { Decimal, formatFigure, mean, sampleStandardDeviation } from '../decimal.ts';
import { defineMethod } from '../define-method.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';
import { relativeComponent, repeatabilityComponent } from '../uncertainty.ts';

// The normal-force device must be accurate to 2 % (GOST translation of EN 13287);
// the same bound is taken for the friction channel, rectangular, on both forces.
const FORCE_RELATIVE_UNCERTAINTY = new Decimal('0.02').div(new Decimal(3).sqrt()).times(new Decimal(2).sqrt());

export const slipResistance = defineMethod(
  {
    id: 'slip-resistance',
    version: '1.0.0',
    standard: 'ISO 13287',
    clause: 'ISO 13287 (dynamic coefficient of friction); ISO 20345:2011 5.3.5',
    title: {
      id: 'Ketahanan slip alas kaki (koefisien gesek dinamis)',
      en: 'Slip resistance of footwear (dynamic coefficient of friction)',
    },
    instruments: ['slip resistance tester', 'ceramic tile or steel floor', 'NaLS or glycerol lubricant'],
    // NOTE: three determinations per condition are assumed.
    specimens: 3,
    conditioning: FOOTWEAR_ATMOSPHERE,
    specimenFields: [
      { name: 'frictionForce', label: { id: 'Gaya gesek rata-rata', en: 'Mean friction force' }, unit: 'N', quantity: 'force' },
      { name: 'normalForce', label: { id: 'Gaya normal rata-rata', en: 'Mean normal force' }, unit: 'N', quantity: 'force' },
    ],
    runFields: [],
    reported: {
      quantity: { id: 'Koefisien gesek dinamis', en: 'Dynamic coefficient of friction' },
      unit: '',
      decimals: 2,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'μ = F_friction / F_normal per determination; mean of 3',
    uncertaintyModel: 'repeatability s/√n; both force channels 2 % rectangular; k = 2',
  },
  (input) => {
    const coefficients = input.specimens.map((s) => s['frictionForce']!.div(s['normalForce']!));
    const result = mean(coefficients);
    return {
      value: result,
      budget: [
        repeatabilityComponent(sampleStandardDeviation(coefficients), coefficients.length),
        relativeComponent('force channels', result, FORCE_RELATIVE_UNCERTAINTY, 'type B: 2 % per force, rectangular'),
      ],
      steps: {
        condition: input.category,
        determinations: coefficients.map((c) => ({ coefficientOfFriction: formatFigure(c) })),
        meanCoefficientOfFriction: formatFigure(result),
      },
    };
  },
);
