import { z } from 'zod';

const phonePattern = /^\+?[0-9][0-9 ()-]{5,19}$/;

/** Who asks for a service: a person, or a company with a contact person. */
export const applicantSchema = z.strictObject({
  kind: z.enum(['person', 'company']),
  /** The person's or the company's name. */
  name: z.string().trim().min(2).max(200),
  contactPerson: z.string().trim().min(2).max(200).optional(),
  /** Regency, city or province, e.g. "Kabupaten Bogor". */
  region: z.string().trim().min(2).max(100).optional(),
  email: z.email().max(200).optional(),
  phone: z.string().trim().regex(phonePattern, 'expected a phone number such as +62 812 3456 7890').optional(),
});

export type Applicant = z.infer<typeof applicantSchema>;

/** Staff may record a walk-in with either way of reaching the applicant. */
export const staffApplicantSchema = applicantSchema.refine((applicant) => applicant.email || applicant.phone, {
  message: 'give an email address or a phone number to reach the applicant',
  path: ['phone'],
});

/**
 * A self-registration needs both: the training section confirms by email
 * and E-LSP notifies by WhatsApp.
 */
export const publicApplicantSchema = applicantSchema.required({ email: true, phone: true, region: true });

/** Ways a request reaches the service desk. */
export const CHANNELS = ['walk_in', 'letter', 'phone', 'email', 'fax', 'website'] as const;
export type Channel = (typeof CHANNELS)[number];
