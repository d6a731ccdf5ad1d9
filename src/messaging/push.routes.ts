import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { forbidden } from '../platform/errors.js';
import type { RequestAuth } from '../workspaces/auth.types.js';
import { pushKeySchema, pushSubscriptionBody, pushSubscriptionSchema } from './push.schema.js';
import {
  listPushSubscriptions,
  subscribeToPush,
  toPushSubscriptionView,
  unsubscribeFromPush,
} from './push.service.js';

function person(auth: RequestAuth): { workspaceId: string; userId: string } {
  if (auth.actor.type !== 'user') throw forbidden('Push alerts belong to people, not API keys');
  return { workspaceId: auth.workspaceId, userId: auth.actor.userId };
}

/** Web Push: the key a browser subscribes with, and the browsers that receive the signed-in user's alerts. */
export const pushRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/push/key',
    {
      config: { apiKey: false },
      schema: { tags: ['push'], response: { 200: pushKeySchema, ...errorResponses } },
    },
    async () => ({ publicKey: ctx.config.push.vapidPublicKey }),
  );

  app.get(
    '/push/subscriptions',
    {
      config: { apiKey: false },
      schema: {
        tags: ['push'],
        summary: 'Your browsers that receive push alerts',
        response: { 200: z.object({ items: z.array(pushSubscriptionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listPushSubscriptions(ctx, person(request.auth))).map(toPushSubscriptionView),
    }),
  );

  app.post(
    '/push/subscriptions',
    {
      config: { apiKey: false },
      schema: {
        tags: ['push'],
        summary: "Send your alerts to this browser: the body is the browser's PushSubscription JSON",
        body: pushSubscriptionBody,
        response: { 201: pushSubscriptionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await subscribeToPush(ctx, { ...person(request.auth), subscription: request.body });
      return reply.status(201).send(toPushSubscriptionView(row));
    },
  );

  app.delete(
    '/push/subscriptions/:id',
    {
      config: { apiKey: false },
      schema: { tags: ['push'], params: idParams, response: { 204: z.null(), ...errorResponses } },
    },
    async (request, reply) => {
      await unsubscribeFromPush(ctx, { ...person(request.auth), id: request.params.id });
      return reply.status(204).send(null);
    },
  );
};
