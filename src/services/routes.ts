import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../auth/roles.ts';
import { currentInstant } from '../reception/clock.ts';
import { loadLabCalendar } from '../reception/lab-calendar.ts';
import { CHANNELS, staffApplicantSchema } from './applicant.ts';
import { serviceCatalogue } from './catalogue.ts';
import { closeServiceRequest, OUTCOMES } from './close-request.ts';
import { listServiceRequests, REQUEST_STATUSES } from './list-requests.ts';
import { publicServiceRoutes } from './public-routes.ts';
import { recordServiceStep } from './record-step.ts';
import { registerServiceRequest } from './register.ts';
import { loadServiceRequestView } from './request-view.ts';

/** Staff who work on service requests; the catalogue narrows each step further. */
const staff = ['receiver', 'supervisor', 'technical_manager', 'admin'] as const satisfies readonly Role[];
const readers = [...staff, 'auditor'] as const satisfies readonly Role[];

const idParams = z.object({ id: z.coerce.number().int().positive() });
const text = (max: number) => z.string().trim().min(1).max(max);
const snakeCase = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected an id such as "technical"');

const registrationBody = z.strictObject({
  serviceId: z.string().min(1).max(60),
  applicant: staffApplicantSchema,
  subject: text(300),
  details: text(5000),
  channel: z.enum(CHANNELS),
  requirementsMet: z.array(snakeCase).max(20).default([]),
  route: snakeCase.optional(),
  note: text(2000).optional(),
});

const stepBody = z.strictObject({
  note: text(5000).optional(),
  route: snakeCase.optional(),
  assigneeId: z.number().int().positive().optional(),
});

const listQuery = z.object({
  status: z.enum(REQUEST_STATUSES).optional(),
  serviceId: z.string().min(1).max(60).optional(),
  overdue: z.enum(['0', '1']).optional(),
});

/** Service catalogue and service requests for staff; the public routes live beside them. */
export const serviceRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => currentInstant(app.config);

  app.get('/api/services', {
    config: { access: readers },
    schema: { tags: ['services'], summary: 'The service catalogue: steps, roles, requirements, completion time, charge' },
  }, async () => [...serviceCatalogue().values()]);

  app.post('/api/service-requests', {
    config: { access: ['receiver', 'admin'] },
    schema: { tags: ['services'], summary: 'Register a service request, e.g. a walk-in consultation with its guest-book entry', body: registrationBody },
  }, async (request, reply) => {
    const user = request.user!;
    const calendar = await loadLabCalendar(app.db);
    const registered = await registerServiceRequest(app.db, request.body, { userId: user.id, roles: user.roles }, { now: now(), calendar });
    return reply.status(201).send(await loadServiceRequestView(app.db, registered.id, now(), calendar));
  });

  app.get('/api/service-requests', {
    config: { access: readers },
    schema: { tags: ['services'], summary: 'List service requests, earliest due first; overdue=1 keeps the overdue ones', querystring: listQuery },
  }, async (request) => {
    const { status, serviceId, overdue } = request.query;
    return listServiceRequests(app.db, { status, serviceId, overdue: overdue === '1' }, now(), await loadLabCalendar(app.db));
  });

  app.get('/api/service-requests/:id', {
    config: { access: readers },
    schema: { tags: ['services'], params: idParams },
  }, async (request) => loadServiceRequestView(app.db, request.params.id, now(), await loadLabCalendar(app.db)));

  app.post('/api/service-requests/:id/steps/:stepId', {
    config: { access: staff },
    schema: {
      tags: ['services'],
      summary: 'Record the next step of a request, in catalogue order, by a role the step allows',
      params: idParams.extend({ stepId: snakeCase }),
      body: stepBody,
    },
  }, async (request) => {
    const user = request.user!;
    await recordServiceStep(app.db, request.params.id, { stepId: request.params.stepId, ...request.body }, { userId: user.id, roles: user.roles }, now());
    return loadServiceRequestView(app.db, request.params.id, now(), await loadLabCalendar(app.db));
  });

  app.post('/api/service-requests/:id/close', {
    config: { access: staff },
    schema: {
      tags: ['services'],
      summary: 'Close a request with its outcome; completed needs every step recorded',
      params: idParams,
      body: z.strictObject({ outcome: z.enum(OUTCOMES), summary: text(5000) }),
    },
  }, async (request) => {
    const user = request.user!;
    await closeServiceRequest(app.db, request.params.id, request.body, { userId: user.id, roles: user.roles }, now());
    return loadServiceRequestView(app.db, request.params.id, now(), await loadLabCalendar(app.db));
  });

  await app.register(publicServiceRoutes);
};
