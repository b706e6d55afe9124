import { z } from 'zod';
import { COMMODITIES } from './sample-code.ts';

export const customerKind = z.enum(['ikm', 'company', 'person', 'agency']);

export const newCustomer = z.object({
  name: z.string().trim().min(2).max(200),
  kind: customerKind,
  address: z.string().max(500).optional(),
  phone: z.string().max(50).optional(),
  email: z.email().optional(),
});

export const requestedParameter = z.object({
  methodId: z.string().min(1),
  specificationId: z.string().min(1).optional(),
  category: z.string().min(1).optional(),
});

export const newSample = z.object({
  description: z.string().trim().min(2).max(500),
  commodity: z.enum(Object.keys(COMMODITIES) as [keyof typeof COMMODITIES, ...(keyof typeof COMMODITIES)[]]),
  brand: z.string().max(100).optional(),
  model: z.string().max(100).optional(),
  size: z.string().max(20).optional(),
  colour: z.string().max(50).optional(),
  material: z.string().max(100).optional(),
  quantity: z.number().int().positive().max(1000),
  condition: z.string().max(500).optional(),
  parameters: z.array(requestedParameter).min(1).max(50),
});

export const newRequest = z.object({
  customer: z.union([z.object({ id: z.number().int().positive() }), newCustomer]),
  decisionRule: z.enum(['simple', 'guarded']).default('simple'),
  notes: z.string().max(2000).optional(),
  samples: z.array(newSample).min(1).max(100),
});

export type NewRequest = z.infer<typeof newRequest>;

export const idParams = z.object({ id: z.coerce.number().int().positive() });

/** Every staff role; for reading reception records. */
export const STAFF = ['receiver', 'analyst', 'supervisor', 'technical_manager', 'auditor', 'admin'] as const;

const isoInstant = z.iso.datetime({ offset: true });

export const dispositionFields = z.object({
  manner: z.string().trim().min(3).max(200),
  recipientName: z.string().trim().min(2).max(200).optional(),
  performedAt: isoInstant.optional(),
});

export const rejectBody = z.object({
  reason: z.string().trim().min(3).max(1000),
  /** The return to the customer, when it happens at the desk right away. */
  returned: dispositionFields.extend({ recipientName: z.string().trim().min(2).max(200) }).optional(),
});

export const paymentBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('paid'),
    amount: z.number().int().positive('a payment of 0 is a waiver: ask an admin or technical manager to record kind "waived" with a reason'),
    billingReference: z.string().trim().min(3).max(100),
  }),
  z.object({ kind: z.literal('waived'), reason: z.string().trim().min(3).max(1000) }),
]);
