// pH and difference figure of leather: ISO 4045:2018 (IUC 11), called up by
// ISO 20344:2011 6.9. The pH of an aqueous extract is measured; when it is
// below 4.00 or above 10.00, the pH of a tenfold dilution is measured too,
// and the difference figure is the change between the two. It cannot exceed
// 1, and 0.70–1.00 shows a free strong acid or base. The meter is calibrated
// with at least two buffers, one below the expected pH (ISO 4045 8.2).
// The difference figure is reported as a magnitude: dilution raises the pH
// of an acid extract and lowers that of an alkaline one.
// NOTE: the count of determinations and the report resolution were not
// retrieved; readings to 0.01 follow the standard's 4,00 and 10,00 thresholds.
import { Decimal, formatFigure, mean, sampleStandardDeviation } from '../decimal.ts';
import { defineMethod, type MethodResult } from '../define-method.ts';
import { MethodCheckError, MethodInputError } from '../errors.ts';
import type { MethodInput } from '../input.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';
import { repeatabilityComponent, resolutionComponent, type UncertaintyComponent } from '../uncertainty.ts';

const DILUTION_BELOW = new Decimal('4.00');
const DILUTION_ABOVE = new Decimal('10.00');
const MAXIMUM_PH = new Decimal(14);
const MAXIMUM_DIFFERENCE = new Decimal(1);
const METER_RESOLUTION = new Decimal('0.01');

export const leatherPh = defineMethod(
  {
    id: 'leather-ph',
    version: '1.0.0',
    standard: 'ISO 4045:2018',
    clause: 'ISO 4045 (IUC 11); ISO 20344:2011 6.9',
    title: {
      id: 'pH dan angka selisih kulit',
      en: 'pH and difference figure of leather',
    },
    instruments: ['pH meter with glass electrode', 'mechanical shaker', 'analytical balance'],
    // NOTE: duplicate determinations are assumed.
    specimens: 2,
    // Test portions are prepared per ISO 4044; no atmosphere is prescribed here.
    conditioning: null,
    specimenFields: [
      { name: 'ph', label: { id: 'pH ekstrak', en: 'pH of the extract' }, unit: 'pH', quantity: 'ph', accepts: 'non-negative' },
      {
        name: 'phDiluted',
        label: { id: 'pH pengenceran sepuluh kali', en: 'pH of the tenfold dilution' },
        unit: 'pH',
        quantity: 'ph',
        accepts: 'non-negative',
        required: false,
      },
    ],
    runFields: [
      {
        name: 'meterUncertainty',
        label: { id: 'Ketidakpastian baku kalibrasi pH meter', en: 'Standard uncertainty of the pH meter calibration' },
        unit: 'pH',
        required: false,
        // NOTE: estimate from buffer tolerances; replace with the laboratory's validated figure.
        default: '0.02',
      },
    ],
    reported: {
      quantity: { id: 'pH', en: 'pH' },
      unit: '',
      decimals: 2,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'pH = mean of 2 extracts; difference figure = |pH − pH(tenfold dilution)| when pH < 4.00 or > 10.00',
    uncertaintyModel: 'repeatability s/√n; meter calibration; resolution 0.01 rectangular; k = 2',
  },
  computeLeatherPh,
);

function computeLeatherPh(input: MethodInput): MethodResult {
  const phs = input.specimens.map((s, i) => checkPh(s['ph']!, `specimens[${i}].ph`));
  const result = mean(phs);
  const needsDilution = result.lt(DILUTION_BELOW) || result.gt(DILUTION_ABOVE);
  const differences = needsDilution ? input.specimens.map((s, i) => differenceFigure(s, i)) : null;
  const steps = {
    determinations: phs.map((ph, i) => ({ ph: ph.toString(), differenceFigure: differences ? formatFigure(differences[i]!) : null })),
    meanPh: formatFigure(result),
    dilutionRequired: needsDilution,
  };
  const output: MethodResult = { value: result, budget: buildBudget(input, phs), steps };
  if (differences) {
    output.secondary = { differenceFigure: { value: mean(differences), budget: buildBudget(input, differences, true) } };
  }
  return output;
}

function checkPh(ph: Decimal, field: string): Decimal {
  if (ph.gt(MAXIMUM_PH)) {
    throw new MethodInputError('out-of-range', field, `${field} is ${ph.toString()}, above pH 14: check the reading and the meter calibration`);
  }
  return ph;
}

function differenceFigure(specimen: Record<string, Decimal>, index: number): Decimal {
  const field = `specimens[${index}].phDiluted`;
  const diluted = specimen['phDiluted'];
  if (diluted === undefined) {
    throw new MethodInputError('missing', field, `${field} is missing: ISO 4045 requires the pH of a tenfold dilution when the pH is below 4.00 or above 10.00`);
  }
  const difference = specimen['ph']!.minus(checkPh(diluted, field)).abs();
  if (difference.gt(MAXIMUM_DIFFERENCE)) {
    throw new MethodCheckError('difference-figure', field, `the difference figure of specimen ${index} is ${difference.toString()}, but it cannot exceed 1: check the dilution and measure again`, {
      ph: specimen['ph']!.toString(),
      phDiluted: diluted.toString(),
    });
  }
  return difference;
}

/** Budget of a mean pH, or of a difference of two readings when `isDifference`. */
function buildBudget(input: MethodInput, values: Decimal[], isDifference = false): UncertaintyComponent[] {
  const readings = new Decimal(isDifference ? 2 : 1).sqrt();
  return [
    repeatabilityComponent(sampleStandardDeviation(values), values.length),
    { source: 'pH meter calibration', standard: input.run['meterUncertainty']!.times(readings), basis: 'type B: buffer calibration' },
    resolutionComponent('meter resolution', METER_RESOLUTION, readings),
  ];
}
