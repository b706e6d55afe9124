import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { getDriver } from '../../drivers/index.ts';
import { parseTarget } from '../../drivers/transport/target.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { invalidInput, JituError, notFound } from '../errors.ts';
import { accessoryRoutes } from './accessory-routes.ts';
import { calibrationRoutes } from './calibration-routes.ts';
import { calibrationStatus } from './calibration-status.ts';
import { checkRoutes } from './check-routes.ts';
import { environmentRoutes } from './environment-routes.ts';
import { maintenanceRoutes } from './maintenance-routes.ts';
import { listReminders } from './reminders.ts';
import { EQUIPMENT_MANAGERS, idParams } from './schemas.ts';

const READERS = ['analyst', 'supervisor', 'technical_manager', 'auditor', 'admin', 'receiver'] as const;

const instrumentFields = {
  name: z.string().trim().min(2).max(200),
  driver: z.string(),
  port: z.string().max(300).superRefine((port, context) => {
    try {
      parseTarget(port);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
  maker: z.string().max(100),
  model: z.string().max(100),
  serialNumber: z.string().max(100),
  location: z.string().max(100),
  kind: z.string().trim().min(2).max(50),
  checkIntervalDays: z.number().int().min(1).max(3650),
};

/** Applies a changed port or driver at once: closes the old link and opens the new one, if any. */
function reopenLink(app: FastifyInstance, instrument: { id: number; code: string; driver: string; port: string | null }): void {
  app.instrumentLinks.close(instrument.id);
  if (instrument.port) app.instrumentLinks.open(instrument);
}

const COLUMNS = {
  name: 'name', driver: 'driver', port: 'port', maker: 'maker', model: 'model', serialNumber: 'serial_number',
  location: 'location', kind: 'kind', checkIntervalDays: 'check_interval_days',
} as const;

function checkDriver(driver: string | undefined): void {
  if (driver !== undefined && !getDriver(driver)) throw invalidInput('driver', `unknown driver "${driver}"; run \`jitu drivers\` for the ids`);
}

/** Describes an instrument's fitness now and its state: in service, due (a record blocks its use) or out of service. */
async function describeInstrument(db: Kysely<Database>, id: number, status: string) {
  const calibration = await calibrationStatus(db, id);
  if (status !== 'in_service') return { state: status, calibration };
  return { state: calibration.usable ? 'in_service' : 'due', calibration };
}

export const equipmentRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(calibrationRoutes);
  await app.register(checkRoutes);
  await app.register(accessoryRoutes);
  await app.register(maintenanceRoutes);
  await app.register(environmentRoutes);

  app.get('/api/instruments', {
    config: { access: [...READERS] },
    schema: { tags: ['equipment'], summary: 'Every instrument with its state, calibration and link' },
  }, async () => {
    const instruments = await app.db.selectFrom('instruments').selectAll().orderBy('code').execute();
    return Promise.all(instruments.map(async (i) => ({
      ...i,
      ...(await describeInstrument(app.db, i.id, i.status)),
      link: app.liveHub.stateOf(i.id) ?? null,
    })));
  });

  app.get('/api/instruments/:id', {
    config: { access: [...READERS] },
    schema: { tags: ['equipment'], params: idParams },
  }, async (request) => {
    const instrument = await app.db.selectFrom('instruments').selectAll().where('id', '=', request.params.id).executeTakeFirst();
    if (!instrument) throw notFound('instrument', request.params.id);
    return { ...instrument, ...(await describeInstrument(app.db, instrument.id, instrument.status)), link: app.liveHub.stateOf(instrument.id) ?? null };
  });

  app.post('/api/instruments', {
    config: { access: ['admin'] },
    schema: {
      tags: ['equipment'],
      body: z.object({
        code: z.string().trim().min(2).max(50),
        name: instrumentFields.name,
        driver: instrumentFields.driver,
        port: instrumentFields.port.optional(),
        maker: instrumentFields.maker.optional(),
        model: instrumentFields.model.optional(),
        serialNumber: instrumentFields.serialNumber.optional(),
        location: instrumentFields.location.optional(),
        kind: instrumentFields.kind.optional(),
        checkIntervalDays: instrumentFields.checkIntervalDays.optional(),
      }),
    },
  }, async (request, reply) => {
    const body = request.body;
    checkDriver(body.driver);
    const row = await app.db.transaction().execute(async (trx) => {
      const taken = await trx.selectFrom('instruments').select('id').where('code', '=', body.code).executeTakeFirst();
      if (taken) throw new JituError('CONFLICT', { detail: `instrument code "${body.code}" is already registered` }, 'code');
      const inserted = await trx
        .insertInto('instruments')
        .values({
          code: body.code, name: body.name, driver: body.driver, port: body.port ?? null, status: 'in_service', maker: body.maker ?? null, model: body.model ?? null,
          serial_number: body.serialNumber ?? null, location: body.location ?? null, kind: body.kind ?? null, check_interval_days: body.checkIntervalDays ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAuditEvent(trx, { userId: request.user!.id, action: 'instrument.register', entityType: 'instrument', entityId: inserted.id, after: body });
      return inserted;
    });
    if (body.port) app.instrumentLinks.open({ id: row.id, code: body.code, driver: body.driver, port: body.port });
    return reply.status(201).send({ id: row.id });
  });

  app.patch('/api/instruments/:id', {
    config: { access: EQUIPMENT_MANAGERS },
    schema: {
      tags: ['equipment'],
      summary: 'Change an instrument\'s details; null clears an optional one (checkIntervalDays: null drops the check requirement)',
      params: idParams,
      body: z.object({
        name: instrumentFields.name.optional(),
        driver: instrumentFields.driver.optional(),
        port: instrumentFields.port.nullable().optional(),
        maker: instrumentFields.maker.nullable().optional(),
        model: instrumentFields.model.nullable().optional(),
        serialNumber: instrumentFields.serialNumber.nullable().optional(),
        location: instrumentFields.location.nullable().optional(),
        kind: instrumentFields.kind.nullable().optional(),
        checkIntervalDays: instrumentFields.checkIntervalDays.nullable().optional(),
      }),
    },
  }, async (request) => {
    const body = request.body;
    checkDriver(body.driver);
    let changes: Record<string, unknown> = {};
    const updated = await app.db.transaction().execute(async (trx) => {
      const instrument = await trx.selectFrom('instruments').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!instrument) throw notFound('instrument', request.params.id);
      changes = {};
      const before: Record<string, unknown> = {};
      for (const [field, column] of Object.entries(COLUMNS)) {
        const value = body[field as keyof typeof body];
        if (value === undefined || value === instrument[column]) continue;
        changes[column] = value;
        before[column] = instrument[column];
      }
      if (Object.keys(changes).length === 0) return instrument;
      await trx.updateTable('instruments').set(changes).where('id', '=', instrument.id).execute();
      await appendAuditEvent(trx, { userId: request.user!.id, action: 'instrument.update', entityType: 'instrument', entityId: instrument.id, before, after: changes });
      return { ...instrument, ...changes };
    });
    if ('port' in changes || 'driver' in changes) reopenLink(app, updated);
    return updated;
  });

  app.get('/api/equipment/reminders', {
    config: { access: EQUIPMENT_MANAGERS },
    schema: {
      tags: ['equipment'],
      summary: 'Calibrations, intermediate checks, accessories and authorisations due within the given days, overdue ones included',
      querystring: z.object({ days: z.coerce.number().int().min(0).max(3650).default(30) }),
    },
  }, async (request) => listReminders(app.db, request.query.days));
};
