// Toecap impact: ISO 20344 5.4 (2021 numbering), requirement ISO 20345:2011
// 5.3.2.6. A 20 kg striker dropped from 1020 mm gives 200 ± 4 J. The
// clearance under the toecap is the lowest height of a modelling-clay
// cylinder (Ø 25 ± 2 mm; 20 ± 2 mm high below size 250, 25 ± 2 mm above),
// read with a dial gauge. The required clearance depends on the shoe size,
// so a specification needs `sizeMondopoint`. The lowest specimen is reported
// because each must comply.
// NOTE: the specimen count and reading resolution (0.5 mm or 0.1 mm) were
// not retrieved; the per-size clearance table is only partly known.
import { FOOTWEAR_ATMOSPHERE } from '../conditioning.ts';
import { Decimal, formatFigure } from '../decimal.ts';
import { defineMethod } from '../define-method.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';
import { resolutionComponent } from '../uncertainty.ts';

export const toecapImpact = defineMethod(
  {
    id: 'toecap-impact',
    version: '1.0.0',
    standard: 'ISO 20344',
    clause: 'ISO 20344 5.4 (impact, 2021 numbering); ISO 20345:2011 5.3.2.6',
    title: {
      id: 'Ketahanan benturan pelindung jari (jarak bebas setelah 200 J)',
      en: 'Toecap impact resistance (clearance after 200 J)',
    },
    instruments: ['toecap impact tester, 20 kg striker from 1020 mm', 'modelling-clay cylinder', 'dial gauge'],
    specimens: 2,
    conditioning: FOOTWEAR_ATMOSPHERE,
    specimenFields: [
      { name: 'clearance', label: { id: 'Tinggi terendah silinder lilin', en: 'Lowest height of the clay cylinder' }, unit: 'mm', quantity: 'length' },
    ],
    runFields: [
      { name: 'sizeMondopoint', label: { id: 'Ukuran sepatu (Mondopoint)', en: 'Shoe size (Mondopoint)' }, unit: 'mm', required: false },
      {
        name: 'gaugeResolution',
        label: { id: 'Resolusi dial gauge', en: 'Dial gauge resolution' },
        unit: 'mm',
        required: false,
        default: '0.1',
      },
    ],
    reported: {
      quantity: { id: 'Jarak bebas di bawah pelindung jari', en: 'Clearance under the toecap' },
      unit: 'mm',
      decimals: 1,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'clearance = lowest height of the clay cylinder; the lowest specimen is reported',
    uncertaintyModel: 'dial gauge resolution, rectangular; k = 2',
  },
  (input) => {
    const clearances = input.specimens.map((s) => s['clearance']!);
    const lowest = Decimal.min(...clearances);
    return {
      value: lowest,
      budget: [resolutionComponent('dial gauge reading', input.run['gaugeResolution']!, new Decimal(1))],
      steps: {
        specimens: clearances.map((c) => ({ clearanceMm: c.toString() })),
        lowestClearanceMm: formatFigure(lowest),
      },
    };
  },
);
