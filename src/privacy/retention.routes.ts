import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import { retentionPatch, retentionResponse } from './retention.schema.js';
import { getRetention, updateRetention } from './retention.service.js';

/** How long the workspace keeps texts, inactive leads and diagnostic records: owners and admins only. */
export const retentionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/privacy/retention',
    {
      config: { roles: ['owner', 'admin'], apiKey: false },
      schema: {
        tags: ['privacy'],
        summary: 'Retention periods, with defaults filled in',
        response: { 200: retentionResponse, ...errorResponses },
      },
    },
    async (request) => getRetention(ctx, request.auth.workspaceId),
  );

  app.patch(
    '/privacy/retention',
    {
      config: { roles: ['owner', 'admin'], apiKey: false },
      schema: {
        tags: ['privacy'],
        summary: 'Change retention periods; null restores a default',
        body: retentionPatch,
        response: { 200: retentionResponse, ...errorResponses },
      },
    },
    async (request) =>
      updateRetention(ctx, {
        workspaceId: request.auth.workspaceId,
        patch: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );
};
