import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { errorResponses, errorSchema } from '../../http/schemas.js';
import { enqueue } from '../../jobs/jobs.service.js';
import { MINUTE } from '../../platform/clock.js';
import { badRequest, forbidden, tooManyRequests } from '../../platform/errors.js';
import { fubPersonJob } from '../integrations.jobs.js';
import { hashToken, looksLikeToken } from '../tokens.js';
import { FUB_SIGNATURE_HEADER, validFubSignature } from './fub.client.js';
import { findFubConnectionByToken } from './fub.repository.js';
import {
  connectFubBody,
  fubConnected,
  fubTestResult,
  fubTokenParams,
  fubView,
  fubWebhookBody,
  updateFubBody,
} from './fub.schema.js';
import {
  connectFub,
  disconnectFub,
  FUB_WEBHOOK_EVENTS,
  fubCredentialsOf,
  getFubConnection,
  testFub,
  updateFub,
} from './fub.service.js';

const managers = ['owner', 'admin'] as const;
const tags = ['integrations'];
const changes = { roles: managers, apiKey: false };
const PATH = '/integrations/follow-up-boss';

/** The Follow Up Boss connection of the workspace. */
export const fubRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    PATH,
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'The Follow Up Boss connection',
        response: { 200: fubView, ...errorResponses },
      },
    },
    (request) => getFubConnection(ctx, request.auth.workspaceId),
  );

  app.put(
    PATH,
    {
      config: changes,
      schema: {
        tags,
        summary: 'Connect Follow Up Boss (the key is checked); the webhook URL is in this answer only',
        body: connectFubBody,
        response: { 200: fubConnected, ...errorResponses },
      },
    },
    (request) =>
      connectFub(ctx, {
        workspaceId: request.auth.workspaceId,
        body: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.patch(
    PATH,
    {
      config: changes,
      schema: {
        tags,
        summary: 'Change the connection: stage mapping, consent, enabled, keys',
        body: updateFubBody,
        response: { 200: fubView, ...errorResponses },
      },
    },
    (request) =>
      updateFub(ctx, {
        workspaceId: request.auth.workspaceId,
        body: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.delete(
    PATH,
    {
      config: changes,
      schema: { tags, summary: 'Disconnect Follow Up Boss', response: { 204: z.null(), ...errorResponses } },
    },
    async (request, reply) => {
      await disconnectFub(ctx, {
        workspaceId: request.auth.workspaceId,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${PATH}/test`,
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'Try the stored key against Follow Up Boss now',
        response: { 200: fubTestResult, ...errorResponses },
      },
    },
    (request) => testFub(ctx, request.auth.workspaceId),
  );
};

/**
 * Where Follow Up Boss posts its webhooks: the token in the URL names the workspace, FUB-Signature (made
 * with the X-System-Key) proves the sender, and each person named is fetched by a job of its own.
 */
export const fubWebhookRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 1_048_576 }, (_request, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/webhooks/follow-up-boss/:token',
      {
        config: {
          // Per address and secret URL: a burst of people updates passes, one sender cannot flood the queue.
          rateLimit: {
            max: ctx.config.webhookRateLimitPerMinute,
            timeWindow: MINUTE,
            keyGenerator: (request: FastifyRequest) =>
              `fub:${request.ip}:${(request.params as { token?: string } | undefined)?.token ?? ''}`,
            errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
              tooManyRequests('Too many posts to this address', Math.max(1, Math.ceil(context.ttl / 1000))),
          },
        },
        schema: {
          tags: ['webhooks'],
          security: [],
          summary: 'Follow Up Boss webhooks (peopleCreated, peopleUpdated, peopleStageUpdated)',
          params: fubTokenParams,
          body: z.string(),
          response: {
            200: z.object({ received: z.number().int() }),
            400: errorSchema,
            403: errorSchema,
            404: errorSchema,
            413: errorSchema,
            429: errorSchema,
          },
        },
      },
      async (request) => {
        const { token } = request.params;
        const connection = looksLikeToken(token)
          ? await findFubConnectionByToken(ctx.db, hashToken(token))
          : undefined;
        if (!connection) throw forbidden('Unknown webhook address', 'unknown_token');
        const header = request.headers[FUB_SIGNATURE_HEADER];
        const signature = Array.isArray(header) ? header[0] : header;
        if (!validFubSignature(fubCredentialsOf(ctx, connection).systemKey, request.body, signature))
          throw forbidden('The signature does not match', 'bad_signature');
        let json: unknown;
        try {
          json = JSON.parse(request.body);
        } catch {
          throw badRequest('The body is not JSON');
        }
        const parsed = fubWebhookBody.safeParse(json);
        if (!parsed.success) throw badRequest('Not a Follow Up Boss webhook');
        const { eventId, event, resourceIds } = parsed.data;
        if (!(FUB_WEBHOOK_EVENTS as readonly string[]).includes(event)) return { received: 0 };
        const { workspaceId } = connection;
        await ctx.db.transaction().execute(async (trx) => {
          for (const id of resourceIds) {
            const personId = String(id);
            await enqueue(
              trx,
              fubPersonJob.job(
                { workspaceId, personId, event, rateLimited: 0 },
                { uniqueKey: `fub-person:${workspaceId}:${eventId}:${personId}` },
              ),
              ctx.clock,
            );
          }
        });
        return { received: resourceIds.length };
      },
    );
  });
};
