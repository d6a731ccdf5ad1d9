import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { operatorBillingRoutes } from './operator-billing.routes.js';
import { plansRoutes } from './plans.routes.js';
import { stripeWebhookRoutes } from './stripe-webhooks.routes.js';

/** Plans, wallets and invoices under /api/v1 (the workspace's own and the operator's), and Stripe's webhook. */
export const billingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(plansRoutes, { prefix: '/api/v1', ctx });
  await app.register(operatorBillingRoutes, { prefix: '/api/v1', ctx });
  await app.register(stripeWebhookRoutes, { ctx });
};
