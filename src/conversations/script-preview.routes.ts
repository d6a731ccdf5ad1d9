import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import { getConversationSettings } from './conversation-settings.service.js';
import { previewScript, scriptPreviewBody, scriptPreviewResult } from './script-preview.js';

/** The script editor's "next question" preview: the engine's own choice for a sample profile. */
export const scriptPreviewRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/conversations/script/preview',
    {
      schema: {
        tags: ['conversations'],
        summary: 'The question the assistant would ask next of a lead with these facts',
        description:
          "Runs the qualification script (the workspace's, or a draft) on a sample profile: the next question, " +
          'whether the lead counts as qualified, and whether the hot-lead handoff would take over. Nothing is saved.',
        body: scriptPreviewBody,
        response: { 200: scriptPreviewResult, ...errorResponses },
      },
    },
    async (request) => {
      const { script, hotTimelineMonths, profile, asked } = request.body;
      const saved = await getConversationSettings(ctx, request.auth.workspaceId);
      return previewScript({
        script: script ?? saved.script,
        hotTimelineMonths: hotTimelineMonths ?? saved.handoff.hotTimelineMonths,
        profile,
        asked,
      });
    },
  );
};
