import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { authPlugin } from './auth/plugin.ts';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { databasePlugin } from './db/plugin.ts';
import { InstrumentLinks } from './equipment/instrument-links.ts';
import { handleError } from './http/error-handler.ts';
import { routes } from './routes.ts';
import { liveHubPlugin } from './testing/live-hub.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    instrumentLinks: InstrumentLinks;
  }
}

export interface AppOptions {
  config: Config;
  db: Db;
  logger?: FastifyServerOptions['logger'];
}

/** Builds the service with every plugin and route; the caller listens or injects. */
export async function buildApp({ config, db, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 2 * 1024 * 1024 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorate('config', config);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Jitu', description: 'LIMS of the BPIPI footwear testing laboratory', version: '0.1.0' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(websocket, { options: { maxPayload: 1024 * 1024 } });
  await app.register(databasePlugin, { db });
  await app.register(authPlugin);
  await app.register(liveHubPlugin);
  app.decorate('instrumentLinks', new InstrumentLinks(db, app.liveHub, app.log));
  app.addHook('onClose', async () => app.instrumentLinks.closeAll());
  await app.register(routes);
  return app;
}
