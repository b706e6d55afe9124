import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { tariffSchema } from '../quotation.ts';
import { currentInstant } from '../clock.ts';
import { addTariff, listTariffRows } from './tariff-store.ts';

export const tariffRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/tariffs', {
    config: { access: ['receiver', 'admin', 'technical_manager'] },
    schema: { tags: ['reception'], summary: 'PNBP tariffs per method with their effective dates' },
  }, async () => listTariffRows(app.db));

  app.post('/api/tariffs', {
    config: { access: ['admin'] },
    schema: {
      tags: ['reception'],
      summary: 'Add a tariff row; an open-ended row of the same method ends the day before it',
      body: tariffSchema,
    },
  }, async (request, reply) => {
    const id = await addTariff(app.db, request.body, request.user!.id, currentInstant(app.config));
    return reply.status(201).send({ id });
  });
};
