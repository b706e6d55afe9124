// Content of a substance in leather from a UV-VIS reading of an extract,
// shared by the hexavalent chromium and formaldehyde methods:
//   c [µg/ml] from the calibration line, after subtracting the blank
//   w [mg/kg] = c × V_extract [ml] × dilution / m_sample [g]   (µg/g = mg/kg)
//   on a dry basis (ISO 4684 volatile matter VM, %): w_dry = w × 100 / (100 − VM)
// The result is the mean of the determinations. A determination outside the
// calibrated range makes the result censored at the range's edge.
import {
  type CalibrationCurve,
  type CurveReading,
  describeCurve,
  fitCalibrationCurve,
  readCalibrationStandards,
  readConcentration,
} from './calibration-curve.ts';
import { Decimal, formatFigure, mean, sampleStandardDeviation } from './decimal.ts';
import type { MethodResult } from './define-method.ts';
import { MethodInputError } from './errors.ts';
import type { MethodInput } from './input.ts';
import type { Censoring, RunField, SpecimenField } from './types.ts';
import { relativeComponent, repeatabilityComponent, type UncertaintyComponent } from './uncertainty.ts';

export const PHOTOMETRIC_SPECIMEN_FIELDS: SpecimenField[] = [
  { name: 'sampleMass', label: { id: 'Massa contoh uji', en: 'Mass of test portion' }, unit: 'g', quantity: 'mass' },
  { name: 'absorbance', label: { id: 'Absorbansi ekstrak', en: 'Absorbance of the extract' }, unit: '', quantity: 'absorbance', accepts: 'any' },
];

export const PHOTOMETRIC_RUN_FIELDS: RunField[] = [
  {
    name: 'calibration',
    label: { id: 'Larutan standar kalibrasi', en: 'Calibration standards' },
    unit: 'µg/ml',
    required: true,
    kind: 'calibration-curve',
  },
  { name: 'blankAbsorbance', label: { id: 'Absorbansi blanko', en: 'Blank absorbance' }, unit: '', required: false, accepts: 'any', default: '0' },
  { name: 'extractVolume', label: { id: 'Volume ekstrak', en: 'Extract volume' }, unit: 'ml', required: true },
  { name: 'dilutionFactor', label: { id: 'Faktor pengenceran', en: 'Dilution factor' }, unit: '', required: false, default: '1' },
  {
    name: 'volatileMatter',
    label: { id: 'Kadar zat mudah menguap (ISO 4684)', en: 'Volatile matter (ISO 4684)' },
    unit: '%',
    required: false,
    accepts: 'non-negative',
  },
  {
    name: 'minimumRSquared',
    label: { id: 'r² minimum kurva kalibrasi', en: 'Minimum r² of the calibration curve' },
    unit: '',
    required: false,
    // NOTE: 0.995 is a common laboratory acceptance figure, not one from ISO 17075-1 or ISO 17226-2; the SOP decides.
    default: '0.995',
  },
  {
    name: 'balanceUncertainty',
    label: { id: 'Ketidakpastian baku neraca', en: 'Standard uncertainty of the balance' },
    unit: 'g',
    required: false,
    // NOTE: estimate for a 0.1 mg balance; pass the figure from its calibration certificate.
    default: '0.0001',
  },
  {
    name: 'extractVolumeUncertainty',
    label: { id: 'Ketidakpastian baku volume ekstrak', en: 'Standard uncertainty of the extract volume' },
    unit: 'ml',
    required: false,
    // NOTE: estimate for class A glassware; replace with the laboratory's figure.
    default: '0.1',
  },
];

const HUNDRED = new Decimal(100);

interface Determination {
  reading: CurveReading;
  /** mg/kg of content per µg/ml read from the curve: V × dilution × dry factor / m. */
  factor: Decimal;
  content: Decimal;
  /** Content the determination would have at the nearest edge of the calibrated range. */
  edgeContent: Decimal;
}

