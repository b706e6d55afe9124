import { Decimal } from './decimal.ts';
import { MethodInputError } from './errors.ts';
import type { RunField, SpecimenField } from './types.ts';

/** Cut length read before and after flexing, for the cut-growth methods. */
export const CUT_LENGTH_FIELDS: SpecimenField[] = [
  { name: 'initialCutLength', label: { id: 'Panjang sobekan awal', en: 'Initial cut length' }, unit: 'mm', quantity: 'length' },
  { name: 'finalCutLength', label: { id: 'Panjang sobekan akhir', en: 'Final cut length' }, unit: 'mm', quantity: 'length' },
];

export const FLEX_CYCLES_FIELD: RunField = {
  name: 'cycles',
  label: { id: 'Jumlah lenturan', en: 'Flex cycles completed' },
  unit: 'cycles',
  required: true,
};

export const MAGNIFIER_RESOLUTION_FIELD: RunField = {
  name: 'readingResolution',
  label: { id: 'Resolusi pembacaan panjang sobekan', en: 'Resolution of the cut-length reading' },
  unit: 'mm',
  required: false,
  // A 0.1 mm magnifier is the one ISO 20344 8.4 names for outsole flexing, as a tester maker summarises it.
  default: '0.1',
};

/** Cut growth L_final − L_initial in mm; a shrinking cut is a recording error. */
export function cutGrowthOf(specimen: Record<string, Decimal>, index: number): Decimal {
  const initial = specimen['initialCutLength']!;
  const final = specimen['finalCutLength']!;
  if (final.lt(initial)) {
    throw new MethodInputError(
      'out-of-range',
      `specimens[${index}].finalCutLength`,
      `specimens[${index}].finalCutLength (${final.toString()} mm) is shorter than initialCutLength (${initial.toString()} mm): check that the readings are not swapped`,
    );
  }
  return final.minus(initial);
}

/** Sensitivity of a difference of two readings to one reading's resolution: √2. */
export const TWO_READINGS = new Decimal(2).sqrt();
