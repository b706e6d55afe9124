import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

/** Browser modules served from node_modules under /vendor, by the name the import map uses. */
const VENDOR_FILES: Record<string, string> = {
  'preact.mjs': fileURLToPath(import.meta.resolve('preact')),
  'hooks.mjs': fileURLToPath(import.meta.resolve('preact/hooks')),
  'htm.mjs': fileURLToPath(import.meta.resolve('htm')),
};

const assetSchema = { hide: true, params: z.object({ '*': z.string().max(200) }) };

/**
 * Serves the web app: the page at `/`, its modules and styles under `/web/`
 * and the two browser libraries under `/vendor/`. The assets are public; every
 * API call the page makes carries the session cookie and is checked there.
 */
export const webRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyStatic, { root: PUBLIC_DIR, serve: false });

  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.sendFile('index.html'));

  app.get('/web/*', { config: { access: 'public' }, schema: assetSchema }, async (request, reply) =>
    reply.sendFile(request.params['*']));

  app.get('/vendor/:file', {
    config: { access: 'public' },
    schema: { hide: true, params: z.object({ file: z.enum(Object.keys(VENDOR_FILES) as [string, ...string[]]) }) },
  }, async (request, reply) => {
    const path = VENDOR_FILES[request.params.file]!;
    return reply.sendFile(path.slice(dirname(path).length + 1), dirname(path));
  });
};
