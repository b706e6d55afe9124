// Shape of a service in the catalogue (fixtures/services/<id>.json), checked
// once when the catalogue loads. Every figure and step carries the section
// of the BPIPI service standard it comes from.

import { z } from 'zod';
import { ROLES } from '../auth/roles.ts';

const bilingual = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });
const source = z.string().min(1);
const roles = z.array(z.enum(ROLES)).min(1);
const identifier = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected snake_case, e.g. "guest_book"');

/** Where a routing step may send the request, and who acts on it there. */
const routeSchema = z.strictObject({ title: bilingual, roles });

const stepSchema = z.strictObject({
  id: identifier,
  title: bilingual,
  /** Who carries the step out, as the standard names them. */
  performer: bilingual,
  /** Roles that may record the step in Jitu, or `routed` for the roles of the chosen route. */
  roles: z.union([roles, z.literal('routed')]),
  /** Recorded by the registration itself (the guest book, the website form). */
  atRegistration: z.boolean().default(false),
  /** Present on the step that routes the request, keyed by route id. */
  routes: z.record(identifier, routeSchema).optional(),
  source,
});

const completionTimeSchema = z
  .strictObject({
    /** `working_days` on the Indonesian calendar, or calendar `months`. */
    unit: z.enum(['working_days', 'months']),
    min: z.number().int().positive(),
    /** The promise: due dates count this figure. */
    max: z.number().int().positive(),
    /** The figure exactly as the standard writes it. */
    stated: z.string().min(1),
    source,
    note: z.string().optional(),
  })
  .refine((time) => time.min <= time.max, 'min must not exceed max');

export const serviceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected kebab-case, e.g. "mentoring-inwall"'),
    title: bilingual,
    source,
    requirements: z.array(z.strictObject({ id: identifier, title: bilingual, source })),
    steps: z.array(stepSchema).min(1),
    completionTime: completionTimeSchema,
    /** `pnbp`: fees per PP 54/2021; `free`: no fee. */
    charge: z.strictObject({ kind: z.enum(['free', 'pnbp']), source, note: z.string().optional() }),
    /** Whether applicants may register themselves through the public route. */
    publicRegistration: z.boolean(),
  })
  .superRefine(checkSteps);

export type Service = z.infer<typeof serviceSchema>;
export type ServiceStep = Service['steps'][number];

function checkSteps(service: z.infer<typeof serviceSchema>, context: z.RefinementCtx): void {
  const issue = (message: string) => context.addIssue({ code: 'custom', path: ['steps'], message });
  const ids = service.steps.map((step) => step.id);
  if (new Set(ids).size !== ids.length) issue('step ids must be unique');

  const firstStaffStep = service.steps.findIndex((step) => !step.atRegistration);
  const lateRegistration = service.steps.findIndex((step, i) => step.atRegistration && i > firstStaffStep);
  if (firstStaffStep >= 0 && lateRegistration >= 0) issue('atRegistration steps must come before all other steps');
  if (firstStaffStep === 0 && service.publicRegistration) issue('a public service needs an atRegistration step first');

  const routing = service.steps.findIndex((step) => step.routes);
  service.steps.forEach((step, i) => {
    if (step.roles === 'routed' && (routing < 0 || i <= routing)) issue(`step "${step.id}" is routed but no routing step comes before it`);
    if (step.roles === 'routed' && step.atRegistration) issue(`step "${step.id}" cannot be both routed and atRegistration`);
  });
}
