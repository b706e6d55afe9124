import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentInstant } from '../reception/clock.ts';
import { loadLabCalendar } from '../reception/lab-calendar.ts';
import { publicApplicantSchema } from './applicant.ts';
import { registerServiceRequest } from './register.ts';
import { trackServiceRequest } from './tracking.ts';

/** Self-registrations per address per hour; enough for a family or an IKM office behind one address. */
const registrationLimit = { max: 10, timeWindow: '1 hour' };
/** Tracking look-ups per address per minute, far too few to guess a code of 31^10 combinations. */
const trackingLimit = { max: 30, timeWindow: '1 minute' };

const registrationBody = z.strictObject({
  serviceId: z.string().min(1).max(60),
  applicant: publicApplicantSchema,
  subject: z.string().trim().min(3).max(300),
  details: z.string().trim().min(3).max(5000),
  requirementsMet: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)).max(20),
});

/** Self-registration from the BPIPI website and tracking by number and code; no login. */
export const publicServiceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/public/service-requests', {
    config: { access: 'public', rateLimit: registrationLimit },
    schema: {
      tags: ['public'],
      summary: 'Self-register for a service that allows it; returns the tracking number, code and due date',
      body: registrationBody,
    },
  }, async (request, reply) => {
    const now = currentInstant(app.config);
    const registered = await registerServiceRequest(
      app.db,
      { ...request.body, channel: 'website' },
      null,
      { now, calendar: await loadLabCalendar(app.db) },
    );
    return reply.status(201).header('cache-control', 'no-store').send({
      number: registered.number,
      trackingCode: registered.trackingCode!,
      dueDate: registered.dueDate,
      dueAt: registered.dueAt,
      dueEstimated: registered.dueEstimated,
    });
  });

  app.get('/api/public/service-requests/:number', {
    config: { access: 'public', rateLimit: trackingLimit },
    schema: {
      tags: ['public'],
      summary: 'Status and due date of a self-registered request, with its tracking code',
      params: z.object({ number: z.string().trim().min(1).max(40) }),
      querystring: z.object({ code: z.string().trim().min(1).max(40) }),
    },
  }, async (request, reply) => {
    const answer = await trackServiceRequest(app.db, request.params.number, request.query.code);
    return reply.header('cache-control', 'no-store').send(answer);
  });
};
