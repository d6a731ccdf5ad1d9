import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { setAssistantPaused } from './assistant.service.js';
import { conversationSettingsPatch, conversationSettingsSchema } from './conversation.settings.js';
import { getConversationSettings, updateConversationSettings } from './conversation-settings.service.js';
import { knowledgeRoutes } from './knowledge/knowledge.routes.js';
import { possibleOptOutRoutes } from './possible-opt-out.routes.js';
import { scriptPreviewRoutes } from './script-preview.routes.js';

const assistantBody = z.strictObject({
  paused: z
    .boolean()
    .describe('true: the assistant stays silent on this lead; false: it takes the conversation back'),
});

const assistantState = z.object({
  conversationId: z.string(),
  paused: z.boolean(),
  pausedReason: z.string().nullable(),
});

/** Everything under /api/v1 that the conversations module owns. */
export const conversationsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(knowledgeRoutes, { ctx });
  await app.register(possibleOptOutRoutes, { ctx });
  await app.register(scriptPreviewRoutes, { ctx });

  app.post(
    '/leads/:id/assistant',
    {
      schema: {
        tags: ['conversations'],
        summary: 'Pause or resume the assistant on a lead',
        description:
          'An agent texting the lead pauses it too, and so does a handoff. Only this call resumes it; a lead ' +
          'that was handed off is engaged again.',
        params: idParams,
        body: assistantBody,
        response: { 200: assistantState, ...errorResponses },
      },
    },
    async (request) =>
      setAssistantPaused(ctx, {
        workspaceId: request.auth.workspaceId,
        leadId: request.params.id,
        paused: request.body.paused,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.get(
    '/conversation/settings',
    {
      schema: {
        tags: ['conversations'],
        summary:
          'The assistant: name, qualification script, handoff rules and follow-ups, with defaults filled in',
        response: { 200: conversationSettingsSchema, ...errorResponses },
      },
    },
    async (request) => getConversationSettings(ctx, request.auth.workspaceId),
  );

  app.patch(
    '/conversation/settings',
    {
      config: { roles: ['owner', 'admin'], apiKey: false },
      schema: {
        tags: ['conversations'],
        body: conversationSettingsPatch,
        response: { 200: conversationSettingsSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateConversationSettings(ctx, {
        workspaceId: request.auth.workspaceId,
        patch: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );
};
