import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { timelineSchema } from './timeline.schema.js';
import { leadTimeline } from './timeline.service.js';

/** A lead's history in one list. Any member of the workspace, or its API key. */
export const timelineRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/leads/:id/timeline',
    {
      schema: {
        tags: ['leads'],
        summary: 'Everything that happened to a lead, oldest first',
        description:
          'Inquiries, texts (with the gate reason of a blocked or deferred one), consent changes, stage ' +
          'changes, assignments, appointments, notes, handoffs and the assistant paused or resumed.',
        params: idParams,
        response: { 200: timelineSchema, ...errorResponses },
      },
    },
    async (request) => ({
      items: await leadTimeline(ctx, { workspaceId: request.auth.workspaceId, leadId: request.params.id }),
    }),
  );
};
