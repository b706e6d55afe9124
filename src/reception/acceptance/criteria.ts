import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readDataFile } from '../calendar/read-data-file.ts';

const FILE = fileURLToPath(new URL('../../../fixtures/reception/acceptance-criteria.json', import.meta.url));

const bilingual = z.object({ id: z.string().min(1), en: z.string().min(1) });

const criteriaSchema = z
  .object({
    note: z.string().optional(),
    /** Per commodity: the unit samples are counted in and the checks the receiver ticks. */
    commodities: z.record(z.string().min(1), z.object({ unit: bilingual, checks: z.array(z.string().min(1)) })),
    checks: z.record(z.string().min(1), bilingual),
    /** Units (pairs, sheets) each method consumes to cut its specimens. */
    unitsPerMethod: z.record(z.string().min(1), z.number().int().nonnegative()),
  })
  .refine(
    (data) => Object.values(data.commodities).every((commodity) => commodity.checks.every((check) => check in data.checks)),
    'every check a commodity names must be described under "checks"',
  );

export type AcceptanceCriteria = z.infer<typeof criteriaSchema>;

let loaded: AcceptanceCriteria | undefined;

/** Reads `fixtures/reception/acceptance-criteria.json` once. */
export function acceptanceCriteria(): AcceptanceCriteria {
  loaded ??= readDataFile(FILE, criteriaSchema, (message) => new Error(message));
  return loaded;
}
