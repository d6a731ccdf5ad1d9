import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.js';
import { MINUTE } from '../platform/clock.js';
import { tooManyRequests } from '../platform/errors.js';
import type { TwilioParams } from './twilio-signature.js';

/** A Twilio form body as signed parameters: strings and repeated strings, nothing else. */
export function formParams(body: unknown): TwilioParams {
  if (!body || typeof body !== 'object') return {};
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') params[key] = value;
    else if (Array.isArray(value)) params[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return params;
}

/**
 * The limit of every Twilio webhook, texts and calls alike: counted per Twilio account once the
 * signature holds (Twilio calls from many addresses), generous enough for a burst of replies, call
 * progress and delivery statuses; forged requests are refused before counting.
 */
export function twilioWebhookLimit(ctx: AppContext) {
  return {
    rateLimit: {
      hook: 'preHandler' as const,
      max: ctx.config.webhookRateLimitPerMinute,
      timeWindow: MINUTE,
      keyGenerator: (request: FastifyRequest) => `twilio:${formParams(request.body).AccountSid ?? 'unknown'}`,
      errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
        tooManyRequests(
          'Too many webhook calls for this account',
          Math.max(1, Math.ceil(context.ttl / 1000)),
        ),
    },
  };
}
