import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorSchema } from '../http/schemas.js';
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
