import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { stampSuperseded } from '../../templates/superseded.ts';
import { notFound } from '../errors.ts';
import { amendReport } from './amend-report.ts';
import { handoverRoutes } from './handover-routes.ts';
import { issueReport } from './issue-report.ts';
import { CORRECTABLE_SAMPLE_FIELDS } from './sample-corrections.ts';
import { verificationRoutes } from './verification-routes.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const readers = ['receiver', 'supervisor', 'technical_manager', 'auditor', 'admin'] as const;
const reportColumns = ['id', 'request_id', 'number', 'revision', 'replaces_id', 'amendment_reason', 'status', 'sha256', 'issued_by', 'issued_at'] as const;

const amendmentBody = z.object({
  reason: z.string().trim().min(5).max(2000),
  reasonEn: z.string().trim().min(5).max(2000).optional(),
  complaintId: z.number().int().positive().optional(),
  sampleCorrections: z
    .array(z.object({
      sampleId: z.number().int().positive(),
      field: z.enum(CORRECTABLE_SAMPLE_FIELDS),
      value: z.string().trim().min(1).max(500).nullable(),
    }))
    .max(50)
    .default([]),
});

const issueRoutes: FastifyPluginAsyncZod = async (app) => {
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
      summary: 'The PDF of a report; a superseded revision comes stamped on every page unless original=1 asks for the bytes as issued',
      description: 'x-jitu-report-copy says which was served: "original" (the stored bytes, whose SHA-256 is x-jitu-report-sha256) or "stamped-superseded".',
      params: idParams,
      querystring: z.object({ original: z.enum(['0', '1']).default('0') }),
    },
  }, async (request, reply) => {
    const report = await app.db.selectFrom('reports').selectAll().where('id', '=', request.params.id).executeTakeFirst();
    if (!report) throw notFound('report', request.params.id);
    let bytes: Uint8Array = report.pdf;
    let copy = 'original';
    if (report.status === 'superseded' && request.query.original === '0') {
      const successor = await app.db.selectFrom('reports').select('number').where('replaces_id', '=', report.id).executeTakeFirst();
      bytes = await stampSuperseded(report.pdf, successor?.number ?? '-');
      copy = 'stamped-superseded';
    }
    const suffix = copy === 'original' ? '' : '-superseded';
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${report.number.replace(/\//g, '-')}${suffix}.pdf"`)
      .header('x-jitu-report-status', report.status)
      .header('x-jitu-report-sha256', report.sha256)
      .header('x-jitu-report-copy', copy)
      .send(Buffer.from(bytes));
  });

  app.post('/api/reports/:id/amend', {
    config: { access: ['technical_manager'] },
    schema: {
      tags: ['reports'],
      summary: 'Issue a new revision with a reason; may correct sample details and name the complaint behind it',
      params: idParams,
      body: amendmentBody,
    },
  }, async (request, reply) => {
    const amended = await amendReport(app.db, request.params.id, request.body, request.user!.id, app.config.publicUrl);
    request.log.info({ reportId: amended.id, number: amended.number, replaces: amended.replaces }, 'report amended');
    return reply.status(201).send(amended);
  });
};

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(issueRoutes);
  await app.register(handoverRoutes);
  await app.register(verificationRoutes);
};
