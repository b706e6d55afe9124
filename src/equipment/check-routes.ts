import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHECK_KINDS, recordCheck } from './intermediate-checks.ts';
import { decimal, idParams, isoTime, LAB_STAFF, nonNegativeDecimal } from './schemas.ts';

const point = z.object({
  quantity: z.string().trim().min(1).max(50),
  nominal: decimal,
  tolerance: nonNegativeDecimal,
  unit: z.string().trim().min(1).max(20),
  observed: decimal.optional(),
  measurementId: z.number().int().positive().optional(),
});

/** Intermediate checks between calibrations, e.g. a balance against a reference weight. */
export const checkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/instruments/:id/checks', {
    config: { access: ['analyst', 'supervisor', 'technical_manager', 'admin'] },
    schema: {
      tags: ['equipment'],
      summary: 'Record an intermediate check; it passes when every point lies within nominal ± tolerance',
      params: idParams,
      body: z.object({
        kind: z.enum(CHECK_KINDS),
        accessoryId: z.number().int().positive().optional(),
        checkedAt: isoTime.optional(),
        note: z.string().trim().max(2000).optional(),
        points: z.array(point).min(1).max(20),
      }),
    },
  }, async (request, reply) => reply.status(201).send(await recordCheck(app.db, request.params.id, request.body, request.user!.id)));

  app.get('/api/instruments/:id/checks', {
    config: { access: LAB_STAFF },
    schema: { tags: ['equipment'], summary: 'Intermediate checks of an instrument, newest first', params: idParams, querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }) },
  }, async (request) => {
    const checks = await app.db
      .selectFrom('intermediate_checks')
      .selectAll()
      .where('instrument_id', '=', request.params.id)
      .orderBy('checked_at', 'desc')
      .orderBy('id', 'desc')
      .limit(request.query.limit)
      .execute();
    return Promise.all(checks.map(async (c) => ({
      ...c,
      points: await app.db.selectFrom('intermediate_check_points').selectAll().where('check_id', '=', c.id).orderBy('id').execute(),
    })));
  });
};
