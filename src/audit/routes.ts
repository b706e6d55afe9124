import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyAuditChain } from './verify.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/audit/verify', {
    config: { access: ['auditor', 'admin', 'technical_manager'] },
    schema: { tags: ['audit'], summary: 'Walk the hash chain of the audit trail' },
  }, async () => verifyAuditChain(app.db));

  app.get('/api/audit/events', {
    config: { access: ['auditor', 'admin'] },
    schema: {
      tags: ['audit'],
      querystring: z.object({
        entityType: z.string().optional(),
        entityId: z.string().optional(),
        after: z.coerce.number().int().nonnegative().default(0),
        limit: z.coerce.number().int().min(1).max(1000).default(200),
      }),
    },
  }, async (request) => {
    let query = app.db.selectFrom('audit_events').selectAll().where('id', '>', request.query.after);
    if (request.query.entityType) query = query.where('entity_type', '=', request.query.entityType);
    if (request.query.entityId) query = query.where('entity_id', '=', request.query.entityId);
    return query.orderBy('id').limit(request.query.limit).execute();
  });
};
