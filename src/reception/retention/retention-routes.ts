import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../errors.ts';
import { currentInstant } from '../clock.ts';
import { dispositionFields, idParams } from '../schemas.ts';
import { readSettings, receptionSettingsSchema, updateSettings } from '../settings.ts';
import { listDueForDisposition } from './due-for-disposition.ts';
import { recordDisposition } from './disposition.ts';

export const retentionRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => currentInstant(app.config);

  app.get('/api/reception/settings', {
    config: { access: ['receiver', 'supervisor', 'technical_manager', 'admin'] },
    schema: { tags: ['reception'], summary: 'Sample code scheme and retention period' },
  }, async () => readSettings(app.db));

  app.post('/api/reception/settings', {
    config: { access: ['admin'] },
    schema: { tags: ['reception'], summary: 'Change the sample code scheme or the retention days', body: receptionSettingsSchema.partial() },
  }, async (request) => updateSettings(app.db, request.body, request.user!.id, now()));

  app.get('/api/samples/due-for-disposition', {
    config: { access: ['receiver', 'supervisor', 'technical_manager', 'admin'] },
    schema: { tags: ['reception'], summary: 'Rejected samples not yet returned, and samples past their retention period' },
  }, async () => listDueForDisposition(app.db, now()));

  for (const kind of ['returned', 'disposed'] as const) {
    const path = kind === 'returned' ? 'return' : 'dispose';
    app.post(`/api/samples/:id/${path}`, {
      config: { access: ['receiver', 'supervisor', 'admin'] },
      schema: { tags: ['reception'], summary: kind === 'returned' ? 'Record the return of a sample to the customer' : 'Record the disposal of a sample', params: idParams, body: dispositionFields },
    }, async (request, reply) => {
      const outcome = await app.db.transaction().execute(async (trx) => {
        const sample = await trx.selectFrom('samples').selectAll().where('id', '=', request.params.id).executeTakeFirst();
        if (!sample) throw notFound('sample', request.params.id);
        return recordDisposition(trx, sample, { kind, ...request.body }, request.user!.id, now());
      });
      return reply.status(201).send(outcome);
    });
  }
};
