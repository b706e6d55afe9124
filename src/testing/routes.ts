import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../errors.ts';
import { loadParameterWork } from '../web/api/parameter-work.ts';
import { acceptReading } from './accept-reading.ts';
import { assignAnalyst } from './assign.ts';
import { finishConditioning, startConditioning } from './conditioning-records.ts';
import { finishRun, previewRun } from './finish-run.ts';
import { gatewayRoutes } from './gateway-route.ts';
import { startRun } from './start-run.ts';
import { loadWorksheet } from './worksheet.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'use a decimal number such as 12.50');
const runValues = z.record(z.string(), decimal).default({});

// A reading comes either from an instrument (measurementId) or by hand
// (value), never both; a value typed by hand needs a reason.
const readingBody = z
  .object({
    specimen: z.number().int(),
    field: z.string(),
    measurementId: z.number().int().positive().optional(),
    value: decimal.optional(),
    reason: z.string().trim().min(3, 'give a reason of at least 3 characters').optional(),
  })
  .strict()
  .superRefine((body, context) => {
    if ((body.measurementId === undefined) === (body.value === undefined)) {
      context.addIssue({ code: 'custom', path: ['measurementId'], message: 'send either measurementId (from the instrument) or value (typed by hand), not both' });
    }
    if (body.value !== undefined && body.reason === undefined) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'a value typed by hand needs a reason' });
    }
  });

export const testingRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(gatewayRoutes);

  app.post('/api/parameters/:id/assign', {
    config: { access: ['supervisor', 'technical_manager'] },
    schema: { tags: ['testing'], params: idParams, body: z.object({ analystId: z.number().int().positive() }) },
  }, async (request) => assignAnalyst(app.db, request.params.id, request.body.analystId, request.user!.id));

  app.get('/api/worklist', {
    config: { access: ['analyst'] },
    schema: { tags: ['testing'], summary: 'Parameters assigned to the caller, by due date' },
  }, async (request) => {
    return app.db
      .selectFrom('requested_parameters as p')
      .innerJoin('samples as s', 's.id', 'p.sample_id')
      .innerJoin('test_requests as r', 'r.id', 's.request_id')
      .select(['p.id', 'p.method_id', 'p.status', 's.id as sample_id', 's.code as sample_code', 's.description', 'r.number as request_number', 'r.due_date'])
      .where('p.analyst_id', '=', request.user!.id)
      .where('p.status', 'in', ['awaiting_payment', 'ready', 'in_progress'])
      .orderBy('r.due_date')
      .orderBy('p.id')
      .execute();
  });

  app.get('/api/parameters/:id/work', {
    config: { access: ['analyst', 'supervisor', 'technical_manager', 'auditor'] },
    schema: { tags: ['testing'], summary: 'Open run, latest conditioning record and run gates of a parameter', params: idParams },
  }, async (request) => loadParameterWork(app.db, request.params.id));

  app.post('/api/samples/:id/conditioning', {
    config: { access: ['analyst'] },
    schema: {
      tags: ['testing'],
      params: idParams,
      body: z.object({ location: z.string().trim().min(1).max(100), startedAt: z.string().optional() }),
    },
  }, async (request, reply) => reply.status(201).send(await startConditioning(app.db, request.params.id, request.body, request.user!.id)));

  app.post('/api/conditioning/:id/finish', {
    config: { access: ['analyst'] },
    schema: {
      tags: ['testing'],
      params: idParams,
      body: z.object({ finishedAt: z.string().optional(), temperatureC: decimal, humidityPct: decimal }),
    },
  }, async (request) => finishConditioning(app.db, request.params.id, request.body, request.user!.id));

  app.post('/api/runs', {
    config: { access: ['analyst'] },
    schema: { tags: ['testing'], body: z.object({ parameterId: z.number().int().positive(), instrumentId: z.number().int().positive() }) },
  }, async (request, reply) => {
    const run = await startRun(app.db, request.body.parameterId, request.body.instrumentId, request.user!.id);
    request.log.info({ runId: run.id, parameterId: run.parameterId }, 'test run started');
    return reply.status(201).send(run);
  });

  app.get('/api/runs/:id', {
    config: { access: ['analyst', 'supervisor', 'technical_manager', 'auditor'] },
    schema: { tags: ['testing'], params: idParams },
  }, async (request) => loadWorksheet(app.db, request.params.id));

  app.post('/api/runs/:id/readings', {
    config: { access: ['analyst'] },
    schema: {
      tags: ['testing'],
      params: idParams,
      body: readingBody,
    },
  }, async (request, reply) => {
    const { measurementId, value, ...rest } = request.body;
    const input = measurementId === undefined ? { ...rest, value: value!, reason: rest.reason! } : { ...rest, measurementId };
    return reply.status(201).send(await acceptReading(app.db, request.params.id, input, request.user!.id));
  });

  app.post('/api/runs/:id/preview', {
    config: { access: ['analyst', 'supervisor', 'technical_manager'] },
    schema: { tags: ['testing'], params: idParams, body: z.object({ values: runValues }) },
  }, async (request) => previewRun(app.db, request.params.id, request.body.values));

  app.post('/api/runs/:id/finish', {
    config: { access: ['analyst'] },
    schema: { tags: ['testing'], params: idParams, body: z.object({ values: runValues }) },
  }, async (request) => {
    const finished = await finishRun(app.db, request.params.id, request.body.values, request.user!.id);
    request.log.info({ runId: finished.runId, resultId: finished.resultId }, 'test run finished');
    return finished;
  });

  app.get('/api/instruments/:id/measurements', {
    config: { access: ['analyst', 'supervisor', 'technical_manager', 'auditor'] },
    schema: { tags: ['testing'], params: idParams, querystring: z.object({ after: z.coerce.number().int().nonnegative().default(0), limit: z.coerce.number().int().min(1).max(500).default(50) }) },
  }, async (request) => {
    return app.db
      .selectFrom('measurements')
      .selectAll()
      .where('instrument_id', '=', request.params.id)
      .where('id', '>', request.query.after)
      .orderBy('id')
      .limit(request.query.limit)
      .execute();
  });

  app.get('/api/instruments/:id/live', {
    websocket: true,
    config: { access: ['analyst', 'supervisor', 'technical_manager', 'auditor', 'admin'] },
    schema: { tags: ['testing'], params: idParams },
  }, async (socket, request) => {
    const instrument = await app.db.selectFrom('instruments').select('id').where('id', '=', request.params.id).executeTakeFirst();
    if (!instrument) {
      socket.close(4404, notFound('instrument', request.params.id).message);
      return;
    }
    app.liveHub.subscribe(instrument.id, socket);
  });
};
