import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { advanceComplaint, COMPLAINT_CHANNELS, loadComplaint, registerComplaint } from './complaints.ts';
import { openNonconformingWork, recordAction } from './nonconforming-work.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const text = (max: number) => z.string().trim().min(3).max(max);
const optionalId = z.number().int().positive().optional();

const intake = ['receiver', 'supervisor', 'technical_manager', 'admin'] as const;
const handlers = ['technical_manager', 'admin'] as const;
const readers = ['receiver', 'supervisor', 'technical_manager', 'admin', 'auditor'] as const;
const qualityStaff = ['supervisor', 'technical_manager', 'admin'] as const;

const complaintRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/complaints', {
    config: { access: intake },
    schema: {
      tags: ['quality'],
      summary: 'Record a complaint as received, linked to a report when it concerns one',
      body: z.object({
        channel: z.enum(COMPLAINT_CHANNELS),
        complainant: z.string().trim().min(2).max(200),
        contact: z.string().trim().max(200).optional(),
        subject: text(300),
        description: text(5000),
        receivedAt: z.iso.datetime({ offset: true }).optional(),
        reportId: optionalId,
      }),
    },
  }, async (request, reply) => reply.status(201).send(await registerComplaint(app.db, request.body, request.user!.id)));

  app.get('/api/complaints', {
    config: { access: readers },
    schema: { tags: ['quality'], querystring: z.object({ reportId: z.coerce.number().int().positive().optional() }) },
  }, async (request) => {
    let query = app.db.selectFrom('complaints').selectAll().orderBy('id');
    if (request.query.reportId) query = query.where('report_id', '=', request.query.reportId);
    return query.execute();
  });

  app.get('/api/complaints/:id', {
    config: { access: readers },
    schema: { tags: ['quality'], params: idParams },
  }, async (request) => loadComplaint(app.db, request.params.id));

  app.post('/api/complaints/:id/acknowledge', {
    config: { access: handlers },
    schema: { tags: ['quality'], params: idParams },
  }, async (request) => advanceComplaint(app.db, request.params.id, { kind: 'acknowledge' }, request.user!.id));

  app.post('/api/complaints/:id/link', {
    config: { access: handlers },
    schema: { tags: ['quality'], params: idParams, body: z.object({ reportId: z.number().int().positive() }) },
  }, async (request) => advanceComplaint(app.db, request.params.id, { kind: 'link', reportId: request.body.reportId }, request.user!.id));

  app.post('/api/complaints/:id/judge', {
    config: { access: handlers },
    schema: { tags: ['quality'], params: idParams, body: z.object({ valid: z.boolean(), judgement: text(2000) }) },
  }, async (request) => advanceComplaint(app.db, request.params.id, { kind: 'judge', ...request.body }, request.user!.id));

  app.post('/api/complaints/:id/answer', {
    config: { access: handlers },
    schema: { tags: ['quality'], params: idParams, body: z.object({ answer: text(5000) }) },
  }, async (request) => advanceComplaint(app.db, request.params.id, { kind: 'answer', answer: request.body.answer }, request.user!.id));
};

const nonconformityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/nonconformities', {
    config: { access: qualityStaff },
    schema: {
      tags: ['quality'],
      summary: 'Open a record of nonconforming work linked to a parameter, result, report or complaint',
      body: z.object({
        description: text(5000),
        parameterId: optionalId,
        resultId: optionalId,
        reportId: optionalId,
        complaintId: optionalId,
      }),
    },
  }, async (request, reply) => reply.status(201).send(await openNonconformingWork(app.db, request.body, request.user!.id)));

  app.get('/api/nonconformities', {
    config: { access: readers },
    schema: { tags: ['quality'], querystring: z.object({ reportId: z.coerce.number().int().positive().optional() }) },
  }, async (request) => {
    let query = app.db.selectFrom('nonconforming_work').selectAll().orderBy('id');
    if (request.query.reportId) query = query.where('report_id', '=', request.query.reportId);
    return query.execute();
  });

  app.post('/api/nonconformities/:id/action', {
    config: { access: qualityStaff },
    schema: {
      tags: ['quality'],
      params: idParams,
      body: z.object({ actionTaken: text(5000), close: z.boolean().default(false) }),
    },
  }, async (request) => recordAction(app.db, request.params.id, request.body, request.user!.id));
};

/** Complaints and nonconforming work, each linked to the report it touches. */
export const qualityRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(complaintRoutes);
  await app.register(nonconformityRoutes);
};
