import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { formatMessage, JituError } from '../errors.ts';
import { languageOf } from './language.ts';

export interface ErrorBody {
  error: string;
  message: string;
  field?: string;
}

interface Issue {
  path: (string | number)[];
  message: string;
  errors?: Issue[][] | undefined;
}

/**
 * Finds the issue to report. For a union, zod reports only "Invalid input"
 * at the union itself, so this descends into the alternative with the fewest
 * issues, which is the one the client most likely meant.
 */
function pickIssue(issue: Issue, prefix: (string | number)[] = []): Issue {
  const path = [...prefix, ...issue.path];
  const branches = (issue.errors ?? []).filter((branch) => branch.length > 0);
  if (branches.length === 0) return { ...issue, path };
  const closest = branches.reduce((best, branch) => (branch.length < best.length ? branch : best));
  return pickIssue(closest[0]!, path);
}

function validationBody(error: FastifyError, request: FastifyRequest): ErrorBody {
  const where = error.validationContext ?? 'body';
  const first = hasZodFastifySchemaValidationErrors(error) ? error.validation[0] : undefined;
  const top: Issue | undefined = first && {
    path: first.instancePath.split('/').filter(Boolean),
    message: first.message ?? error.message,
    errors: (first.params as { errors?: Issue[][] }).errors,
  };
  const issue = top ? pickIssue(top) : undefined;
  const field = issue && issue.path.length ? `${where}.${issue.path.join('.')}` : where;
  const detail = issue?.message ?? error.message;
  const message = formatMessage('INVALID_INPUT', { field, detail }, languageOf(request));
  return { error: 'INVALID_INPUT', message, field };
}

/** Builds the 400 body for a request body the parser could not read (bad JSON, wrong content type, too large). */
function unreadableBody(error: FastifyError, request: FastifyRequest): ErrorBody {
  const message = formatMessage('INVALID_INPUT', { field: 'body', detail: error.message }, languageOf(request));
  return { error: 'INVALID_INPUT', message, field: 'body' };
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
  if (status < 500 && error.code?.startsWith('FST_ERR_CTP')) {
    return reply.status(status).send(unreadableBody(error, request));
  }
  if (status < 500) {
    return reply.status(status).send({ error: error.code ?? 'BAD_REQUEST', message: error.message });
  }
  request.log.error({ err: error, url: request.url }, 'request failed');
  return reply.status(500).send({ error: 'INTERNAL', message: 'Internal error' });
}
