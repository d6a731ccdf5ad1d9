import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import { putSmsProviderBody, smsProviderView } from './provider-settings.schema.js';
import {
  getSmsProviderSettings,
  putSmsProviderSettings,
  removeSmsProviderSettings,
} from './provider-settings.service.js';

const managers = ['owner', 'admin'] as const;
const tags = ['messaging'];

/** The workspace's own Twilio account; the auth token can be set but is never shown. */
export const smsProviderRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/messaging/provider',
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: "The SMS provider this workspace's texts go through",
        response: { 200: smsProviderView, ...errorResponses },
      },
    },
    (request) => getSmsProviderSettings(ctx, request.auth.workspaceId),
  );

  app.put(
    '/messaging/provider',
    {
      config: { roles: managers, apiKey: false },
      schema: {
        tags,
        summary: "Send this workspace's texts through its own Twilio account (the token is write-only)",
        body: putSmsProviderBody,
        response: { 200: smsProviderView, ...errorResponses },
      },
    },
    (request) =>
      putSmsProviderSettings(ctx, {
        workspaceId: request.auth.workspaceId,
        body: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.delete(
    '/messaging/provider',
    {
      config: { roles: managers, apiKey: false },
      schema: {
        tags,
        summary: "Forget the workspace's own Twilio account and use the instance's provider",
        response: { 200: smsProviderView, ...errorResponses },
      },
    },
    (request) =>
      removeSmsProviderSettings(ctx, {
        workspaceId: request.auth.workspaceId,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );
};
