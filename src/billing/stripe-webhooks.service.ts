import type Stripe from 'stripe';
import type { AppContext } from '../http/context.js';
import type { BillingStatus } from '../jobs/billing-account.table.js';
import { badRequest, notFound } from '../platform/errors.js';
import { audit } from '../workspaces/audit.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { releaseBillingHolds } from './billing-holds.js';
import { findBillingAccountByCustomer, updateBillingAccount } from './plans.repository.js';
import { stripeOf } from './stripe.client.js';

/** Verifies Stripe's signature with the SDK (a forged or stale post is a 400) and answers the event. */
export function verifyStripeEvent(
  ctx: AppContext,
  body: string,
  signature: string | undefined,
): Stripe.Event {
  const secret = ctx.config.stripe.webhookSecret;
  if (!secret || !ctx.config.stripe.secretKey) throw notFound('Route');
  if (!signature) throw badRequest('Missing Stripe-Signature', undefined, 'bad_signature');
  try {
    return stripeOf(ctx).webhooks.constructEvent(body, signature, secret);
  } catch {
    throw badRequest('The signature does not match', undefined, 'bad_signature');
  }
}

const SUBSCRIPTION_STATUS: Record<string, BillingStatus> = {
  active: 'active',
  trialing: 'active',
  past_due: 'past_due',
  unpaid: 'unpaid',
  canceled: 'canceled',
  incomplete_expired: 'canceled',
};

function statusFor(event: Stripe.Event): BillingStatus | null {
  switch (event.type) {
    case 'invoice.paid':
      return 'active';
    case 'invoice.payment_failed':
      return 'past_due';
    case 'customer.subscription.updated':
      return SUBSCRIPTION_STATUS[event.data.object.status] ?? null;
    case 'customer.subscription.deleted':
      return 'canceled';
    default:
      return null;
  }
}

function customerOf(event: Stripe.Event): string | null {
  const customer = (event.data.object as { customer?: string | { id: string } | null }).customer;
  if (!customer) return null;
  return typeof customer === 'string' ? customer : customer.id;
}

/**
 * Moves the workspace's billing status as Stripe reports its invoices and subscription. Each event once,
 * by its id: Stripe retries a delivery until it gets a 2xx. `past_due` and `unpaid` hold automated sends
 * (gate reason `billing_limit`); back to a status that does not, the held texts are released.
 */
export async function handleStripeEvent(ctx: AppContext, event: Stripe.Event): Promise<{ handled: boolean }> {
  const status = statusFor(event);
  const customer = customerOf(event);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const account = customer ? await findBillingAccountByCustomer(trx, customer) : undefined;
    const first = await trx
      .insertInto('stripeEvents')
      .values({
        id: event.id,
        type: event.type,
        workspaceId: account?.workspaceId ?? null,
        receivedAt: now.toISOString(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!first || !status || !account) return { handled: false };
    if (account.status === status) return { handled: true };
    await updateBillingAccount(trx, account.workspaceId, { status, updatedAt: now.toISOString() });
    await audit(trx, {
      workspaceId: account.workspaceId,
      actor: { type: 'system', id: null },
      action: 'billing.status_changed',
      target: { type: 'workspace', id: account.workspaceId },
      details: { from: account.status, to: status, stripeEvent: event.type, stripeEventId: event.id },
      at: now,
    });
    const workspace = await findWorkspace(trx, account.workspaceId);
    if (workspace) {
      const release = { workspaceId: workspace.id, zone: workspace.timezone, at: now };
      await releaseBillingHolds(trx, ctx, release);
    }
    return { handled: true };
  });
}
