import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getDriver } from '../../drivers/index.ts';
import { JituError, notFound } from '../errors.ts';
import { createGatewayKey, listGatewayKeys, resolveGatewayKey, revokeGatewayKey, type GatewayIdentity } from '../gateway/service/keys.ts';
import { serveGateway, type GatewayInstrument } from '../gateway/service/gateway-session.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const instrumentCode = z.string().trim().min(1).max(50);

interface AdmittedGateway {
  identity: GatewayIdentity;
  instrument: GatewayInstrument;
}

const admitted = new WeakMap<FastifyRequest, AdmittedGateway>();

/** Gateway keys for admins, and the websocket a bench PC gateway forwards over. */
export const gatewayRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/gateway-keys', {
    config: { access: ['admin'] },
    schema: {
      tags: ['equipment'],
      summary: 'Create a gateway key bound to instruments; the key is returned this once',
      body: z.object({ name: z.string().trim().min(2).max(100), instruments: z.array(instrumentCode).min(1).max(50) }),
    },
  }, async (request, reply) => {
    const created = await createGatewayKey(app.db, request.body, request.user!.id);
    request.log.info({ gatewayKeyId: created.id, name: created.name, instruments: created.instruments }, 'gateway key created');
    return reply.status(201).send(created);
  });

  app.get('/api/gateway-keys', {
    config: { access: ['admin', 'auditor'] },
    schema: { tags: ['equipment'], summary: 'Gateway keys with their instruments; never the keys themselves' },
  }, async () => listGatewayKeys(app.db));

  app.post('/api/gateway-keys/:id/revoke', {
    config: { access: ['admin'] },
    schema: { tags: ['equipment'], params: idParams },
  }, async (request) => {
    const revoked = await revokeGatewayKey(app.db, request.params.id, request.user!.id);
    request.log.info({ gatewayKeyId: revoked.id, name: revoked.name }, 'gateway key revoked');
    return revoked;
  });

  // Public to the session check: the gateway proves itself with its key in
  // the Authorization header, checked before the websocket upgrade.
  app.get('/api/gateway', {
    websocket: true,
    config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { tags: ['equipment'], summary: 'Websocket of a bench PC gateway (Authorization: Bearer GATEWAY_KEY)', querystring: z.object({ instrument: instrumentCode }) },
    preHandler: async (request) => {
      admitted.set(request, await admitGateway(request, request.query.instrument));
    },
  }, (socket, request) => {
    const gateway = admitted.get(request)!;
    serveGateway(socket, gateway.identity, gateway.instrument, { db: app.db, hub: app.liveHub, log: request.log });
  });
};

async function admitGateway(request: FastifyRequest, code: string): Promise<AdmittedGateway> {
  const header = request.headers.authorization;
  const key = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  const identity = key ? await resolveGatewayKey(request.server.db, key) : undefined;
  if (!identity) {
    request.log.warn({ instrument: code }, 'gateway rejected: unknown or revoked key');
    throw new JituError('GATEWAY_KEY_INVALID');
  }
  const row = await request.server.db.selectFrom('instruments').select(['id', 'code', 'driver']).where('code', '=', code).executeTakeFirst();
  if (!row) throw notFound('instrument', code);
  if (!identity.instrumentIds.includes(row.id)) {
    request.log.warn({ instrument: code, gateway: identity.name }, 'gateway rejected: instrument outside the key scope');
    const allowed = await request.server.db.selectFrom('instruments').select('code').where('id', 'in', identity.instrumentIds).execute();
    throw new JituError('GATEWAY_SCOPE', { name: identity.name, instrument: code, allowed: allowed.map((i) => i.code).join(', ') });
  }
  const driver = getDriver(row.driver);
  if (!driver) throw new JituError('CONFLICT', { detail: `instrument ${code} has driver "${row.driver}", which this service does not know` });
  return { identity, instrument: { id: row.id, code: row.code, driver } };
}
