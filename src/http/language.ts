import type { FastifyRequest } from 'fastify';
import type { Language } from '../errors.ts';

export const LANGUAGE_COOKIE = 'jitu_lang';

/**
 * Picks the language of messages: `?lang=`, then the language cookie, then
 * Accept-Language; Bahasa Indonesia unless English is asked for.
 */
export function languageOf(request: FastifyRequest): Language {
  const query = request.query as Record<string, unknown> | undefined;
  const asked = query?.lang ?? request.cookies?.[LANGUAGE_COOKIE] ?? request.headers['accept-language'];
  return typeof asked === 'string' && asked.trim().toLowerCase().startsWith('en') ? 'en' : 'id';
}
