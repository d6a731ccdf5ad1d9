import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody, isAppError } from '../platform/errors.js';

interface ValidationIssue {
  path: string;
  message: string;
}

function validationIssues(error: FastifyError): ValidationIssue[] {
  return (error.validation ?? []).map((issue) => {
    // Both the zod type provider and Ajv give the failing field as a JSON pointer: "/owner/email".
    const segments = (issue.instancePath ?? '').split('/').filter(Boolean);
    const location = error.validationContext ?? 'body';
    return { path: [location, ...segments].join('.'), message: issue.message ?? 'is invalid' };
  });
}

/** Maps Fastify's own errors (body parsing, limits) to our codes; anything unknown is a 500 that reveals nothing. */
function toAppError(error: FastifyError): AppError {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
    const issues = validationIssues(error);
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    return new AppError(400, 'validation_failed', `The request is not valid: ${summary}`, { issues });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(400, 'malformed_json', 'The request body is not valid JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'payload_too_large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(415, 'unsupported_media_type', 'Send the body as application/json');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(400, 'bad_content_length', 'The Content-Length header does not match the body');
  }
  if (error.statusCode === 429) return new AppError(429, 'rate_limited', 'Too many requests, slow down');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(error.statusCode, 'bad_request', error.message);
  }
  return new AppError(500, 'internal_error', 'Something went wrong on our side; it has been logged');
}

/**
 * Errors the router raises before any route is chosen (a malformed URL, a path parameter too long): the
 * same envelope as every other error, with a message that does not repeat the URL.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const appError =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new AppError(414, 'uri_too_long', 'A part of the address is too long')
      : new AppError(400, 'bad_url', 'The address is malformed');
  reply.status(appError.status).send(appError.toBody());
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      const serialization = isResponseSerializationError(error);
      request.log.error({ err: error, serialization }, 'request failed');
    } else {
      request.log.info({ code: appError.code, status: appError.status }, 'request refused');
    }
    const retryAfter = (appError.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (appError.status === 429 && retryAfter) reply.header('retry-after', String(retryAfter));
    return reply.status(appError.status).send(appError.toBody() satisfies ErrorBody);
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send(
        new AppError(
          404,
          'route_not_found',
          `No route for ${request.method} ${request.url.split('?')[0]}`,
        ).toBody(),
      );
  });
}
