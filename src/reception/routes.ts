import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidInput, notFound } from '../errors.ts';
import { registerRequest } from './register-request.ts';
import { recordPayment } from './payment.ts';
import { decideSample } from './sample-decision.ts';
import { newCustomer, newRequest } from './schemas.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const staff = ['receiver', 'analyst', 'supervisor', 'technical_manager', 'auditor', 'admin'] as const;

export const receptionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/customers', {
    config: { access: ['receiver', 'admin'] },
    schema: { tags: ['reception'], querystring: z.object({ q: z.string().max(100).default('') }) },
  }, async (request) => {
    return app.db
      .selectFrom('customers')
      .selectAll()
      .where('name', 'like', `%${request.query.q}%`)
      .orderBy('name')
      .limit(50)
      .execute();
  });

  app.post('/api/customers', {
    config: { access: ['receiver', 'admin'] },
    schema: { tags: ['reception'], body: newCustomer },
  }, async (request, reply) => {
    const body = request.body;
    const row = await app.db
      .insertInto('customers')
      .values({ name: body.name, kind: body.kind, address: body.address ?? null, phone: body.phone ?? null, email: body.email ?? null, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return reply.status(201).send({ id: row.id });
  });

  app.post('/api/requests', {
    config: { access: ['receiver'] },
    schema: { tags: ['reception'], summary: 'Register a test request with samples and parameters', body: newRequest },
  }, async (request, reply) => {
    const registered = await registerRequest(app.db, request.body, request.user!.id);
    request.log.info({ requestId: registered.id, number: registered.number }, 'request registered');
    return reply.status(201).send(registered);
  });

  app.get('/api/requests/:id', {
    config: { access: staff },
    schema: { tags: ['reception'], params: idParams },
  }, async (request) => {
    const row = await app.db.selectFrom('test_requests').selectAll().where('id', '=', request.params.id).executeTakeFirst();
    if (!row) throw notFound('request', request.params.id);
    const samples = await app.db.selectFrom('samples').selectAll().where('request_id', '=', row.id).execute();
    const parameters = await app.db
      .selectFrom('requested_parameters')
      .selectAll()
      .where('sample_id', 'in', samples.length ? samples.map((s) => s.id) : [0])
      .execute();
    return { ...row, samples: samples.map((s) => ({ ...s, parameters: parameters.filter((p) => p.sample_id === s.id) })) };
  });

  app.post('/api/samples/:id/accept', {
    config: { access: ['receiver'] },
    schema: { tags: ['reception'], params: idParams, body: z.object({ checks: z.record(z.string(), z.boolean()).optional() }) },
  }, async (request) => {
    const failed = Object.entries(request.body.checks ?? {}).filter(([, ok]) => !ok).map(([name]) => name);
    if (failed.length) {
      const detail = `acceptance checks failed: ${failed.join(', ')}; reject the sample with a reason instead`;
      throw invalidInput('checks', detail);
    }
    return decideSample(app.db, request.params.id, { accepted: true, checks: request.body.checks ?? {} }, request.user!.id);
  });

  app.post('/api/samples/:id/reject', {
    config: { access: ['receiver'] },
    schema: { tags: ['reception'], params: idParams, body: z.object({ reason: z.string().trim().min(3).max(1000) }) },
  }, async (request) => {
    return decideSample(app.db, request.params.id, { accepted: false, reason: request.body.reason }, request.user!.id);
  });

  app.post('/api/requests/:id/payments', {
    config: { access: ['receiver', 'admin', 'technical_manager'] },
    schema: {
      tags: ['reception'],
      params: idParams,
      body: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('paid'), amount: z.number().int().nonnegative(), billingReference: z.string().trim().min(3).max(100) }),
        z.object({ kind: z.literal('waived'), reason: z.string().trim().min(3).max(1000) }),
      ]),
    },
  }, async (request, reply) => {
    const outcome = await recordPayment(app.db, request.params.id, request.body, request.user!);
    return reply.status(201).send(outcome);
  });
};
