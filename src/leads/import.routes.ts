import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, errorSchema } from '../http/schemas.js';
import { AppError, isAppError, payloadTooLarge } from '../platform/errors.js';
import { auditActor } from '../workspaces/audit.service.js';
import { type ImportEvent, importQuery, importResultSchema, parseImportMapping } from './import.schema.js';
import { collectImport, importLeads } from './import.service.js';

/** The most an uploaded CSV may weigh; larger files go through `closing-cloud leads import`. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

const CSV_TYPES = ['text/csv', 'application/csv'];

function csvBody(request: FastifyRequest): NodeJS.ReadableStream {
  const body = request.body;
  if (!(body instanceof Readable)) {
    throw new AppError(415, 'unsupported_media_type', 'Send the file as text/csv');
  }
  // A declared length over the limit is refused before a byte is imported; chunked uploads are counted.
  if (Number(request.headers['content-length'] ?? 0) > IMPORT_MAX_BYTES) {
    throw payloadTooLarge('The file is larger than 20 MB; import it with `closing-cloud leads import`');
  }
  return body;
}

/**
 * Serialises an import as NDJSON, one event a line. Once the first line is out the status is sent, so
 * a later failure (a malformed line further down) is the last line: `{"type":"error",...}`.
 */
async function* ndjson(
  first: IteratorResult<ImportEvent>,
  rest: AsyncIterator<ImportEvent>,
  log: FastifyRequest['log'],
): AsyncGenerator<string> {
  let next = first;
  try {
    while (!next.done) {
      yield `${JSON.stringify(next.value)}\n`;
      next = await rest.next();
    }
  } catch (error) {
    const known = isAppError(error) && error.status < 500;
    if (!known) log.error({ err: error }, 'lead import failed');
    const body = known
      ? { code: error.code, message: error.message, details: error.details }
      : { code: 'internal_error', message: 'Something went wrong on our side; it has been logged' };
    yield `${JSON.stringify({ type: 'error', ...body })}\n`;
  }
}

export const importRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // The upload stays a stream: rows are imported as they arrive and the file is never held whole.
  app.addContentTypeParser(CSV_TYPES, (_request, payload, done) => done(null, payload));

  app.post(
    '/leads/import',
    {
      bodyLimit: IMPORT_MAX_BYTES,
      schema: {
        tags: ['leads'],
        summary: 'Import leads from a CSV file (text/csv, up to 20 MB)',
        description:
          'Columns are matched by header (name, first/last name, phone/mobile/cell, email, source, ' +
          'message/notes, address, city, state, zip, mls, price, type, tags, and sms_consent, consent_text, ' +
          'consent_at, consent_ip, consent_page); `mapping` overrides. Only rows with consent evidence ' +
          '(sms_consent yes, consent_text and consent_at) are texted. With `Accept: application/x-ndjson` ' +
          'the answer streams one JSON object a line: `row` results, a `progress` line every 100 rows, ' +
          'then a `summary` (or an `error` line). Otherwise one JSON document. A malformed file is a 400 ' +
          'naming the line; the rows before it stay imported.',
        querystring: importQuery,
        response: { 200: importResultSchema, ...errorResponses, 413: errorSchema, 415: errorSchema },
      },
    },
    async (request, reply) => {
      const events = importLeads(ctx, {
        workspaceId: request.auth.workspaceId,
        input: csvBody(request),
        mapping: parseImportMapping(request.query.mapping),
        source: request.query.source,
        maxBytes: IMPORT_MAX_BYTES,
        actor: auditActor(request.auth.actor),
        ip: request.ip,
      });
      if (!/application\/x-ndjson/i.test(request.headers.accept ?? '')) return collectImport(events);
      // A bad header row or mapping is still a plain 400: nothing is sent before the first event.
      const first = await events.next();
      // The schema types the JSON answer; this one is a stream of lines, which Fastify sends as it is.
      const stream: FastifyReply = reply.type('application/x-ndjson; charset=utf-8');
      return stream.send(Readable.from(ndjson(first, events, request.log)));
    },
  );
};
