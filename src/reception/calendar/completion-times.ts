// Working days allowed for a test request, by commodity and parameters.
// The service standard gives testing 4 to 10 working days depending on the
// commodity, the instrument and the parameters. The table sets the steps.

import { z } from 'zod';
import { CalendarError } from './errors.ts';

const workingDays = z.number().int().positive();

const tierSchema = z.object({
  /** Largest parameter count of this tier, or null for every count above the previous tier. */
  upToParameters: z.number().int().positive().nullable(),
  workingDays,
});

const commoditySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  tiers: z
    .array(tierSchema)
    .min(1)
    .refine((tiers) => tiers.at(-1)?.upToParameters === null, 'the last tier must have upToParameters null')
    .refine(isIncreasing, 'tiers must be in increasing upToParameters'),
});

const completionTableSchema = z.object({
  source: z.string().min(1),
  note: z.string().optional(),
  minimumWorkingDays: workingDays,
  maximumWorkingDays: workingDays,
  commodities: z.array(commoditySchema).min(1),
  /** Methods that need more days than their commodity tier, e.g. long flexing runs. */
  methods: z.array(
    z.object({ methodId: z.string().min(1), minimumWorkingDays: workingDays, reason: z.string().min(1) }),
  ),
});

export type CompletionTimes = z.infer<typeof completionTableSchema>;

export const completionTimesSchema = completionTableSchema.refine(
  allDaysWithinRange,
  'every working-day figure must lie within minimumWorkingDays and maximumWorkingDays',
);

export interface CompletionRequest {
  commodity: string;
  /** Number of parameters, by default the number of `methodIds`. */
  parameterCount?: number;
  methodIds?: readonly string[];
}

/** Returns the working days allowed: the commodity tier, raised to any method's minimum. */
export function workingDaysFor(request: CompletionRequest, table: CompletionTimes): number {
  const commodity = table.commodities.find((entry) => entry.id === request.commodity);
  if (!commodity) {
    const known = table.commodities.map((entry) => `"${entry.id}"`).join(', ');
    throw new CalendarError('UNKNOWN_COMMODITY', `Unknown commodity "${request.commodity}"; expected one of ${known}.`);
  }

  const methodIds = request.methodIds ?? [];
  const parameterCount = request.parameterCount ?? methodIds.length;
  if (!Number.isInteger(parameterCount) || parameterCount < 1) {
    throw new CalendarError(
      'INVALID_ARGUMENT',
      `parameterCount must be a positive integer or methodIds must be non-empty, got ${parameterCount}.`,
    );
  }

  const tier = commodity.tiers.find((entry) => entry.upToParameters === null || parameterCount <= entry.upToParameters);
  const methodMinimums = table.methods
    .filter((entry) => methodIds.includes(entry.methodId))
    .map((entry) => entry.minimumWorkingDays);

  return Math.max(tier?.workingDays ?? table.maximumWorkingDays, ...methodMinimums);
}

function isIncreasing(tiers: z.infer<typeof tierSchema>[]): boolean {
  const limits = tiers.map((tier) => tier.upToParameters ?? Infinity);
  return limits.every((limit, i) => i === 0 || limits[i - 1]! < limit);
}

function allDaysWithinRange(table: CompletionTimes): boolean {
  const figures = [
    ...table.commodities.flatMap((commodity) => commodity.tiers.map((tier) => tier.workingDays)),
    ...table.methods.map((method) => method.minimumWorkingDays),
  ];
  return figures.every((days) => days >= table.minimumWorkingDays && days <= table.maximumWorkingDays);
}
