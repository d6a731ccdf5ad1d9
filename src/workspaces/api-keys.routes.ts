import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { createApiKey, listWorkspaceApiKeys, revokeWorkspaceApiKey } from './api-keys.service.js';
import { rowToApiKey } from './workspaces.presenters.js';
import { apiKeySchema, createApiKeyBody, createdApiKeySchema } from './workspaces.schema.js';

// A key cannot mint or revoke keys: a leaked key must not be able to entrench itself.
const policy = { roles: ['owner', 'admin'], apiKey: false } as const;

export const apiKeysRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api-keys',
    {
      config: policy,
      schema: {
        tags: ['api-keys'],
        response: { 200: z.object({ items: z.array(apiKeySchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listWorkspaceApiKeys(ctx, request.auth.workspaceId)).map(rowToApiKey),
    }),
  );

  app.post(
    '/api-keys',
    {
      config: policy,
      schema: {
        tags: ['api-keys'],
        summary: 'Create a key; the secret is in this response only',
        body: createApiKeyBody,
        response: { 201: createdApiKeySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { actor, workspaceId } = request.auth;
      const { apiKey, secret } = await createApiKey(ctx, {
        workspaceId,
        name: request.body.name,
        createdBy: actor.type === 'user' ? actor.userId : null,
        by: actor,
        ip: request.ip,
      });
      return reply.status(201).send({ apiKey: rowToApiKey(apiKey), secret });
    },
  );

  app.delete(
    '/api-keys/:id',
    {
      config: policy,
      schema: {
        tags: ['api-keys'],
        summary: 'Revoke a key; requests with it are refused from now on',
        params: idParams,
        response: { 200: apiKeySchema, ...errorResponses },
      },
    },
    async (request) => {
      const apiKey = await revokeWorkspaceApiKey(ctx, {
        workspaceId: request.auth.workspaceId,
        apiKeyId: request.params.id,
        by: request.auth.actor,
        ip: request.ip,
      });
      return rowToApiKey(apiKey);
    },
  );
};
