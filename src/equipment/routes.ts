import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getDriver } from '../../drivers/index.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import { invalidInput, notFound } from '../errors.ts';
import { calibrationStatus } from './calibration-status.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

export const equipmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/instruments', {
    config: { access: ['analyst', 'supervisor', 'technical_manager', 'auditor', 'admin', 'receiver'] },
    schema: { tags: ['equipment'] },
  }, async () => {
    const instruments = await app.db.selectFrom('instruments').selectAll().orderBy('code').execute();
    return Promise.all(instruments.map(async (i) => ({
      ...i,
      calibration: await calibrationStatus(app.db, i.id),
      link: app.liveHub.stateOf(i.id) ?? null,
    })));
  });

  app.post('/api/instruments', {
    config: { access: ['admin'] },
    schema: {
      tags: ['equipment'],
      body: z.object({
        code: z.string().trim().min(2).max(50),
        name: z.string().trim().min(2).max(200),
        driver: z.string(),
        port: z.string().max(300).optional(),
        maker: z.string().max(100).optional(),
        model: z.string().max(100).optional(),
        serialNumber: z.string().max(100).optional(),
        location: z.string().max(100).optional(),
      }),
    },
  }, async (request, reply) => {
    const body = request.body;
    if (!getDriver(body.driver)) throw invalidInput('driver', `unknown driver "${body.driver}"; run \`jitu drivers\` for the ids`);
    const row = await app.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('instruments')
        .values({ code: body.code, name: body.name, driver: body.driver, port: body.port ?? null, status: 'in_service', maker: body.maker ?? null, model: body.model ?? null, serial_number: body.serialNumber ?? null, location: body.location ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAuditEvent(trx, { userId: request.user!.id, action: 'instrument.register', entityType: 'instrument', entityId: inserted.id, after: body });
      return inserted;
    });
    return reply.status(201).send({ id: row.id });
  });

  app.post('/api/instruments/:id/calibrations', {
    config: { access: ['admin', 'technical_manager'] },
    schema: {
      tags: ['equipment'],
      params: idParams,
      body: z.object({
        certificateNumber: z.string().trim().min(1).max(100),
        provider: z.string().trim().min(1).max(200),
        calibratedOn: isoDate,
        dueOn: isoDate,
        corrections: z.array(z.object({ nominal: z.string(), correction: z.string(), unit: z.string() })).optional(),
      }),
    },
  }, async (request, reply) => {
    const body = request.body;
    if (body.dueOn <= body.calibratedOn) throw invalidInput('dueOn', 'the due date must come after the calibration date');
    const instrument = await app.db.selectFrom('instruments').select('id').where('id', '=', request.params.id).executeTakeFirst();
    if (!instrument) throw notFound('instrument', request.params.id);
    const row = await app.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('calibrations')
        .values({ instrument_id: instrument.id, certificate_number: body.certificateNumber, provider: body.provider, calibrated_on: body.calibratedOn, due_on: body.dueOn, corrections: body.corrections ? JSON.stringify(body.corrections) : null, recorded_by: request.user!.id, recorded_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAuditEvent(trx, { userId: request.user!.id, action: 'calibration.record', entityType: 'instrument', entityId: instrument.id, after: body });
      return inserted;
    });
    return reply.status(201).send({ id: row.id });
  });
};
