import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import type { SuppressionRow } from './consent.table.js';
import {
  addDoNotContactBody,
  type DoNotContactEntry,
  doNotContactEntry,
  doNotContactQuery,
  importDoNotContactBody,
  importDoNotContactResponse,
} from './do-not-contact.schema.js';
import {
  addDoNotContactEntry,
  importDoNotContact,
  listDoNotContact,
  removeFromDoNotContact,
} from './do-not-contact.service.js';

function rowToEntry(row: SuppressionRow): DoNotContactEntry {
  return {
    id: row.id,
    kind: row.kind,
    display: row.display,
    reason: row.reason,
    note: row.note,
    createdAt: row.createdAt,
  };
}

/**
 * The workspace's do-not-contact list. Anyone on the team may add to it (a person asks an agent on the
 * phone); taking someone off is for owners and admins, signed in.
 */
export const doNotContactRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Fastify parses text/plain itself; a CSV file is read the same way.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.get(
    '/do-not-contact',
    {
      schema: {
        tags: ['consent'],
        summary: 'Numbers and addresses never to contact, newest first',
        querystring: doNotContactQuery,
        response: { 200: z.object({ items: z.array(doNotContactEntry) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listDoNotContact(ctx, { workspaceId: request.auth.workspaceId, ...request.query })).map(
        rowToEntry,
      ),
    }),
  );

  app.post(
    '/do-not-contact',
    {
      schema: {
        tags: ['consent'],
        body: addDoNotContactBody,
        response: { 200: doNotContactEntry, 201: doNotContactEntry, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { phone, email, note } = request.body;
      const { entry, created } = await addDoNotContactEntry(ctx, {
        workspaceId: request.auth.workspaceId,
        ...(phone
          ? { kind: 'phone' as const, value: phone }
          : { kind: 'email' as const, value: email ?? '' }),
        note,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(created ? 201 : 200).send(rowToEntry(entry));
    },
  );

  app.post(
    '/do-not-contact/import',
    {
      schema: {
        tags: ['consent'],
        summary: 'Add one phone or email per line, from text/csv or text/plain',
        body: importDoNotContactBody,
        response: { 200: importDoNotContactResponse, ...errorResponses },
      },
    },
    async (request) =>
      importDoNotContact(ctx, {
        workspaceId: request.auth.workspaceId,
        text: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.delete(
    '/do-not-contact/:id',
    {
      config: { roles: ['owner', 'admin'], apiKey: false },
      schema: { tags: ['consent'], params: idParams, response: { 204: z.null(), ...errorResponses } },
    },
    async (request, reply) => {
      await removeFromDoNotContact(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.id,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );
};
