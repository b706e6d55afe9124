import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyReport } from './public-verification.ts';
import { renderVerifyForm, renderVerifyPage } from './verify-page.ts';

/** Requests per minute from one address to each public verification route. */
export const VERIFICATION_RATE_LIMIT = 30;

const rateLimit = { max: VERIFICATION_RATE_LIMIT, timeWindow: '1 minute' };

/** Public checks of a printed LHU by its number and QR code; no login. */
export const verificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/public/reports/verify', {
    config: { access: 'public', rateLimit },
    schema: {
      tags: ['public'],
      summary: 'Check that an LHU is genuine and current; needs no login',
      querystring: z.object({ number: z.string().min(1).max(100), code: z.string().min(1).max(100) }),
    },
  }, async (request) => verifyReport(app.db, request.query.number, request.query.code));

  app.get('/verify', {
    config: { access: 'public', rateLimit },
    schema: {
      tags: ['public'],
      summary: 'The page the QR code on an LHU opens: the verification answer as HTML',
      querystring: z.object({ number: z.string().trim().max(100).optional(), code: z.string().trim().max(100).optional() }),
    },
  }, async (request, reply) => {
    const { number, code } = request.query;
    const html = number && code ? renderVerifyPage(await verifyReport(app.db, number, code)) : renderVerifyForm();
    return reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  });
};
