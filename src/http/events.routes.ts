import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestAuth } from '../workspaces/auth.types.js';
import { credentialLapse, type LapseReason } from '../workspaces/credential-standing.js';
import type { Role } from '../workspaces/workspaces.table.js';
import type { AppContext } from './context.js';
import {
  defaultEventsOptions,
  EventHub,
  type EventsOptions,
  type StreamAccess,
  type StreamEvent,
  type Subscription,
} from './events.service.js';
import { errorResponses, instantSchema } from './schemas.js';

const eventId = instantSchema.describe('The id of the last event received: the stream resumes after it');

const eventsHeaders = z.object({ 'last-event-id': eventId.optional() });
const eventsQuery = z.strictObject({
  lastEventId: eventId
    .optional()
    .describe('The same as the Last-Event-ID header, for clients that cannot set it'),
});

/** One event in the text/event-stream framing; the id is the change's time, so a resumed stream replays after it. */
export function frame(event: StreamEvent): string {
  return `id: ${event.at}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/** The last frame of a stream whose credential lapsed: the client should not reconnect with it. */
export const revokedFrame = (reason: LapseReason): string =>
  `event: revoked\ndata: ${JSON.stringify({ reason })}\n\n`;

function streamAccess(ctx: AppContext, auth: RequestAuth, roles: readonly Role[] | undefined): StreamAccess {
  const { actor } = auth;
  return {
    key: actor.type === 'api_key' ? `key:${actor.apiKeyId}` : `session:${actor.sessionId}`,
    check: () => credentialLapse(ctx, { auth, roles }),
  };
}

/**
 * `GET /events`: the workspace's changes as Server-Sent Events, for a signed-in member or an API key.
 * Options (poll interval, ping interval, stream cap) are the plugin's, so tests can shorten them.
 */
export const eventsRoutes: FastifyPluginAsyncZod<{
  ctx: AppContext;
  events?: Partial<EventsOptions>;
}> = async (app, { ctx, events }) => {
  const hub = new EventHub(ctx, { ...defaultEventsOptions, ...events });
  // Open streams would hold the server open; they end before it closes.
  app.addHook('preClose', async () => hub.close());

  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: "Live changes to the workspace's leads, messages, conversations and appointments (SSE)",
        description:
          'A `text/event-stream`. Events: `lead` {leadId, change: created|updated}, `message` {messageId, ' +
          'leadId, direction, status}, `conversation` {leadId, assistantPaused, needsHuman}, `appointment` ' +
          '{appointmentId, leadId, change, status}, and `resync` {} when a resumed stream missed too much. ' +
          'Each event has an `id:`; reconnecting with Last-Event-ID resumes after it. A `: ping` comment ' +
          'every 15 seconds keeps proxies from closing an idle stream. The credential is checked again before ' +
          'each batch and each ping: once the key is revoked, the session ends, or the user is removed or no ' +
          'longer has a role the route allows, a last `revoked` {reason} event is sent and the stream ends. ' +
          '429 when the workspace has too many open.',
        headers: eventsHeaders,
        querystring: eventsQuery,
        response: { 200: z.string().describe('text/event-stream'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const workspaceId = request.auth.workspaceId;
      const lastEventAt = request.headers['last-event-id'] ?? request.query.lastEventId;
      hub.assertRoom(workspaceId);

      const raw = reply.raw;
      reply.hijack();
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      raw.write('retry: 3000\n\n');

      let closed = false;
      const write = (text: string) => {
        if (!raw.writableEnded) raw.write(text);
      };
      const end = (lapse?: LapseReason) => {
        if (lapse) write(revokedFrame(lapse));
        if (!raw.writableEnded) raw.end();
      };
      let subscription: Subscription;
      try {
        subscription = await hub.subscribe({
          workspaceId,
          lastEventAt: lastEventAt ? new Date(lastEventAt).toISOString() : undefined,
          access: streamAccess(ctx, request.auth, request.routeOptions.config.roles),
          send: (event) => write(frame(event)),
          ping: () => write(': ping\n\n'),
          end,
        });
      } catch (error) {
        // The headers are gone already: end the stream, and the client reconnects.
        request.log.error({ category: 'events', err: error }, 'could not open the event stream');
        end();
        return;
      }
      const stop = () => {
        if (closed) return;
        closed = true;
        subscription.close();
      };
      raw.on('close', stop);
      if (raw.destroyed) stop();
    },
  );
};
