import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAuditEvent } from '../audit/chain.ts';
import { invalidInput, JituError, notFound } from '../errors.ts';
import { jakartaDateOf } from '../reception/calendar/jakarta-time.ts';
import { decimal, EQUIPMENT_MANAGERS, idParams, isoDate, LAB_STAFF } from './schemas.ts';
import './tables.ts';

const correctionPoint = z.object({ nominal: decimal, correction: decimal, unit: z.string().trim().min(1).max(20) });

/** Calibration certificates of instruments, with their correction points. */
export const calibrationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/instruments/:id/calibrations', {
    config: { access: EQUIPMENT_MANAGERS },
    schema: {
      tags: ['equipment'],
      summary: 'Record a calibration certificate; corrections are added to readings near each nominal value',
      params: idParams,
      body: z.object({
        certificateNumber: z.string().trim().min(1).max(100),
        provider: z.string().trim().min(1).max(200),
        calibratedOn: isoDate,
        dueOn: isoDate,
        corrections: z.array(correctionPoint).max(100).optional(),
      }),
    },
  }, async (request, reply) => {
    const body = request.body;
    if (body.dueOn <= body.calibratedOn) throw invalidInput('dueOn', 'the due date must come after the calibration date');
    const instrument = await app.db.selectFrom('instruments').select('id').where('id', '=', request.params.id).executeTakeFirst();
    if (!instrument) throw notFound('instrument', request.params.id);
    if (body.calibratedOn > jakartaDateOf(new Date())) throw invalidInput('calibratedOn', 'the calibration date lies in the future');
    const row = await app.db.transaction().execute(async (trx) => {
      const same = await trx.selectFrom('calibrations').select('id').where('instrument_id', '=', instrument.id).where('certificate_number', '=', body.certificateNumber).executeTakeFirst();
      if (same) throw new JituError('CONFLICT', { detail: `certificate ${body.certificateNumber} is already recorded for this instrument` }, 'certificateNumber');
      const inserted = await trx
        .insertInto('calibrations')
        .values({ instrument_id: instrument.id, certificate_number: body.certificateNumber, provider: body.provider, calibrated_on: body.calibratedOn, due_on: body.dueOn, corrections: null, recorded_by: request.user!.id, recorded_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const point of body.corrections ?? []) {
        await trx.insertInto('calibration_corrections').values({ calibration_id: inserted.id, ...point }).execute();
      }
      await appendAuditEvent(trx, { userId: request.user!.id, action: 'calibration.record', entityType: 'instrument', entityId: instrument.id, after: { calibrationId: inserted.id, ...body } });
      return inserted;
    });
    return reply.status(201).send({ id: row.id });
  });

  app.get('/api/instruments/:id/calibrations', {
    config: { access: LAB_STAFF },
    schema: { tags: ['equipment'], summary: 'Calibration certificates of an instrument, newest first', params: idParams },
  }, async (request) => {
    const calibrations = await app.db
      .selectFrom('calibrations')
      .selectAll()
      .where('instrument_id', '=', request.params.id)
      .orderBy('calibrated_on', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return Promise.all(calibrations.map(async ({ corrections: _legacy, ...c }) => ({
      ...c,
      corrections: await app.db.selectFrom('calibration_corrections').select(['nominal', 'correction', 'unit']).where('calibration_id', '=', c.id).orderBy('id').execute(),
    })));
  });
};
