import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../errors.ts';
import { currentInstant } from './clock.ts';
import { calendarRoutes } from './calendar-routes.ts';
import { reviewMethods } from './contract-review/contract-review.ts';
import { customerRoutes } from './customer-routes.ts';
import { labelRoutes } from './labels/label-routes.ts';
import { recordPayment } from './payment.ts';
import { receptionOptions } from './reception-options.ts';
import { registerRequest } from './register-request.ts';
import { loadRegistrationContext } from './registration-context.ts';
import { requestQuotation } from './request-quotation.ts';
import { requestSearchQuery, searchRequests } from './request-search.ts';
import { retentionRoutes } from './retention/retention-routes.ts';
import { decideSample } from './sample-decision.ts';
import { idParams, newRequest, paymentBody, rejectBody, STAFF } from './schemas.ts';
import { tariffRoutes } from './tariffs/tariff-routes.ts';
import { loadRequestProgress } from './request-progress.ts';

export const receptionRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => currentInstant(app.config);

  app.get('/api/reception/options', {
    config: { access: STAFF },
    schema: { tags: ['reception'], summary: 'Commodities with their acceptance checks, specifications per method, customer kinds and ID document types' },
  }, async () => receptionOptions());

  app.get('/api/requests', {
    config: { access: ['receiver', 'supervisor', 'technical_manager', 'auditor', 'admin'] },
    schema: { tags: ['reception'], summary: 'Find requests by number, sample code or customer, date of receipt and status', querystring: requestSearchQuery },
  }, async (request) => searchRequests(app.db, request.query));

  app.post('/api/requests', {
    config: { access: ['receiver'] },
    schema: { tags: ['reception'], summary: 'Register a test request; returns codes, due date, quotation and warnings', body: newRequest },
  }, async (request, reply) => {
    const context = await loadRegistrationContext(app.db, now());
    const registered = await registerRequest(app.db, request.body, request.user!.id, context);
    request.log.info({ requestId: registered.id, number: registered.number }, 'request registered');
    return reply.status(201).send(registered);
  });

  app.get('/api/requests/:id', {
    config: { access: STAFF },
    schema: { tags: ['reception'], params: idParams },
  }, async (request) => {
    const row = await app.db.selectFrom('test_requests').selectAll().where('id', '=', request.params.id).executeTakeFirst();
    if (!row) throw notFound('request', request.params.id);
    const samples = await app.db.selectFrom('samples').selectAll().where('request_id', '=', row.id).execute();
    const ids = samples.length ? samples.map((s) => s.id) : [0];
    const parameters = await app.db.selectFrom('requested_parameters').selectAll().where('sample_id', 'in', ids).execute();
    const checks = await app.db.selectFrom('sample_checks').selectAll().where('sample_id', 'in', ids).execute();
    const dispositions = await app.db.selectFrom('sample_dispositions').selectAll().where('sample_id', 'in', ids).execute();
    const customer = await app.db.selectFrom('customers').select(['id', 'name', 'kind']).where('id', '=', row.customer_id).executeTakeFirst();
    const status = await loadRequestProgress(app.db, row.id, parameters.map((p) => p.status));
    const payments = await app.db
      .selectFrom('payments')
      .select(['id', 'kind', 'amount', 'billing_reference', 'reason', 'recorded_by', 'recorded_at'])
      .where('request_id', '=', row.id)
      .orderBy('id')
      .execute();
    return {
      ...row,
      status,
      customer: customer ?? null,
      payments,
      samples: samples.map((s) => ({
        ...s,
        parameters: parameters.filter((p) => p.sample_id === s.id),
        checks: checks.filter((c) => c.sample_id === s.id).map(({ detail, ...c }) => ({ ...c, detail: JSON.parse(detail) as unknown })),
        disposition: dispositions.find((d) => d.sample_id === s.id) ?? null,
      })),
    };
  });

  app.get('/api/requests/:id/contract-review', {
    config: { access: STAFF },
    schema: { tags: ['reception'], summary: 'Accreditation, instrument and analyst for each requested method', params: idParams },
  }, async (request) => {
    const found = await app.db.selectFrom('test_requests').select('id').where('id', '=', request.params.id).executeTakeFirst();
    if (!found) throw notFound('request', request.params.id);
    const rows = await app.db
      .selectFrom('requested_parameters')
      .innerJoin('samples', 'samples.id', 'requested_parameters.sample_id')
      .select('requested_parameters.method_id')
      .where('samples.request_id', '=', request.params.id)
      .where('requested_parameters.status', '!=', 'cancelled')
      .execute();
    const parameters = await reviewMethods(app.db, rows.map((row) => row.method_id), now());
    return { requestId: request.params.id, parameters, warnings: parameters.flatMap((parameter) => parameter.warnings) };
  });

  app.get('/api/requests/:id/quotation', {
    config: { access: STAFF },
    schema: { tags: ['reception'], summary: 'Fees per parameter, total in rupiah and the due date', params: idParams },
  }, async (request) => requestQuotation(app.db, request.params.id));

  app.post('/api/samples/:id/accept', {
    config: { access: ['receiver'] },
    schema: {
      tags: ['reception'],
      summary: 'Accept a sample after the acceptance criteria of its commodity',
      params: idParams,
      body: z.object({ checks: z.record(z.string(), z.boolean()).default({}) }),
    },
  }, async (request) => decideSample(app.db, request.params.id, { accepted: true, ticks: request.body.checks }, request.user!.id, now()));

  app.post('/api/samples/:id/reject', {
    config: { access: ['receiver'] },
    schema: { tags: ['reception'], summary: 'Reject a sample with a reason, optionally recording its return', params: idParams, body: rejectBody },
  }, async (request) => {
    const { reason, returned } = request.body;
    return decideSample(app.db, request.params.id, { accepted: false, reason, ...(returned ? { returned } : {}) }, request.user!.id, now());
  });

  app.post('/api/requests/:id/payments', {
    config: { access: ['receiver', 'admin', 'technical_manager'] },
    schema: { tags: ['reception'], params: idParams, body: paymentBody },
  }, async (request, reply) => {
    const outcome = await recordPayment(app.db, request.params.id, request.body, request.user!, now());
    return reply.status(201).send(outcome);
  });

  await app.register(customerRoutes);
  await app.register(labelRoutes);
  await app.register(tariffRoutes);
  await app.register(calendarRoutes);
  await app.register(retentionRoutes);
};
