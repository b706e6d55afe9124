// Cycles (or rubs) to an end point observed at inspections, shared by the
// Martindale abrasion and vamp flex methods. Each specimen records the count
// at its last inspection and whether the end point was seen there (1) or the
// run stopped without it (0). The reported figure is the lowest count to the
// end point, because every specimen must meet a requirement. When no specimen
// reached the end point, the result is censored: more than the lowest count
// completed.
import { Decimal, formatFigure } from './decimal.ts';
import type { MethodResult } from './define-method.ts';
import { MethodInputError } from './errors.ts';
import type { MethodInput } from './input.ts';
import type { Bilingual, RunField, SpecimenField } from './types.ts';
import { resolutionComponent } from './uncertainty.ts';

export function endPointSpecimenFields(countLabel: Bilingual, endPointLabel: Bilingual): SpecimenField[] {
  return [
    { name: 'count', label: countLabel, unit: 'cycles', quantity: null },
    { name: 'endPoint', label: endPointLabel, unit: '1 = reached, 0 = not reached', quantity: null, accepts: 'non-negative' },
  ];
}

export const INSPECTION_INTERVAL_FIELD: RunField = {
  name: 'inspectionInterval',
  label: { id: 'Selang pemeriksaan', en: 'Inspection interval' },
  unit: 'cycles',
  required: true,
};

interface Observation {
  count: Decimal;
  reached: boolean;
}

export function computeEndPointCount(input: MethodInput): MethodResult {
  const observations = input.specimens.map((s, i) => observe(s, i));
  const reached = observations.filter((o) => o.reached).map((o) => o.count);
  const notReached = observations.filter((o) => !o.reached).map((o) => o.count);
  const steps = {
    specimens: observations.map((o) => ({ count: o.count.toString(), endPointReached: o.reached })),
  };
  if (reached.length === 0) {
    const bound = Decimal.min(...notReached);
    return { value: bound, budget: null, censoring: { kind: 'end-point-not-reached', side: '>', bound: bound.toString() }, steps };
  }
  const lowest = Decimal.min(...reached);
  checkRunLongEnough(notReached, lowest);
  // The end point lies somewhere in the last inspection interval: rectangular over its width.
  const interval = input.run['inspectionInterval']!;
  return {
    value: lowest,
    budget: [resolutionComponent('inspection interval', interval, new Decimal(1))],
    steps: { ...steps, lowestCountToEndPoint: formatFigure(lowest) },
  };
}

function observe(specimen: Record<string, Decimal>, index: number): Observation {
  const flag = specimen['endPoint']!;
  if (!flag.eq(0) && !flag.eq(1)) {
    throw new MethodInputError('out-of-range', `specimens[${index}].endPoint`, `specimens[${index}].endPoint is ${flag.toString()}: give 1 when the end point was seen, 0 when the run stopped without it`);
  }
  return { count: specimen['count']!, reached: flag.eq(1) };
}

/** Rejects a specimen stopped without its end point before the lowest end point, which leaves the lowest count unknown. */
function checkRunLongEnough(notReached: Decimal[], lowest: Decimal): void {
  const early = notReached.find((count) => count.lt(lowest));
  if (early === undefined) return;
  throw new MethodInputError(
    'out-of-range',
    'specimens',
    `a specimen stopped at ${early.toString()} cycles without its end point, before the lowest end point at ${lowest.toString()}: continue it to at least ${lowest.toString()} cycles`,
  );
}
