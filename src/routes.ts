import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMethods } from '../methods/index.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { ROLES } from './auth/roles.ts';
import { equipmentRoutes } from './equipment/routes.ts';
import { qualityRoutes } from './quality/routes.ts';
import { receptionRoutes } from './reception/routes.ts';
import { reportRoutes } from './reports/routes.ts';
import { reviewRoutes } from './review/routes.ts';
import { staffRoutes } from './staff/routes.ts';
import { serviceRoutes } from './services/routes.ts';
import { testingRoutes } from './testing/routes.ts';
import { webRoutes } from './web/routes.ts';

const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', {
    config: { access: 'public' },
    schema: { tags: ['service'], response: { 200: z.object({ status: z.literal('ok'), database: z.literal('ok') }) } },
  }, async () => {
    await app.db.selectFrom('users').select('id').limit(1).execute();
    return { status: 'ok' as const, database: 'ok' as const };
  });

  app.get('/api/methods', {
    config: { access: [...ROLES] },
    schema: { tags: ['methods'] },
  }, async () =>
    listMethods().map(({ calculate: _calculate, ...definition }) => definition));
};

/** Registers every route of the service, grouped by what the laboratory does. */
export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(catalogueRoutes);
  await app.register(authRoutes);
  await app.register(receptionRoutes);
  await app.register(testingRoutes);
  await app.register(reviewRoutes);
  await app.register(reportRoutes);
  await app.register(equipmentRoutes);
  await app.register(staffRoutes);
  await app.register(auditRoutes);
  await app.register(qualityRoutes);
  await app.register(serviceRoutes);
  await app.register(webRoutes);
};
