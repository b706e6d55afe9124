import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAuditEvent } from '../audit/chain.ts';
import { notFound } from '../errors.ts';
import { changeInstrumentStatus, INSTRUMENT_STATUSES } from './instrument-status.ts';
import { idParams, isoDate, LAB_STAFF, reason } from './schemas.ts';
import './tables.ts';

const STATUS_CHANGERS = ['supervisor', 'technical_manager', 'admin'] as const;

/** The maintenance and repair log of instruments, and their service status. */
export const maintenanceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/instruments/:id/status', {
    config: { access: [...STATUS_CHANGERS] },
    schema: { tags: ['equipment'], summary: 'Put an instrument in or out of service, with a reason', params: idParams, body: z.object({ status: z.enum(INSTRUMENT_STATUSES), reason }) },
  }, async (request) => changeInstrumentStatus(app.db, request.params.id, request.body.status, request.body.reason, request.user!.id));

  app.get('/api/instruments/:id/status-history', {
    config: { access: LAB_STAFF },
    schema: { tags: ['equipment'], params: idParams },
  }, async (request) => app.db.selectFrom('instrument_status_changes').selectAll().where('instrument_id', '=', request.params.id).orderBy('changed_at').orderBy('id').execute());

  app.post('/api/instruments/:id/maintenance', {
    config: { access: [...STATUS_CHANGERS] },
    schema: {
      tags: ['equipment'],
      summary: 'Log maintenance, a repair or a breakdown of an instrument',
      params: idParams,
      body: z.object({
        kind: z.enum(['maintenance', 'repair', 'breakdown']),
        performedOn: isoDate,
        performedBy: z.string().trim().min(2).max(200),
        description: z.string().trim().min(3).max(4000),
        outcome: z.string().trim().max(2000).optional(),
      }),
    },
  }, async (request, reply) => {
    const body = request.body;
    const row = await app.db.transaction().execute(async (trx) => {
      const instrument = await trx.selectFrom('instruments').select('id').where('id', '=', request.params.id).executeTakeFirst();
      if (!instrument) throw notFound('instrument', request.params.id);
      const inserted = await trx
        .insertInto('maintenance_records')
        .values({ instrument_id: instrument.id, kind: body.kind, performed_on: body.performedOn, performed_by: body.performedBy, description: body.description, outcome: body.outcome ?? null, recorded_by: request.user!.id, recorded_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAuditEvent(trx, { userId: request.user!.id, action: 'instrument.maintenance', entityType: 'instrument', entityId: instrument.id, after: { recordId: inserted.id, ...body } });
      return inserted;
    });
    return reply.status(201).send({ id: row.id });
  });

  app.get('/api/instruments/:id/maintenance', {
    config: { access: LAB_STAFF },
    schema: { tags: ['equipment'], params: idParams },
  }, async (request) => app.db.selectFrom('maintenance_records').selectAll().where('instrument_id', '=', request.params.id).orderBy('performed_on', 'desc').orderBy('id', 'desc').execute());
};
