import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import { messagingSettingsPatch, messagingSettingsSchema } from './messaging.settings.js';
import { getMessagingSettings, updateMessagingSettings } from './messaging-settings.service.js';
import { phoneNumbersRoutes } from './phone-numbers.routes.js';
import { sandboxRoutes } from './sandbox.routes.js';
import { twilioAccountsRoutes } from './twilio-accounts.routes.js';

/** Everything under /api/v1 that the messaging module owns (its webhooks live outside /api/v1). */
export const messagingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(phoneNumbersRoutes, { ctx });
  await app.register(sandboxRoutes, { ctx });
  await app.register(twilioAccountsRoutes, { ctx });

  app.get(
    '/messaging/settings',
    {
      schema: {
        tags: ['messaging'],
        summary: 'Templates, quiet hours, caps and agent notifications, with defaults filled in',
        response: { 200: messagingSettingsSchema, ...errorResponses },
      },
    },
    async (request) => getMessagingSettings(ctx, request.auth.workspaceId),
  );

  app.patch(
    '/messaging/settings',
    {
      config: { roles: ['owner', 'admin'], apiKey: false },
      schema: {
        tags: ['messaging'],
        body: messagingSettingsPatch,
        response: { 200: messagingSettingsSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateMessagingSettings(ctx, {
        workspaceId: request.auth.workspaceId,
        patch: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );
};
