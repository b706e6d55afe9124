// Energy absorption of the seat region (marking E): ISO 20344, with ISO 20865
// for the apparatus. A punch compresses the seat region at 10 mm/min up to
// 5000 N and the energy is the area under the force–deflection curve,
// E = ∫ F ds, which the compression frame's software integrates. The lowest
// specimen is reported because each must comply (ISO 20345: E ≥ 20 J).
// NOTE: the figures come from a test-house summary; the specimen count was
// not retrieved, and the integration of raw curves is left to the frame.
import { FOOTWEAR_ATMOSPHERE } from '../conditioning.ts';
import { Decimal, formatFigure } from '../decimal.ts';
import { defineMethod } from '../define-method.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';
import { relativeComponent } from '../uncertainty.ts';

// Force channel of a class 2 frame (ISO 7500-1, 2 %), rectangular, combined
// with the displacement channel for the product F × s.
// NOTE: 2 % for displacement is an estimate; use the frame's certificate.
const ENERGY_RELATIVE_UNCERTAINTY = new Decimal('0.02').div(new Decimal(3).sqrt()).times(new Decimal(2).sqrt());

export const heelEnergyAbsorption = defineMethod(
  {
    id: 'heel-energy-absorption',
    version: '1.0.0',
    standard: 'ISO 20344 / ISO 20865',
    clause: 'ISO 20344 (energy absorption of seat region)',
    title: {
      id: 'Penyerapan energi daerah tumit',
      en: 'Energy absorption of the seat region',
    },
    instruments: ['compression frame with force–displacement recording, 10 mm/min to 5000 N'],
    specimens: 2,
    conditioning: FOOTWEAR_ATMOSPHERE,
    specimenFields: [
      { name: 'energy', label: { id: 'Energi terserap sampai 5000 N', en: 'Energy absorbed up to 5000 N' }, unit: 'J', quantity: 'energy' },
    ],
    runFields: [],
    reported: {
      quantity: { id: 'Energi terserap', en: 'Energy absorbed' },
      unit: 'J',
      decimals: 1,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'E = ∫ F ds up to 5000 N per specimen (from the frame); the lowest is reported',
    uncertaintyModel: 'force and displacement 2 % each, rectangular; k = 2',
  },
  (input) => {
    const energies = input.specimens.map((s) => s['energy']!);
    const lowest = Decimal.min(...energies);
    return {
      value: lowest,
      budget: [relativeComponent('force and displacement channels', lowest, ENERGY_RELATIVE_UNCERTAINTY, 'type B: 2 % each, rectangular')],
      steps: {
        specimens: energies.map((e) => ({ energyJ: e.toString() })),
        lowestEnergyJ: formatFigure(lowest),
      },
    };
  },
);
