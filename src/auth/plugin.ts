import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { JituError } from '../errors.ts';
import { PUBLIC, type Role, type RouteAccess } from './roles.ts';
import { resolveSession } from './sessions.ts';
import { loadUserSummary, type UserSummary } from './users.ts';

export const SESSION_COOKIE = 'jitu_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Roles allowed to call the route, or PUBLIC. Every route must state it. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    user: UserSummary | null;
  }
}

// Routes registered by plugins that serve documentation only.
const DOCUMENTATION_PREFIX = '/docs';

function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return request.cookies?.[SESSION_COOKIE];
}

/** Ensures the caller holds one of the roles; throws 401 or 403 otherwise. */
export function requireRole(request: FastifyRequest, allowed: readonly Role[]): UserSummary {
  const user = request.user;
  if (!user) throw new JituError('AUTH_REQUIRED');
  if (!user.roles.some((role) => allowed.includes(role))) {
    throw new JituError('ROLE_FORBIDDEN', { roles: user.roles.join(', ') || '-', required: allowed.join(', ') });
  }
  return user;
}

async function authenticate(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const access = request.routeOptions.config.access;
  const token = tokenOf(request);
  const userId = token ? await resolveSession(request.server.db, token) : undefined;
  request.user = userId === undefined ? null : ((await loadUserSummary(request.server.db, userId)) ?? null);
  if (access === undefined) {
    if (request.routeOptions.url?.startsWith(DOCUMENTATION_PREFIX)) return;
    if (request.routeOptions.url === undefined) return; // 404: no route matched
    throw new Error(`route ${request.routeOptions.url} states no access roles`);
  }
  if (access !== PUBLIC) requireRole(request, access);
}

/** Resolves the caller on every request and enforces each route's `config.access`. */
export const authPlugin = fp(
  async (app) => {
    app.decorateRequest('user', null);
    app.addHook('onRoute', (route) => {
      if (route.url.startsWith(DOCUMENTATION_PREFIX)) return;
      if (!route.config?.access) throw new Error(`route ${route.method} ${route.url} must state config.access`);
    });
    app.addHook('onRequest', authenticate);
  },
  { name: 'jitu-auth', dependencies: ['jitu-database', '@fastify/cookie'] },
);
