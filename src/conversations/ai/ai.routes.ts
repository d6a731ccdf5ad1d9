import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { errorResponses } from '../../http/schemas.js';
import { MINUTE } from '../../platform/clock.js';
import { tooManyRequests } from '../../platform/errors.js';
import { getWorkspace } from '../../workspaces/workspaces.service.js';
import { aiTestBody, aiTestResponse } from './ai.schema.js';
import { aiSettingsRoutes } from './ai-settings.routes.js';
import { workspaceLlm } from './ai-settings.service.js';
import { testModel } from './test-model.js';

/** Each test is a real, possibly paid, model call: a few a minute per workspace. */
const TESTS_PER_MINUTE = 10;

/** The optional language model, as the settings page sees it. */
export const aiRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(aiSettingsRoutes, { ctx });

  app.post(
    '/ai/test',
    {
      config: {
        roles: ['owner', 'admin'],
        apiKey: false,
        rateLimit: {
          max: TESTS_PER_MINUTE,
          timeWindow: MINUTE,
          // Authentication runs first (an app hook), so the workspace is known here.
          keyGenerator: (request: FastifyRequest) => `ai-test:${request.auth.workspaceId}`,
          errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
            tooManyRequests(
              'Too many model tests; wait a minute',
              Math.max(1, Math.ceil(context.ttl / 1000)),
            ),
        },
      },
      schema: {
        tags: ['ai'],
        summary:
          "Call the workspace's language model once on a sample message: did it work, how fast, what it read",
        body: aiTestBody,
        response: { 200: aiTestResponse, ...errorResponses },
      },
    },
    async (request) => {
      const workspace = await getWorkspace(ctx, request.auth.workspaceId);
      const { config, fetch } = await workspaceLlm(ctx, request.auth.workspaceId);
      return testModel(config, {
        ...(fetch ? { fetch } : {}),
        ...(request.body?.message ? { message: request.body.message } : {}),
        now: ctx.clock.now(),
        tz: workspace.timezone,
        logger: ctx.logger,
      });
    },
  );
};
