// Outsole abrasion on the rotating-drum (DIN) abrader: ISO 4649:2024 method A
// (non-rotating test piece), clauses 10.2 (relative volume loss) and 9.3
// (density), as called up for outsoles by ISO 20871:2001 and ISO 20344.
//
// ΔV_rel [mm³] = Δm [mg] × 200 / (ρ [g/cm³] × Δm_ref [mg]), where 200 mg is
// the nominal loss of the standard reference rubber over 40 m and Δm_ref the
// loss measured on the abrasive sheet in use. 1 mg ÷ 1 g/cm³ = 1 mm³.
// Validity: the reference rubber loss must lie within 200 ± 20 mg (mean of 3
// runs), and the three specimens must not differ by more than 15 mg of mass
// loss, else the test is repeated. Both rules come from a test-equipment
// maker's guidance on DIN abrasion specimens, not from the standard's text.
import { FOOTWEAR_ATMOSPHERE } from '../conditioning.ts';
import { Decimal, formatFigure, mean, sampleStandardDeviation } from '../decimal.ts';
import { defineMethod, type MethodResult } from '../define-method.ts';
import { MethodCheckError, MethodInputError } from '../errors.ts';
import type { MethodInput } from '../input.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';
import { relativeComponent, repeatabilityComponent, type UncertaintyComponent } from '../uncertainty.ts';

const NOMINAL_REFERENCE_LOSS_MG = new Decimal(200);
const REFERENCE_WINDOW_MG = new Decimal(20);
const MAX_SPREAD_MG = new Decimal(15);
const MG_PER_G = new Decimal(1000);

