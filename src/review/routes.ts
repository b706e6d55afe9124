import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadRawChunk } from './raw-chunks.ts';
import { loadReviewRecord } from './review-record.ts';
import { reviewParameter } from './review.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const decision = z.object({ decision: z.enum(['approve', 'return']), reason: z.string().trim().min(3).max(2000).optional() });

export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/review-queue', {
    config: { access: ['supervisor', 'technical_manager'] },
    schema: { tags: ['review'], querystring: z.object({ stage: z.enum(['verification', 'validation']).default('verification') }) },
  }, async (request) => {
    const status = request.query.stage === 'verification' ? 'tested' : 'verified';
    return app.db
      .selectFrom('requested_parameters as p')
      .innerJoin('samples as s', 's.id', 'p.sample_id')
      .innerJoin('test_requests as r', 'r.id', 's.request_id')
      .select(['p.id', 'p.method_id', 'p.status', 's.code as sample_code', 's.description', 'r.id as request_id', 'r.number as request_number', 'r.due_date'])
      .where('p.status', '=', status)
      .orderBy('r.due_date')
      .orderBy('p.id')
      .execute();
  });

  app.get('/api/parameters/:id/review', {
    config: { access: ['supervisor', 'technical_manager', 'auditor'] },
    schema: { tags: ['review'], params: idParams },
  }, async (request) => loadReviewRecord(app.db, request.params.id));

  app.get('/api/raw-chunks/:id', {
    config: { access: ['supervisor', 'technical_manager', 'auditor'] },
    schema: { tags: ['review'], summary: 'Raw instrument bytes as received, as hex and latin1 text', params: idParams },
  }, async (request) => loadRawChunk(app.db, request.params.id));

  app.post('/api/parameters/:id/verify', {
    config: { access: ['supervisor'] },
    schema: { tags: ['review'], params: idParams, body: decision },
  }, async (request) =>
    reviewParameter(app.db, request.params.id, 'verification', request.body, request.user!.id, app.config.allowVerifierToValidate));

  app.post('/api/parameters/:id/validate', {
    config: { access: ['technical_manager'] },
    schema: { tags: ['review'], params: idParams, body: decision },
  }, async (request) =>
    reviewParameter(app.db, request.params.id, 'validation', request.body, request.user!.id, app.config.allowVerifierToValidate));
};
