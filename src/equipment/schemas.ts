import { z } from 'zod';
import type { Role } from '../auth/roles.ts';

// Request schemas and access lists shared by the equipment and staff routes.

export const idParams = z.object({ id: z.coerce.number().int().positive() });
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((text) => new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'not a calendar date');
export const isoTime = z.iso.datetime({ offset: true });
export const decimal = z.string().regex(/^[+-]?\d+(\.\d+)?$/, 'use a decimal number such as 0.0002');
export const nonNegativeDecimal = z.string().regex(/^\d+(\.\d+)?$/, 'use a decimal number of zero or more');
export const reason = z.string().trim().min(3, 'give a reason of at least 3 characters').max(2000);

/** Everyone in the laboratory who may read equipment and competence records. */
export const LAB_STAFF: Role[] = ['analyst', 'supervisor', 'technical_manager', 'auditor', 'admin'];
/** Roles that register equipment, record certificates and grant authorisations. */
export const EQUIPMENT_MANAGERS: Role[] = ['admin', 'technical_manager'];