/** Computes the mean content in mg/kg; `limitOfQuantification` censors a smaller mean. */
export function computePhotometricContent(input: MethodInput, limitOfQuantification: Decimal | null): MethodResult {
  const curve = fitCalibrationCurve(
    readCalibrationStandards(input.curves['calibration'], 'calibration'),
    input.run['minimumRSquared']!,
    'calibration',
  );
  const dryFactor = dryBasisFactor(input.run['volatileMatter']);
  const determinations = input.specimens.map((s) => determine(input, curve, s, dryFactor));
  const contents = determinations.map((d) => d.content);
  const result = mean(contents);
  const censoring = censorResult(determinations, result, limitOfQuantification);
  return {
    value: censoring ? new Decimal(censoring.bound) : result,
    budget: censoring ? null : buildBudget(input, determinations, result),
    censoring,
    notes: notesFor(determinations),
    steps: {
      calibration: describeCurve(curve),
      basis: dryFactor.eq(1) ? 'as received' : 'dry (ISO 4684 volatile matter)',
      determinations: determinations.map((d) => ({
        concentrationUgPerMl: formatFigure(d.reading.concentration),
        position: d.reading.position,
        contentMgPerKg: formatFigure(d.content),
      })),
      meanContentMgPerKg: formatFigure(result),
    },
  };
}

function determine(input: MethodInput, curve: CalibrationCurve, specimen: Record<string, Decimal>, dryFactor: Decimal): Determination {
  const corrected = specimen['absorbance']!.minus(input.run['blankAbsorbance']!);
  const reading = readConcentration(curve, corrected);
  const factor = input.run['extractVolume']!.times(input.run['dilutionFactor']!).div(specimen['sampleMass']!).times(dryFactor);
  const edge = reading.position === 'above-calibrated-range' ? curve.highestConcentration : curve.lowestConcentration;
  const content = reading.concentration.times(factor);
  return {
    reading,
    factor,
    content,
    edgeContent: reading.position === 'within-calibrated-range' ? content : edge.times(factor),
  };
}

function dryBasisFactor(volatileMatter: Decimal | undefined): Decimal {
  if (volatileMatter === undefined) return new Decimal(1);
  if (volatileMatter.gte(HUNDRED)) {
    throw new MethodInputError('out-of-range', 'volatileMatter', `volatileMatter is ${volatileMatter.toString()} %, but it must be below 100 %: check the ISO 4684 result`);
  }
  return HUNDRED.div(HUNDRED.minus(volatileMatter));
}

/**
 * Returns the censoring of the mean: above the range when any determination
 * is above it, else below the limit of quantification, else below the range
 * when any determination is below it. The bound uses the range edge for the
 * determinations outside it, so the true mean lies beyond the bound.
 */
function censorResult(determinations: Determination[], result: Decimal, limitOfQuantification: Decimal | null): Censoring | undefined {
  const positions = determinations.map((d) => d.reading.position);
  const edgeMean = mean(determinations.map((d) => d.edgeContent));
  if (positions.includes('above-calibrated-range')) {
    return { kind: 'above-calibrated-range', side: '>', bound: edgeMean.toString() };
  }
  if (limitOfQuantification && result.lt(limitOfQuantification)) {
    return { kind: 'below-limit-of-quantification', side: '<', bound: limitOfQuantification.toString() };
  }
  if (positions.includes('below-calibrated-range')) {
    return { kind: 'below-calibrated-range', side: '<', bound: edgeMean.toString() };
  }
  return undefined;
}

function notesFor(determinations: Determination[]): string[] {
  const positions = determinations.map((d) => d.reading.position);
  const notes: string[] = [];
  if (positions.includes('above-calibrated-range')) {
    notes.push('An extract read above the highest calibration standard: dilute it and measure again to report a value.');
  }
  if (positions.includes('below-calibrated-range')) {
    notes.push('An extract read below the lowest calibration standard.');
  }
  return notes;
}

function buildBudget(input: MethodInput, determinations: Determination[], result: Decimal): UncertaintyComponent[] {
  const contents = determinations.map((d) => d.content);
  const curveStandard = mean(determinations.map((d) => d.reading.standardUncertainty.times(d.factor)));
  const massRelative = input.run['balanceUncertainty']!.div(mean(input.specimens.map((s) => s['sampleMass']!)));
  return [
    repeatabilityComponent(sampleStandardDeviation(contents), contents.length),
    { source: 'calibration line', standard: curveStandard, basis: 'type A: regression, u(c) × V × dilution / m' },
    relativeComponent('extract volume', result, input.run['extractVolumeUncertainty']!.div(input.run['extractVolume']!), 'type B: u(V)/V'),
    relativeComponent('mass of test portion', result, massRelative, 'type B: calibration certificate, u(m)/m'),
  ];
}
