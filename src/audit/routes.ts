import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toCsv } from './csv.ts';
import { loadSampleTrace } from './trace.ts';
import { traceToCsv } from './trace-csv.ts';
import { verifyRecords } from './verification.ts';

const EVENT_COLUMNS = ['id', 'at', 'user_id', 'user_name', 'action', 'entity_type', 'entity_id', 'before', 'after', 'prev_hash', 'hash'] as const;
const traceReaders = ['auditor', 'technical_manager'] as const;

const eventQuery = (limitMax: number, limitDefault: number) => z.object({
  entityType: z.string().optional(),
  entityId: z.string().optional(),
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(limitMax).default(limitDefault),
});

const codeParams = z.object({ code: z.string().min(1).max(50) });

const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`;

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const listEvents = (query: z.infer<ReturnType<typeof eventQuery>>) => {
    let select = app.db
      .selectFrom('audit_events')
      .leftJoin('users', 'users.id', 'audit_events.user_id')
      .selectAll('audit_events')
      .select('users.full_name as user_name')
      .where('audit_events.id', '>', query.after);
    if (query.entityType) select = select.where('entity_type', '=', query.entityType);
    if (query.entityId) select = select.where('entity_id', '=', query.entityId);
    return select.orderBy('audit_events.id').limit(query.limit).execute();
  };

  app.get('/api/audit/verify', {
    config: { access: ['auditor', 'admin', 'technical_manager'] },
    schema: {
      tags: ['audit'],
      summary: 'Walk the hash chain of the audit trail, check earlier chain heads and compare results and reports with it',
      description: 'Appends the outcome, with the verified chain head, to audit-anchors.jsonl in the data folder.',
    },
  }, async (request) => {
    const result = await verifyRecords(app.db, app.config.dataDir);
    request.log.info({ intact: result.intact, events: result.events, firstBreak: result.firstBreak, mismatch: result.records?.firstMismatch }, 'audit records verified');
    return result;
  });

  app.get('/api/audit/events', {
    config: { access: ['auditor', 'admin'] },
    schema: { tags: ['audit'], querystring: eventQuery(1000, 200) },
  }, async (request) => listEvents(request.query));

  app.get('/api/audit/events.csv', {
    config: { access: ['auditor', 'admin'] },
    schema: { tags: ['audit'], summary: 'Audit events as CSV; page on with after=<last id>', querystring: eventQuery(100_000, 100_000) },
  }, async (request, reply) => {
    const csv = toCsv(EVENT_COLUMNS, await listEvents(request.query));
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', attachment('audit-events.csv')).send(csv);
  });

  app.get('/api/samples/:code/trace', {
    config: { access: traceReaders },
    schema: { tags: ['audit'], summary: 'Everything behind a sample\'s results, from reception to hand-over', params: codeParams },
  }, async (request) => loadSampleTrace(app.db, request.params.code, app.config.dataDir));

  app.get('/api/samples/:code/trace.json', {
    config: { access: traceReaders },
    schema: { tags: ['audit'], summary: 'The sample trace as a JSON download', params: codeParams },
  }, async (request, reply) => {
    const trace = await loadSampleTrace(app.db, request.params.code, app.config.dataDir);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', attachment(`trace-${request.params.code}.json`))
      .send(JSON.stringify(trace, null, 2));
  });

  app.get('/api/samples/:code/trace.csv', {
    config: { access: traceReaders },
    schema: { tags: ['audit'], summary: 'The sample trace as CSV, one row per record and event', params: codeParams },
  }, async (request, reply) => {
    const csv = traceToCsv(await loadSampleTrace(app.db, request.params.code, app.config.dataDir));
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', attachment(`trace-${request.params.code}.csv`))
      .send(csv);
  });
};
