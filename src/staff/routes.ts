import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EQUIPMENT_MANAGERS, idParams, isoDate, LAB_STAFF, nonNegativeDecimal, reason } from '../equipment/schemas.ts';
import { checkAuthorisation, grantAuthorisation, revokeAuthorisation } from './authorisations.ts';
import { recordTraining } from './training.ts';

/** Staff competence: analyst authorisations per method and training records. */
export const staffRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/staff/authorisations', {
    config: { access: LAB_STAFF },
    schema: {
      tags: ['staff'],
      summary: 'Authorisations, optionally of one user or one method, revoked ones included',
      querystring: z.object({ userId: z.coerce.number().int().positive().optional(), methodId: z.string().optional() }),
    },
  }, async (request) => {
    let query = app.db
      .selectFrom('analyst_authorisations as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .selectAll('a')
      .select(['u.username', 'u.full_name']);
    if (request.query.userId !== undefined) query = query.where('a.user_id', '=', request.query.userId);
    if (request.query.methodId !== undefined) query = query.where('a.method_id', '=', request.query.methodId);
    return query.orderBy('u.username').orderBy('a.method_id').orderBy('a.id').execute();
  });

  app.get('/api/staff/:id/authorisations/:methodId', {
    config: { access: LAB_STAFF },
    schema: { tags: ['staff'], summary: 'Whether a user holds a current authorisation for a method today', params: idParams.extend({ methodId: z.string() }) },
  }, async (request) => checkAuthorisation(app.db, request.params.id, request.params.methodId));

  app.post('/api/staff/authorisations', {
    config: { access: EQUIPMENT_MANAGERS },
    schema: {
      tags: ['staff'],
      summary: 'Authorise an analyst for a method; expiresOn is the last valid day',
      body: z.object({ userId: z.number().int().positive(), methodId: z.string().min(1), grantedOn: isoDate.optional(), expiresOn: isoDate.optional(), note: z.string().trim().max(2000).optional() }),
    },
  }, async (request, reply) => reply.status(201).send(await grantAuthorisation(app.db, request.body, request.user!.id)));

  app.post('/api/staff/authorisations/:id/revoke', {
    config: { access: EQUIPMENT_MANAGERS },
    schema: { tags: ['staff'], summary: 'Revoke an authorisation with a reason', params: idParams, body: z.object({ reason }) },
  }, async (request) => revokeAuthorisation(app.db, request.params.id, request.body.reason, request.user!.id));

  app.get('/api/staff/:id/training', {
    config: { access: LAB_STAFF },
    schema: { tags: ['staff'], params: idParams },
  }, async (request) => app.db.selectFrom('training_records').selectAll().where('user_id', '=', request.params.id).orderBy('completed_on', 'desc').orderBy('id', 'desc').execute());

  app.post('/api/staff/:id/training', {
    config: { access: EQUIPMENT_MANAGERS },
    schema: {
      tags: ['staff'],
      summary: 'Record a training a user completed',
      params: idParams,
      body: z.object({
        title: z.string().trim().min(3).max(300),
        methodId: z.string().min(1).optional(),
        provider: z.string().trim().min(2).max(200),
        completedOn: isoDate,
        hours: nonNegativeDecimal.optional(),
        evidence: z.string().trim().max(300).optional(),
      }),
    },
  }, async (request, reply) => reply.status(201).send(await recordTraining(app.db, request.params.id, request.body, request.user!.id)));
};
