import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { forbidden } from '../platform/errors.js';
import type { RequestAuth } from '../workspaces/auth.types.js';
import {
  type InboxNote,
  listNotificationsFor,
  markNotificationRead,
  type Reader,
} from './notifications.inbox.js';
import { alertReach } from './notifications.reach.js';
import {
  alertReachSchema,
  type notificationSchema,
  notificationsPage,
  notificationsQuery,
} from './notifications.schema.js';

function readerOf(auth: RequestAuth): Reader {
  if (auth.actor.type !== 'user') throw forbidden('Notifications belong to people, not API keys');
  return { workspaceId: auth.workspaceId, userId: auth.actor.userId, role: auth.actor.role };
}

function present({ row, readAt }: InboxNote): z.infer<typeof notificationSchema> {
  return {
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    body: row.body,
    leadId: row.leadId,
    status: row.status,
    createdAt: row.createdAt,
    readAt,
  };
}

/** The dashboard's bell: the notes the team was sent, per person, and whether they can arrive at all. */
export const notificationsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/notifications',
    {
      config: { apiKey: false },
      schema: {
        tags: ['notifications'],
        summary: 'Your notifications, newest first, with how many are unread',
        querystring: notificationsQuery,
        response: { 200: notificationsPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await listNotificationsFor(ctx, readerOf(request.auth), {
        limit: request.query.limit,
        before: request.query.before,
        unreadOnly: request.query.unread === 'true',
      });
      return { ...page, items: page.items.map(present) };
    },
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { apiKey: false },
      schema: {
        tags: ['notifications'],
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await markNotificationRead(ctx, readerOf(request.auth), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/notifications/delivery',
    {
      config: { roles: ['owner', 'admin'] },
      schema: {
        tags: ['notifications'],
        summary: 'Whether hot-lead and handoff alerts can reach anyone, and what to fix when not',
        response: { 200: alertReachSchema, ...errorResponses },
      },
    },
    async (request) => alertReach(ctx, request.auth.workspaceId),
  );
};
