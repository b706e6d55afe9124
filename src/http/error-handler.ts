import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { formatMessage, JituError } from '../errors.ts';
import { languageOf } from './language.ts';

export interface ErrorBody {
  error: string;
  message: string;
  field?: string;
}

function validationBody(error: FastifyError, request: FastifyRequest): ErrorBody {
  const issues = hasZodFastifySchemaValidationErrors(error) ? error.validation : [];
  const first = issues[0];
  const where = error.validationContext ?? 'body';
  const path = first?.instancePath?.replace(/^\//, '').replace(/\//g, '.') ?? '';
  const field = path ? `${where}.${path}` : where;
  const detail = first?.message ?? error.message;
  const message = formatMessage('INVALID_INPUT', { field, detail }, languageOf(request));
  return { error: 'INVALID_INPUT', message, field };
}

/** Maps every error to a status and a body with a stable code, in the caller's language. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof JituError) {
    const body: ErrorBody = { error: error.code, message: formatMessage(error.code, error.params, languageOf(request)) };
    if (error.field) body.field = error.field;
    return reply.status(error.status).send(body);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return reply.status(400).send(validationBody(error, request));
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, url: request.url }, 'response failed its schema');
    return reply.status(500).send({ error: 'INTERNAL', message: 'Internal error' });
  }
  const status = error.statusCode ?? 500;
  if (status < 500) {
    return reply.status(status).send({ error: error.code ?? 'BAD_REQUEST', message: error.message });
  }
  request.log.error({ err: error, url: request.url }, 'request failed');
  return reply.status(500).send({ error: 'INTERNAL', message: 'Internal error' });
}
