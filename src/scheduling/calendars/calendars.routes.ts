import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { errorResponses } from '../../http/schemas.js';
import { MINUTE } from '../../platform/clock.js';
import { badRequest, isAppError, tooManyRequests } from '../../platform/errors.js';
import {
  agentParams,
  calendarConnectionSchema,
  calendarListSchema,
  connectCalendarBody,
  connectionParams,
  feedParams,
  googleCallbackQuery,
  googleStartQuery,
  issuedFeedSchema,
  rowToConnection,
} from './calendars.schema.js';
import {
  connectCaldavCalendar,
  disconnectCalendar,
  getAgentCalendar,
  listAgentCalendars,
} from './connections.service.js';
import { consentPage } from './consent-page.js';
import { completeGoogleConsent, startGoogleConsent } from './google.connect.js';
import { issueFeed, renderFeed, revokeFeed } from './ics-feed.js';

const tags = ['calendars'];

// Calendar apps poll a feed every few minutes; far more than that from one address is someone guessing.
const feedRateLimit = {
  max: 60,
  timeWindow: MINUTE,
  errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
    tooManyRequests('Too many feed requests; wait a minute', Math.max(1, Math.ceil(context.ttl / 1000))),
};

/** The consent round trip comes back once per connection: a few a minute per address is plenty. */
const callbackRateLimit = {
  max: 30,
  timeWindow: MINUTE,
  errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
    tooManyRequests('Too many attempts; wait a minute', Math.max(1, Math.ceil(context.ttl / 1000))),
};

/** Agents' calendars: connections (CalDAV, Google, the ICS feed), the public feed, Google's consent round trip. */
export const calendarsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/agents/:id/calendars',
    {
      schema: {
        tags,
        summary: "An agent's connected calendars (agents see their own)",
        params: agentParams,
        response: { 200: calendarListSchema, ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listAgentCalendars(ctx, { auth: request.auth, agentId: request.params.id })).map(
        rowToConnection,
      ),
    }),
  );

  app.post(
    '/api/v1/agents/:id/calendars',
    {
      schema: {
        tags,
        summary: 'Connect a CalDAV calendar; the account is checked against the server first',
        params: agentParams,
        body: connectCalendarBody,
        response: { 201: calendarConnectionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { kind: _kind, ...account } = request.body;
      const row = await connectCaldavCalendar(ctx, {
        auth: request.auth,
        agentId: request.params.id,
        account,
        ip: request.ip,
      });
      return reply.status(201).send(rowToConnection(row));
    },
  );

  app.get(
    '/api/v1/agents/:id/calendars/:connectionId',
    {
      schema: {
        tags,
        params: connectionParams,
        response: { 200: calendarConnectionSchema, ...errorResponses },
      },
    },
    async (request) =>
      rowToConnection(
        await getAgentCalendar(ctx, {
          auth: request.auth,
          agentId: request.params.id,
          connectionId: request.params.connectionId,
        }),
      ),
  );

  app.delete(
    '/api/v1/agents/:id/calendars/:connectionId',
    {
      schema: {
        tags,
        summary: 'Disconnect a calendar and forget its credentials',
        params: connectionParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await disconnectCalendar(ctx, {
        auth: request.auth,
        agentId: request.params.id,
        connectionId: request.params.connectionId,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/agents/:id/calendar-feed',
    {
      schema: {
        tags,
        summary: "Issue the agent's private ICS feed URL, or a new one (the old one stops working)",
        params: agentParams,
        response: { 201: issuedFeedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const issued = await issueFeed(ctx, { auth: request.auth, agentId: request.params.id, ip: request.ip });
      return reply.status(201).send({ url: issued.url, connection: rowToConnection(issued.connection) });
    },
  );

  app.delete(
    '/api/v1/agents/:id/calendar-feed',
    {
      schema: {
        tags,
        summary: "Revoke the agent's feed URL",
        params: agentParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeFeed(ctx, { auth: request.auth, agentId: request.params.id, ip: request.ip });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/calendars/google/start',
    {
      schema: {
        tags,
        summary: "Start connecting a Google Calendar: redirects to Google's consent page",
        querystring: googleStartQuery,
        response: { 200: z.object({ url: z.string() }), 302: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { actor } = request.auth;
      const agentId = request.query.agentId ?? (actor.type === 'user' ? actor.userId : undefined);
      if (!agentId) throw badRequest('Name the agent with ?agentId= when calling with an API key');
      const url = await startGoogleConsent(ctx, { auth: request.auth, agentId });
      if (request.query.redirect === 'false') return { url };
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/calendars/google/callback',
    { config: { rateLimit: callbackRateLimit }, schema: { hide: true, querystring: googleCallbackQuery } },
    async (request, reply) => {
      try {
        await completeGoogleConsent(ctx, request.query);
        return reply.type('text/html; charset=utf-8').send(consentPage({ ok: true }));
      } catch (error) {
        if (!isAppError(error)) throw error;
        return reply
          .status(error.status)
          .type('text/html; charset=utf-8')
          .send(consentPage({ ok: false, message: error.message }));
      }
    },
  );

  app.get(
    '/calendars/feed/:token.ics',
    { config: { rateLimit: feedRateLimit }, schema: { hide: true, params: feedParams } },
    async (request, reply) => {
      const body = await renderFeed(ctx, request.params.token);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('referrer-policy', 'no-referrer')
        .send(body);
    },
  );
};
