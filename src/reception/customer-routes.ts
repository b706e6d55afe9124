import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentInstant } from './clock.ts';
import { createCustomer } from './customers.ts';
import { containsText } from './like-pattern.ts';
import { checkCustomerText } from './registration/text-checks.ts';
import { customerKind, newCustomer } from './schemas.ts';

export const customerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/customers', {
    config: { access: ['receiver', 'admin'] },
    schema: { tags: ['reception'], summary: 'Find customers by part of the name', querystring: z.object({ q: z.string().max(100).default(''), kind: customerKind.optional() }) },
  }, async (request) => {
    let query = app.db.selectFrom('customers').selectAll().where(containsText('name', request.query.q));
    if (request.query.kind) query = query.where('kind', '=', request.query.kind);
    return query.orderBy('name').limit(50).execute();
  });

  app.post('/api/customers', {
    config: { access: ['receiver', 'admin'] },
    schema: { tags: ['reception'], body: newCustomer },
  }, async (request, reply) => {
    checkCustomerText(request.body);
    const now = currentInstant(app.config);
    const id = await app.db.transaction().execute((trx) => createCustomer(trx, request.body, request.user!.id, now));
    return reply.status(201).send({ id });
  });
};
