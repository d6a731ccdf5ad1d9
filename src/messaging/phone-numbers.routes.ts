import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { rowToPhoneNumber } from './messaging.presenters.js';
import { addPhoneNumberBody, phoneNumberSchema } from './messaging.schema.js';
import { addPhoneNumber, listWorkspaceNumbers, removePhoneNumber } from './phone-numbers.service.js';

const managers = ['owner', 'admin'] as const;

export const phoneNumbersRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/phone-numbers',
    {
      config: { roles: managers },
      schema: {
        tags: ['messaging'],
        response: { 200: z.object({ items: z.array(phoneNumberSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listWorkspaceNumbers(ctx, request.auth.workspaceId)).map(rowToPhoneNumber),
    }),
  );

  app.post(
    '/phone-numbers',
    {
      config: { roles: managers, apiKey: false },
      schema: {
        tags: ['messaging'],
        body: addPhoneNumberBody,
        response: { 201: phoneNumberSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await addPhoneNumber(ctx, {
        ...request.body,
        provider: request.body.provider ?? ctx.sms.kind,
        workspaceId: request.auth.workspaceId,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(201).send(rowToPhoneNumber(row));
    },
  );

  app.delete(
    '/phone-numbers/:id',
    {
      config: { roles: managers, apiKey: false },
      schema: { tags: ['messaging'], params: idParams, response: { 204: z.null(), ...errorResponses } },
    },
    async (request, reply) => {
      await removePhoneNumber(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.id,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );
};
