import type Stripe from 'stripe';
import type { AppContext } from '../http/context.js';
import { conflict, notFound } from '../platform/errors.js';
import { findBillingAccount, updateBillingAccount } from './plans.repository.js';
import { stripeOf } from './stripe.client.js';
import { meterEventName } from './stripe.names.js';

/**
 * Makes the workspace's Stripe customer and its subscription to the metered prices, once: each request
 * carries an idempotency key derived from the workspace, so a retried job finds what the first made.
 */
export async function setUpStripeCustomer(ctx: AppContext, workspaceId: string): Promise<void> {
  const account = await findBillingAccount(ctx.db, workspaceId);
  if (!account) return;
  const stripe = stripeOf(ctx);
  const customerId =
    account.stripeCustomerId ??
    (
      await stripe.customers.create(
        { metadata: { workspace_id: workspaceId } },
        { idempotencyKey: `customer:${workspaceId}` },
      )
    ).id;
  const prices = Object.values(ctx.config.stripe.prices);
  let subscriptionId = account.stripeSubscriptionId;
  if (!subscriptionId && prices.length > 0) {
    const subscription = await stripe.subscriptions.create(
      {
        customer: customerId,
        items: prices.map((price) => ({ price })),
        metadata: { workspace_id: workspaceId },
      },
      { idempotencyKey: `subscription:${workspaceId}` },
    );
    subscriptionId = subscription.id;
  }
  await updateBillingAccount(ctx.db, workspaceId, {
    stripeCustomerId: customerId,
    stripeSubscriptionId: subscriptionId,
    updatedAt: ctx.clock.now().toISOString(),
  });
}

/** A short-lived link to Stripe's customer portal for the workspace's owner. */
export async function portalLink(ctx: AppContext, workspaceId: string): Promise<string> {
  const account = await findBillingAccount(ctx.db, workspaceId);
  if (!account?.stripeCustomerId) {
    if (!ctx.config.stripe.secretKey)
      throw conflict('Billing through Stripe is not configured', 'stripe_not_configured');
    throw notFound('Stripe customer');
  }
  const session = await stripeOf(ctx).billingPortal.sessions.create({
    customer: account.stripeCustomerId,
    return_url: `${ctx.config.publicUrl}/settings/billing`,
  });
  return session.url;
}

/** Stripe's answer to an identifier it already has: the event was taken by an earlier try. */
function alreadyTaken(error: unknown): boolean {
  const raw = error as { type?: string; code?: string; raw?: { code?: string } };
  return raw?.code === 'resource_already_exists' || raw?.raw?.code === 'resource_already_exists';
}

/**
 * Pushes up to `limit` usage events not yet in Stripe as meter events, oldest first. Each carries the usage
 * event's id as its `identifier`, so Stripe counts it once however often a crash or a retry sends it again;
 * an event is marked pushed only after Stripe took it. Units without a metered price are marked and skipped.
 */
export async function pushMeterEvents(
  ctx: AppContext,
  limit = 200,
): Promise<{ pushed: number; more: boolean }> {
  const rows = await ctx.db
    .selectFrom('usageEvents')
    .innerJoin('billingAccounts', 'billingAccounts.workspaceId', 'usageEvents.workspaceId')
    .select([
      'usageEvents.id',
      'usageEvents.workspaceId',
      'usageEvents.unit',
      'usageEvents.quantity',
      'usageEvents.occurredAt',
      'billingAccounts.stripeCustomerId',
    ])
    .where('billingAccounts.stripeCustomerId', 'is not', null)
    .where('usageEvents.meterPushedAt', 'is', null)
    .orderBy('usageEvents.id')
    .limit(limit)
    .execute();
  if (rows.length === 0) return { pushed: 0, more: false };
  const stripe = stripeOf(ctx);
  const metered = ctx.config.stripe.prices;
  let pushed = 0;
  for (const row of rows) {
    if (metered[row.unit] && row.stripeCustomerId) {
      await sendMeterEvent(stripe, {
        event_name: meterEventName(row.unit),
        identifier: row.id,
        timestamp: Math.floor(Date.parse(row.occurredAt) / 1000),
        payload: { stripe_customer_id: row.stripeCustomerId, value: String(row.quantity) },
      });
      pushed += 1;
    }
    await ctx.db
      .updateTable('usageEvents')
      .set({ meterPushedAt: ctx.clock.now().toISOString() })
      .where('workspaceId', '=', row.workspaceId)
      .where('id', '=', row.id)
      .execute();
  }
  return { pushed, more: rows.length === limit };
}

async function sendMeterEvent(stripe: Stripe, params: Stripe.Billing.MeterEventCreateParams): Promise<void> {
  try {
    await stripe.billing.meterEvents.create(params, { idempotencyKey: `meter:${params.identifier}` });
  } catch (error) {
    if (!alreadyTaken(error)) throw error;
  }
}

/**
 * Charges the workspace's saved card for its wallet's recharge amount, once per recharge number; the wallet
 * is credited when Stripe says the payment succeeded.
 */
export async function chargeWalletRecharge(
  ctx: AppContext,
  props: { workspaceId: string; seq: number },
): Promise<{ amountMicros: number; paymentId: string } | null> {
  const account = await findBillingAccount(ctx.db, props.workspaceId);
  if (!account?.stripeCustomerId || !account.rechargeAmountMicros || account.mode !== 'wallet') return null;
  if (account.rechargeSeq !== props.seq) return null;
  const stripe = stripeOf(ctx);
  const customer = await stripe.customers.retrieve(account.stripeCustomerId);
  const method =
    'deleted' in customer && customer.deleted ? null : customer.invoice_settings?.default_payment_method;
  const amountMicros = Number(account.rechargeAmountMicros);
  const intent = await stripe.paymentIntents.create(
    {
      amount: Math.round(amountMicros / 10_000),
      currency: account.currency.toLowerCase(),
      customer: account.stripeCustomerId,
      ...(typeof method === 'string' && { payment_method: method }),
      off_session: true,
      confirm: true,
      metadata: { workspace_id: props.workspaceId, purpose: 'wallet_recharge' },
    },
    { idempotencyKey: `recharge:${props.workspaceId}:${props.seq}` },
  );
  return intent.status === 'succeeded' ? { amountMicros, paymentId: intent.id } : null;
}
