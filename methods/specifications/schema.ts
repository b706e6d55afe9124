import { z } from 'zod';

const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal string such as "4.0"');
const operator = z.enum(['<', '<=', '>', '>=']);
const bilingual = z.object({ id: z.string().min(1), en: z.string().min(1) });

/** A condition on an input or a computed quantity that makes a requirement apply. */
const condition = z.object({
  input: z.string().min(1),
  operator,
  value: decimalString,
});

export const requirementSchema = z.object({
  parameter: bilingual,
  method: z.string().min(1),
  /** `value` for the reported result, else the name of a secondary quantity of the method. */
  quantity: z.string().min(1).default('value'),
  /** Category key the caller passes, e.g. a slip surface and mode; null when the limit has none. */
  category: z.string().min(1).nullable(),
  appliesWhen: z.array(condition).default([]),
  operator,
  limit: decimalString,
  unit: z.string(),
  clause: z.string().nullable(),
  source: z.string().min(1),
  /** False while the limit awaits confirmation from the laboratory's controlled copy. */
  confirmed: z.boolean(),
  note: z.string().optional(),
});

export const specificationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: bilingual,
  edition: z.string().min(1),
  /** Standards whose limits and methods the specification takes over. */
  refersTo: z.array(z.string()),
  isDefault: z.boolean(),
  note: z.string().optional(),
  requirements: z.array(requirementSchema),
});

export type Requirement = z.infer<typeof requirementSchema>;
export type Specification = z.infer<typeof specificationSchema>;
export type RequirementCondition = z.infer<typeof condition>;
