import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { errorResponses } from '../../http/schemas.js';
import { aiSettingsView, putAiSettingsBody } from './ai-settings.schema.js';
import { getAiSettings, putAiSettings } from './ai-settings.service.js';

const managers = ['owner', 'admin'] as const;

/** The workspace's language model; the API key can be set but is never shown. */
export const aiSettingsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/ai/settings',
    {
      config: { roles: managers },
      schema: {
        tags: ['ai'],
        summary: "The language model this workspace's conversations use",
        response: { 200: aiSettingsView, ...errorResponses },
      },
    },
    (request) => getAiSettings(ctx, request.auth.workspaceId),
  );

  app.put(
    '/ai/settings',
    {
      config: { roles: managers, apiKey: false },
      schema: {
        tags: ['ai'],
        summary: "Choose this workspace's language model (the API key is write-only)",
        body: putAiSettingsBody,
        response: { 200: aiSettingsView, ...errorResponses },
      },
    },
    (request) =>
      putAiSettings(ctx, {
        workspaceId: request.auth.workspaceId,
        body: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );
};
