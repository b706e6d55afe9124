import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { stampSuperseded } from '../../templates/superseded.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import { notFound, wrongState } from '../errors.ts';
import { amendReport, issueReport } from './issue-report.ts';
import { verifyReport } from './public-verification.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const readers = ['receiver', 'supervisor', 'technical_manager', 'auditor', 'admin'] as const;
const reportColumns = ['id', 'request_id', 'number', 'revision', 'replaces_id', 'amendment_reason', 'status', 'sha256', 'issued_by', 'issued_at'] as const;

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/requests/:id/reports', {
    config: { access: ['technical_manager'] },
    schema: { tags: ['reports'], summary: 'Issue the LHU of a fully validated request', params: idParams },
  }, async (request, reply) => {
    const issued = await issueReport(app.db, request.params.id, request.user!.id, app.config.publicUrl);
    request.log.info({ reportId: issued.id, number: issued.number }, 'report issued');
    return reply.status(201).send(issued);
  });

  app.get('/api/reports', {
    config: { access: readers },
    schema: { tags: ['reports'], querystring: z.object({ requestId: z.coerce.number().int().positive().optional() }) },
  }, async (request) => {
    let query = app.db.selectFrom('reports').select(reportColumns).orderBy('id');
    if (request.query.requestId) query = query.where('request_id', '=', request.query.requestId);
    return query.execute();
  });

  app.get('/api/reports/:id/pdf', {
    config: { access: readers },
    schema: {
      tags: ['reports'],
      summary: 'The PDF exactly as issued; stamp=1 marks a superseded revision on every page',
      params: idParams,
      querystring: z.object({ stamp: z.enum(['0', '1']).default('0') }),
    },
  }, async (request, reply) => {
    const report = await app.db.selectFrom('reports').selectAll().where('id', '=', request.params.id).executeTakeFirst();
    if (!report) throw notFound('report', request.params.id);
    let bytes: Uint8Array = report.pdf;
    if (report.status === 'superseded' && request.query.stamp === '1') {
      const successor = await app.db.selectFrom('reports').select('number').where('replaces_id', '=', report.id).executeTakeFirst();
      bytes = await stampSuperseded(report.pdf, successor?.number ?? '-');
    }
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${report.number.replace(/\//g, '-')}.pdf"`)
      .header('x-jitu-report-status', report.status)
      .header('x-jitu-report-sha256', report.sha256)
      .send(Buffer.from(bytes));
  });

  app.post('/api/reports/:id/amend', {
    config: { access: ['technical_manager'] },
    schema: { tags: ['reports'], params: idParams, body: z.object({ reason: z.string().trim().min(5).max(2000) }) },
  }, async (request, reply) => {
    const amended = await amendReport(app.db, request.params.id, request.body.reason, request.user!.id, app.config.publicUrl);
    return reply.status(201).send(amended);
  });

  app.post('/api/reports/:id/handovers', {
    config: { access: ['receiver'] },
    schema: {
      tags: ['reports'],
      params: idParams,
      body: z.object({
        recipientName: z.string().trim().min(2).max(200),
        idDocumentType: z.enum(['ktp', 'sim', 'passport', 'employee-card', 'other']),
      }),
    },
  }, async (request, reply) => {
    const report = await app.db.selectFrom('reports').select(['id', 'number', 'status']).where('id', '=', request.params.id).executeTakeFirst();
    if (!report) throw notFound('report', request.params.id);
    if (report.status !== 'current') throw wrongState('report', report.number, report.status, ['current']);
    const handover = await app.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('handovers')
        .values({ report_id: report.id, recipient_name: request.body.recipientName, id_document_type: request.body.idDocumentType, handed_over_by: request.user!.id, handed_over_at: new Date().toISOString() })
        .returning(['id', 'handed_over_at'])
        .executeTakeFirstOrThrow();
      await appendAuditEvent(trx, { userId: request.user!.id, action: 'report.handover', entityType: 'report', entityId: report.id, after: { handoverId: row.id, ...request.body } });
      return row;
    });
    return reply.status(201).send({ id: handover.id, reportId: report.id, number: report.number, handedOverAt: handover.handed_over_at });
  });

  app.get('/api/public/reports/verify', {
    config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      tags: ['public'],
      summary: 'Check that an LHU is genuine and current; needs no login',
      querystring: z.object({ number: z.string().min(1).max(100), code: z.string().min(1).max(100) }),
    },
  }, async (request) => verifyReport(app.db, request.query.number, request.query.code));
};