export const outsoleAbrasion = defineMethod(
  {
    id: 'outsole-abrasion',
    version: '1.0.0',
    standard: 'ISO 4649:2024 / ISO 20871:2001',
    clause: 'ISO 4649 10.2 (relative volume loss), method A',
    title: {
      id: 'Ketahanan abrasi sol luar (abrader drum berputar)',
      en: 'Outsole abrasion resistance (rotating-drum abrader)',
    },
    instruments: ['rotating-drum abrasion tester', 'analytical balance (0.1 mg)', 'density balance'],
    specimens: 3,
    conditioning: FOOTWEAR_ATMOSPHERE,
    specimenFields: [
      { name: 'massBefore', label: { id: 'Massa sebelum abrasi', en: 'Mass before abrasion' }, unit: 'g', quantity: 'mass' },
      { name: 'massAfter', label: { id: 'Massa setelah abrasi', en: 'Mass after abrasion' }, unit: 'g', quantity: 'mass' },
    ],
    runFields: [
      { name: 'density', label: { id: 'Massa jenis sol', en: 'Outsole density' }, unit: 'g/cm³', required: true },
      {
        name: 'referenceLoss',
        label: { id: 'Kehilangan massa karet acuan', en: 'Mass loss of the reference rubber' },
        unit: 'mg',
        required: true,
      },
      {
        name: 'balanceUncertainty',
        label: { id: 'Ketidakpastian baku neraca per penimbangan', en: 'Standard uncertainty of the balance per weighing' },
        unit: 'mg',
        required: false,
        // NOTE: estimate for a 0.1 mg balance; pass the figure from its calibration certificate.
        default: '0.1',
      },
      {
        name: 'densityUncertainty',
        label: { id: 'Ketidakpastian baku massa jenis', en: 'Standard uncertainty of the density' },
        unit: 'g/cm³',
        required: false,
        // NOTE: estimate; replace with the figure from the density method's validation.
        default: '0.005',
      },
      {
        name: 'referenceLossUncertainty',
        label: { id: 'Ketidakpastian baku kehilangan massa karet acuan', en: 'Standard uncertainty of the reference rubber loss' },
        unit: 'mg',
        required: false,
        // NOTE: estimate; replace with s/√3 of the three reference runs on this sheet.
        default: '3',
      },
    ],
    reported: {
      quantity: { id: 'Kehilangan volume relatif', en: 'Relative volume loss' },
      unit: 'mm³',
      // NOTE: a 1 mm³ reporting step is assumed; no source fixes it.
      decimals: 0,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'ΔV_rel = Δm × 200 / (ρ × Δm_ref), Δm = (m_before − m_after) × 1000 mg/g; mean of 3 specimens',
    uncertaintyModel:
      'repeatability s/√n; balance √2·u_w per mass loss; density u(ρ)/ρ; reference rubber u(Δm_ref)/Δm_ref; relative terms scaled to the mean; k = 2',
  },
  computeOutsoleAbrasion,
);

function computeOutsoleAbrasion(input: MethodInput): MethodResult {
  const density = input.run['density']!;
  const referenceLoss = input.run['referenceLoss']!;
  checkReferenceLoss(referenceLoss);
  const lossesMg = input.specimens.map((s, i) => massLossMg(s['massBefore']!, s['massAfter']!, i));
  checkSpread(lossesMg);
  const volumeLosses = lossesMg.map((loss) => relativeVolumeLoss(loss, density, referenceLoss));
  const result = mean(volumeLosses);
  return {
    value: result,
    budget: buildBudget(input, result, volumeLosses, lossesMg),
    steps: {
      specimens: input.specimens.map((_, i) => ({
        massLossMg: formatFigure(lossesMg[i]!),
        relativeVolumeLossMm3: formatFigure(volumeLosses[i]!),
      })),
      massLossSpreadMg: formatFigure(spreadOf(lossesMg)),
      meanRelativeVolumeLossMm3: formatFigure(result),
    },
  };
}

/** Mass loss in mg from two weighings in g (1 g = 1000 mg). */
function massLossMg(before: Decimal, after: Decimal, index: number): Decimal {
  if (after.gte(before)) {
    throw new MethodInputError(
      'out-of-range',
      `specimens[${index}].massAfter`,
      `specimens[${index}].massAfter (${after.toString()} g) is not below massBefore (${before.toString()} g): check that the two weighings are not swapped`,
    );
  }
  return before.minus(after).times(MG_PER_G);
}

function relativeVolumeLoss(lossMg: Decimal, density: Decimal, referenceLoss: Decimal): Decimal {
  return lossMg.times(NOMINAL_REFERENCE_LOSS_MG).div(density.times(referenceLoss));
}

function checkReferenceLoss(referenceLoss: Decimal): void {
  const deviation = referenceLoss.minus(NOMINAL_REFERENCE_LOSS_MG);
  if (deviation.abs().lte(REFERENCE_WINDOW_MG)) return;
  const action = deviation.isPositive()
    ? 'the abrasive sheet is too sharp: run it in, then repeat the three reference rubber runs'
    : 'the abrasive sheet is worn: replace it, then repeat the three reference rubber runs';
  throw new MethodCheckError(
    'reference-rubber-window',
    'referenceLoss',
    `referenceLoss is ${referenceLoss.toString()} mg, outside 200 ± 20 mg: ${action}`,
    { referenceLossMg: referenceLoss.toString(), windowMg: '180–220' },
  );
}

function checkSpread(lossesMg: Decimal[]): void {
  const spread = spreadOf(lossesMg);
  if (spread.lte(MAX_SPREAD_MG)) return;
  throw new MethodCheckError(
    'specimen-spread',
    'specimens',
    `the mass losses of the specimens differ by ${formatFigure(spread)} mg, more than 15 mg: repeat the test on new specimens`,
    { spreadMg: formatFigure(spread), maximumMg: '15', massLossesMg: lossesMg.map(formatFigure).join(', ') },
  );
}

function spreadOf(values: Decimal[]): Decimal {
  return Decimal.max(...values).minus(Decimal.min(...values));
}

function buildBudget(input: MethodInput, result: Decimal, volumeLosses: Decimal[], lossesMg: Decimal[]): UncertaintyComponent[] {
  const weighing = input.run['balanceUncertainty']!.times(new Decimal(2).sqrt());
  return [
    repeatabilityComponent(sampleStandardDeviation(volumeLosses), volumeLosses.length),
    relativeComponent('balance, two weighings per mass loss', result, weighing.div(mean(lossesMg)), 'type B: calibration certificate, √2·u_w/Δm'),
    relativeComponent('density', result, input.run['densityUncertainty']!.div(input.run['density']!), 'type B: u(ρ)/ρ'),
    relativeComponent(
      'reference rubber loss',
      result,
      input.run['referenceLossUncertainty']!.div(input.run['referenceLoss']!),
      'type B: u(Δm_ref)/Δm_ref',
    ),
  ];
}
