import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAuditEvent } from '../audit/chain.ts';
import { JituError, notFound, wrongState } from '../errors.ts';
import { INSTRUMENT_STATUSES } from './instrument-status.ts';
import { decimal, EQUIPMENT_MANAGERS, idParams, isoDate, LAB_STAFF, reason } from './schemas.ts';
import './tables.ts';

export const ACCESSORY_KINDS = ['reference-weight', 'buffer', 'reference-rubber', 'abradant-paper', 'wavelength-standard', 'other'] as const;

/** Accessories: reference weights, buffers, reference rubber, abradant paper lots and other standards. */
export const accessoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/accessories', {
    config: { access: LAB_STAFF },
    schema: { tags: ['equipment'], summary: 'Every accessory, by code' },
  }, async () => app.db.selectFrom('equipment_accessories').selectAll().orderBy('code').execute());

  app.post('/api/accessories', {
    config: { access: EQUIPMENT_MANAGERS },
    schema: {
      tags: ['equipment'],
      summary: 'Register an accessory; dueOn is its recalibration or expiry date',
      body: z.object({
        code: z.string().trim().min(2).max(50),
        name: z.string().trim().min(2).max(200),
        kind: z.enum(ACCESSORY_KINDS),
        maker: z.string().trim().max(100).optional(),
        lotOrSerial: z.string().trim().max(100).optional(),
        nominalValue: decimal.optional(),
        unit: z.string().trim().max(20).optional(),
        certificateNumber: z.string().trim().max(100).optional(),
        dueOn: isoDate.optional(),
        location: z.string().trim().max(100).optional(),
      }),
    },
  }, async (request, reply) => {
    const body = request.body;
    const row = await app.db.transaction().execute(async (trx) => {
      const taken = await trx.selectFrom('equipment_accessories').select('id').where('code', '=', body.code).executeTakeFirst();
      if (taken) throw new JituError('CONFLICT', { detail: `accessory code "${body.code}" is already registered` }, 'code');
      const inserted = await trx
        .insertInto('equipment_accessories')
        .values({
          code: body.code, name: body.name, kind: body.kind, maker: body.maker ?? null, lot_or_serial: body.lotOrSerial ?? null,
          nominal_value: body.nominalValue ?? null, unit: body.unit ?? null, certificate_number: body.certificateNumber ?? null,
          due_on: body.dueOn ?? null, location: body.location ?? null, status: 'in_service', registered_by: request.user!.id, registered_at: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAuditEvent(trx, { userId: request.user!.id, action: 'accessory.register', entityType: 'accessory', entityId: inserted.id, after: body });
      return inserted;
    });
    return reply.status(201).send({ id: row.id });
  });

  app.post('/api/accessories/:id/status', {
    config: { access: EQUIPMENT_MANAGERS },
    schema: { tags: ['equipment'], summary: 'Put an accessory in or out of service, with a reason', params: idParams, body: z.object({ status: z.enum(INSTRUMENT_STATUSES), reason }) },
  }, async (request) => app.db.transaction().execute(async (trx) => {
    const accessory = await trx.selectFrom('equipment_accessories').select(['id', 'code', 'status']).where('id', '=', request.params.id).executeTakeFirst();
    if (!accessory) throw notFound('accessory', request.params.id);
    if (accessory.status === request.body.status) throw wrongState('accessory', accessory.code, accessory.status, INSTRUMENT_STATUSES.filter((s) => s !== accessory.status));
    await trx.updateTable('equipment_accessories').set({ status: request.body.status }).where('id', '=', accessory.id).execute();
    await appendAuditEvent(trx, { userId: request.user!.id, action: 'accessory.status', entityType: 'accessory', entityId: accessory.id, before: { status: accessory.status }, after: request.body });
    return { id: accessory.id, status: request.body.status };
  }));
};
