import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAuditEvent } from '../audit/chain.ts';
import { notFound, wrongState } from '../errors.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });

/** Kinds of identity document a recipient may show; the pickup log keeps the kind, never the number. */
export const ID_DOCUMENT_TYPES = ['ktp', 'sim', 'passport', 'employee-card', 'other'] as const;

// A run of six or more digits in a name is most likely an identity
// document number typed into the wrong field.
const DOCUMENT_NUMBER_LIKE = /\d{6,}/;

const handoverBody = z.strictObject({
  recipientName: z
    .string()
    .trim()
    .min(2)
    .max(200)
    .refine((name) => !DOCUMENT_NUMBER_LIKE.test(name), 'enter the name only; the identity document number is never recorded'),
  idDocumentType: z.enum(ID_DOCUMENT_TYPES),
});

/** Registers the pickup log routes: who collected which report revision, when, and which staff member handed it over. */
export const handoverRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/reports/:id/handovers', {
    config: { access: ['receiver'] },
    schema: { tags: ['reports'], params: idParams, body: handoverBody },
  }, async (request, reply) => {
    const report = await app.db.selectFrom('reports').select(['id', 'number', 'revision', 'status']).where('id', '=', request.params.id).executeTakeFirst();
    if (!report) throw notFound('report', request.params.id);
    if (report.status !== 'current') throw wrongState('report', report.number, report.status, ['current']);
    const handover = await app.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('handovers')
        .values({ report_id: report.id, recipient_name: request.body.recipientName, id_document_type: request.body.idDocumentType, handed_over_by: request.user!.id, handed_over_at: new Date().toISOString() })
        .returning(['id', 'handed_over_at'])
        .executeTakeFirstOrThrow();
      const after = { handoverId: row.id, revision: report.revision, ...request.body };
      await appendAuditEvent(trx, { userId: request.user!.id, action: 'report.handover', entityType: 'report', entityId: report.id, after });
      return row;
    });
    return reply.status(201).send({ id: handover.id, reportId: report.id, number: report.number, revision: report.revision, handedOverAt: handover.handed_over_at });
  });

  app.get('/api/reports/:id/handovers', {
    config: { access: ['receiver', 'supervisor', 'technical_manager', 'auditor', 'admin'] },
    schema: { tags: ['reports'], summary: 'The pickup log of one report revision', params: idParams },
  }, async (request) => {
    const report = await app.db.selectFrom('reports').select(['id']).where('id', '=', request.params.id).executeTakeFirst();
    if (!report) throw notFound('report', request.params.id);
    return app.db
      .selectFrom('handovers as h')
      .innerJoin('reports as r', 'r.id', 'h.report_id')
      .innerJoin('users as u', 'u.id', 'h.handed_over_by')
      .select([
        'h.id', 'r.number', 'r.revision', 'h.recipient_name as recipientName', 'h.id_document_type as idDocumentType',
        'h.handed_over_at as handedOverAt', 'u.full_name as handedOverBy',
      ])
      .where('h.report_id', '=', report.id)
      .orderBy('h.id')
      .execute();
  });
};
