import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorSchema } from '../http/schemas.js';
import { MINUTE } from '../platform/clock.js';
import { tooManyRequests } from '../platform/errors.js';
import { handleStripeEvent, verifyStripeEvent } from './stripe-webhooks.service.js';

/** Where Stripe posts billing events; the body is read as sent, since the signature covers its bytes. */
export const stripeWebhookRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 1_048_576 }, (_request, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/webhooks/stripe',
      {
        config: {
          // Per address: Stripe's retries and bursts pass, one sender cannot flood the handler.
          rateLimit: {
            max: ctx.config.webhookRateLimitPerMinute,
            timeWindow: MINUTE,
            keyGenerator: (request: FastifyRequest) => `stripe:${request.ip}`,
            errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
              tooManyRequests('Too many posts to this address', Math.max(1, Math.ceil(context.ttl / 1000))),
          },
        },
        schema: {
          tags: ['webhooks'],
          security: [],
          summary: 'Stripe billing events (invoice.paid, invoice.payment_failed, customer.subscription.*)',
          body: z.string(),
          response: {
            200: z.object({ received: z.boolean() }),
            400: errorSchema,
            404: errorSchema,
            413: errorSchema,
            429: errorSchema,
          },
        },
      },
      async (request) => {
        const header = request.headers['stripe-signature'];
        const event = verifyStripeEvent(ctx, request.body, Array.isArray(header) ? header[0] : header);
        await handleStripeEvent(ctx, event);
        return { received: true };
      },
    );
  });
};
