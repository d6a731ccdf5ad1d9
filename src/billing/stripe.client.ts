import Stripe from 'stripe';
import type { AppContext } from '../http/context.js';
import { conflict } from '../platform/errors.js';

const clients = new WeakMap<object, Stripe>();

/** The SDK for this process's key, pointed at STRIPE_API_BASE_URL when set (a local fake in tests). */
export function stripeOf(ctx: AppContext): Stripe {
  const { secretKey, apiBaseUrl } = ctx.config.stripe;
  if (!secretKey) throw conflict('Billing through Stripe is not configured', 'stripe_not_configured');
  const cached = clients.get(ctx.config);
  if (cached) return cached;
  const base = apiBaseUrl ? new URL(apiBaseUrl) : undefined;
  const client = new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    ...(base && {
      host: base.hostname,
      port: base.port || (base.protocol === 'http:' ? 80 : 443),
      protocol: base.protocol === 'http:' ? 'http' : 'https',
    }),
  });
  clients.set(ctx.config, client);
  return client;
}

export const stripeConfigured = (ctx: AppContext): boolean => Boolean(ctx.config.stripe.secretKey);
