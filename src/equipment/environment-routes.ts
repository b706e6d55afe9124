import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAuditEvent } from '../audit/chain.ts';
import { invalidInput, notFound } from '../errors.ts';
import { loadRoomReadings } from './room-log.ts';
import { decimal, isoTime, LAB_STAFF } from './schemas.ts';
import { pastOrNow } from './times.ts';
import './tables.ts';

const DAY_MS = 86_400_000;

/** The room log of conditioning rooms: posted readings and those of connected thermo-hygrometers. */
export const environmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/environment/readings', {
    config: { access: ['analyst', 'supervisor', 'technical_manager', 'admin'] },
    schema: {
      tags: ['environment'],
      summary: 'Post a room reading read from a thermo-hygrometer that is not connected',
      body: z.object({
        location: z.string().trim().min(1).max(100),
        temperatureC: decimal,
        humidityPct: decimal.optional(),
        measuredAt: isoTime.optional(),
        instrumentId: z.number().int().positive().optional(),
      }),
    },
  }, async (request, reply) => {
    const body = request.body;
    const measuredAt = pastOrNow(body.measuredAt, 'measuredAt');
    const row = await app.db.transaction().execute(async (trx) => {
      if (body.instrumentId !== undefined) {
        const instrument = await trx.selectFrom('instruments').select(['id', 'location']).where('id', '=', body.instrumentId).executeTakeFirst();
        if (!instrument) throw notFound('instrument', body.instrumentId);
        if (instrument.location !== body.location) throw invalidInput('instrumentId', `the instrument is located in "${instrument.location ?? 'no location'}", not "${body.location}"`);
      }
      const values = { location: body.location, instrument_id: body.instrumentId ?? null, temperature_c: body.temperatureC, humidity_pct: body.humidityPct ?? null, measured_at: measuredAt, source: 'posted', recorded_by: request.user!.id, recorded_at: new Date().toISOString() };
      const inserted = await trx.insertInto('room_readings').values(values).returning('id').executeTakeFirstOrThrow();
      await appendAuditEvent(trx, { userId: request.user!.id, action: 'room.reading', entityType: 'room', entityId: body.location, after: { readingId: inserted.id, ...values } });
      return inserted;
    });
    return reply.status(201).send({ id: row.id, measuredAt });
  });

  app.get('/api/environment/readings', {
    config: { access: LAB_STAFF },
    schema: {
      tags: ['environment'],
      summary: 'Room readings of a location between two moments (default: the last 24 hours)',
      querystring: z.object({ location: z.string().trim().min(1).max(100), from: isoTime.optional(), to: isoTime.optional() }),
    },
  }, async (request) => {
    const to = request.query.to ? new Date(request.query.to).toISOString() : new Date().toISOString();
    const from = request.query.from ? new Date(request.query.from).toISOString() : new Date(Date.parse(to) - DAY_MS).toISOString();
    if (from > to) throw invalidInput('from', 'the start lies after the end');
    return loadRoomReadings(app.db, request.query.location, from, to);
  });
};
