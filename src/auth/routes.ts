import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JituError } from '../errors.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { SESSION_COOKIE } from './plugin.ts';
import { ROLES } from './roles.ts';
import { closeSession, openSession } from './sessions.ts';
import { createUser, loadUserSummary } from './users.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  // The hash of a random password, checked when the username is unknown so
  // that a wrong username takes as long as a wrong password.
  const decoyHash = await hashPassword(randomUUID());

  app.post('/api/auth/login', {
    config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }) },
  }, async (request, reply) => {
    const { username, password } = request.body;
    const user = await app.db.selectFrom('users').select(['id', 'password_hash', 'active']).where('username', '=', username).executeTakeFirst();
    const ok = await verifyPassword(password, user?.password_hash ?? decoyHash);
    if (!user || !ok || user.active !== 1) {
      request.log.warn({ username }, 'login failed');
      throw new JituError('LOGIN_FAILED');
    }
    const session = await openSession(app.db, user.id);
    reply.setCookie(SESSION_COOKIE, session.token, { path: '/', httpOnly: true, sameSite: 'strict', expires: new Date(session.expiresAt) });
    request.log.info({ userId: user.id }, 'login');
    return { token: session.token, expiresAt: session.expiresAt, user: await loadUserSummary(app.db, user.id) };
  });

  app.post('/api/auth/logout', {
    config: { access: [...ROLES] },
    schema: { tags: ['auth'] },
  }, async (request, reply) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : request.cookies[SESSION_COOKIE];
    if (token) await closeSession(app.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', {
    config: { access: [...ROLES] },
    schema: { tags: ['auth'] },
  }, async (request) => request.user);

  app.get('/api/users', {
    config: { access: ['admin', 'supervisor', 'technical_manager', 'auditor'] },
    schema: { tags: ['auth'] },
  }, async () => {
    const users = await app.db.selectFrom('users').select(['id', 'username', 'full_name', 'active']).orderBy('id').execute();
    const roles = await app.db.selectFrom('user_roles').selectAll().execute();
    return users.map((u) => ({ ...u, roles: roles.filter((r) => r.user_id === u.id).map((r) => r.role) }));
  });

  app.post('/api/users', {
    config: { access: ['admin'] },
    schema: {
      tags: ['auth'],
      body: z.object({
        username: z.string().regex(/^[a-z0-9._-]{3,40}$/, 'use 3 to 40 lowercase letters, digits, dots, dashes or underscores'),
        fullName: z.string().trim().min(2).max(200),
        password: z.string().min(12, 'use at least 12 characters').max(200),
        roles: z.array(z.enum(ROLES)).min(1),
      }),
    },
  }, async (request, reply) => reply.status(201).send(await createUser(app.db, request.body, request.user!.id)));
};
