import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorSchema } from '../http/schemas.js';
import { MINUTE } from '../platform/clock.js';
import { badRequest, forbidden, tooManyRequests, unprocessable } from '../platform/errors.js';
import {
  metaReceipt,
  metaVerifyQuery,
  tokenParams,
  webhookQuery,
  webhookTestResult,
} from './inbound.schema.js';
import { receiveLeadEmail, sourceByToken } from './inbound.service.js';
import { acceptMetaWebhook, verifyMetaSubscription } from './meta/meta.service.js';
import { storeAndRead } from './read-payload.js';
import { ingestResult } from './sources.schema.js';
import { settingsOf } from './sources.service.js';
import { hashToken } from './tokens.js';
import { readWebhookBody } from './webhook/webhook.parse.js';

const tags = ['lead-sources'];
const publicRoute = { tags, security: [] };
const responses = {
  400: errorSchema,
  403: errorSchema,
  404: errorSchema,
  413: errorSchema,
  422: errorSchema,
  429: errorSchema,
};

/** Generous per secret URL, so a burst of leads passes and a leaked URL cannot flood the database. */
function perToken(ctx: AppContext) {
  return {
    rateLimit: {
      max: ctx.config.webhookRateLimitPerMinute,
      timeWindow: MINUTE,
      keyGenerator: (request: FastifyRequest) =>
        `source:${(request.params as { token?: string } | undefined)?.token ?? request.ip}`,
      errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
        tooManyRequests('Too many posts to this address', Math.max(1, Math.ceil(context.ttl / 1000))),
    },
  };
}

/** Bodies kept as the exact text that came: signatures are over it, and the raw payload is stored. */
function keepRawBody(app: FastifyInstance, types: string[], bodyLimit: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(types, { parseAs: 'string', bodyLimit }, (_request, body, done) =>
    done(null, body),
  );
}

function ingestReply(reply: FastifyReply, result: z.infer<typeof ingestResult>) {
  if (result.status === 'failed')
    throw unprocessable(
      'The post was stored but holds no lead we can reach',
      { payloadId: result.payloadId },
      'unreadable_lead',
    );
  return reply.status(200).send(result);
}

/**
 * The public doors of the lead sources. Each finds its source by a secret (the token in the URL,
 * Meta's signature), stores what came, and only then reads it.
 */
export const inboundRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(async (scope) => {
    keepRawBody(
      scope,
      ['message/rfc822', 'text/plain', 'application/octet-stream'],
      ctx.config.leadSources.emailMaxBytes,
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/inbound/email/:token',
      {
        config: perToken(ctx),
        schema: {
          ...publicRoute,
          summary: "A raw lead email (MIME) from a mail provider's inbound webhook",
          params: tokenParams,
          response: { 200: ingestResult, ...responses },
        },
      },
      async (request, reply) => {
        const source = await sourceByToken(ctx, request.params.token, 'email');
        if (typeof request.body !== 'string' || request.body.trim() === '')
          throw badRequest('Post the raw message as message/rfc822', undefined, 'empty_message');
        return reply.send(await receiveLeadEmail(ctx, { source, raw: request.body }));
      },
    );
  });

  await app.register(async (scope) => {
    keepRawBody(scope, ['application/json'], ctx.config.bodyLimitBytes);
    const typed = scope.withTypeProvider<ZodTypeProvider>();
    typed.get(
      '/webhooks/meta',
      {
        config: { rateLimit: { max: 60, timeWindow: MINUTE } },
        schema: {
          ...publicRoute,
          summary: "Meta's webhook subscription check: answers hub.challenge to the workspace's verify token",
          querystring: metaVerifyQuery,
          response: { 200: z.string(), 403: errorSchema, 429: errorSchema },
        },
      },
      async (request, reply) => {
        const query = request.query;
        const ok = await verifyMetaSubscription(ctx, {
          mode: query['hub.mode'],
          verifyToken: query['hub.verify_token'],
        });
        if (!ok || query['hub.challenge'] === undefined)
          throw forbidden('The verify token is not one of a Meta lead source', 'invalid_verify_token');
        return reply.type('text/plain; charset=utf-8').send(query['hub.challenge']);
      },
    );
    typed.post(
      '/webhooks/meta',
      {
        config: {
          rateLimit: { max: ctx.config.webhookRateLimitPerMinute, timeWindow: MINUTE },
        },
        schema: {
          ...publicRoute,
          summary: 'Leads from Meta lead ads (leadgen webhook, signed with X-Hub-Signature-256)',
          response: { 200: metaReceipt, ...responses },
        },
      },
      async (request, reply) => {
        const header = request.headers['x-hub-signature-256'];
        const received = await acceptMetaWebhook(ctx, {
          body: typeof request.body === 'string' ? request.body : '',
          signature: typeof header === 'string' ? header : undefined,
        });
        return reply.send({ received });
      },
    );
    typed.post(
      '/webhooks/google-ads/:token',
      {
        config: perToken(ctx),
        schema: {
          ...publicRoute,
          summary: 'Leads from Google Ads lead forms (webhook with google_key)',
          params: tokenParams,
          response: { 200: ingestResult, ...responses },
        },
      },
      async (request, reply) => {
        const source = await sourceByToken(ctx, request.params.token, 'google_ads');
        const raw = typeof request.body === 'string' ? request.body : '';
        const key = googleKeyOf(raw);
        if (!key || !source.keyHash || hashToken(key) !== source.keyHash)
          throw forbidden('google_key is missing or wrong', 'invalid_google_key');
        return ingestReply(reply, await storeAndRead(ctx, { source, raw, contentType: 'application/json' }));
      },
    );
  });

  app.post(
    '/webhooks/leads/:token',
    {
      config: perToken(ctx),
      schema: {
        ...publicRoute,
        summary: 'Leads from any system (JSON or a form post), read with the saved field mapping',
        params: tokenParams,
        querystring: webhookQuery,
        body: z.unknown(),
        response: { 200: z.union([ingestResult, webhookTestResult]), ...responses },
      },
    },
    async (request, reply) => {
      const source = await sourceByToken(ctx, request.params.token, 'webhook');
      const body = request.body;
      if (request.query.test) {
        const outcome = await readWebhookBody(ctx, source, body);
        const consent = settingsOf(source).consent;
        return reply.send({
          test: true as const,
          ok: outcome.ok,
          reason: outcome.ok ? null : outcome.reason,
          lead: outcome.ok ? { ...outcome.parsed.lead } : null,
          externalId: outcome.ok ? (outcome.parsed.externalId ?? null) : null,
          wouldText: outcome.ok && consent.sms && Boolean(outcome.parsed.lead.phone),
        });
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw badRequest('Post one JSON object or form', undefined, 'invalid_body');
      return ingestReply(
        reply,
        await storeAndRead(ctx, {
          source,
          raw: JSON.stringify(body),
          contentType: request.headers['content-type'] ?? null,
        }),
      );
    },
  );
};

function googleKeyOf(raw: string): string | undefined {
  try {
    const key = (JSON.parse(raw) as { google_key?: unknown } | null)?.google_key;
    return typeof key === 'string' && key.length <= 200 ? key : undefined;
  } catch {
    return undefined;
  }
}
