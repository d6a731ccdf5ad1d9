import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import { rowToOutboxItem } from './messaging.presenters.js';
import {
  sandboxInboundBody,
  sandboxInboundResponse,
  sandboxNumberResponse,
  sandboxOutboxItem,
  sandboxOutboxQuery,
} from './messaging.schema.js';
import { sandboxNumber, sandboxOutbox, simulateInboundText } from './sandbox.service.js';

/** Try the whole flow with no carrier: text in as a lead, read what would have been sent. */
export const sandboxRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/sandbox/inbound',
    {
      schema: {
        tags: ['sandbox'],
        summary: "Simulate a lead's text (sandbox provider only)",
        body: sandboxInboundBody,
        response: { 201: sandboxInboundResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await simulateInboundText(ctx, {
        workspaceId: request.auth.workspaceId,
        ...request.body,
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/sandbox/outbox',
    {
      schema: {
        tags: ['sandbox'],
        summary: 'Texts the workspace sent or tried to send, oldest first',
        querystring: sandboxOutboxQuery,
        response: { 200: z.object({ items: z.array(sandboxOutboxItem) }), ...errorResponses },
      },
    },
    async (request) => {
      const rows = await sandboxOutbox(ctx, { workspaceId: request.auth.workspaceId, ...request.query });
      return { items: rows.map(rowToOutboxItem) };
    },
  );

  app.get(
    '/sandbox/number',
    {
      schema: {
        tags: ['sandbox'],
        summary: "The workspace's sandbox number: leads text it",
        response: { 200: sandboxNumberResponse, ...errorResponses },
      },
    },
    async (request) => ({ number: await sandboxNumber(ctx, request.auth.workspaceId) }),
  );
};
