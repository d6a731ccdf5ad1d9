import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeStripe, startFakeStripe } from '../../test/fakes/stripe/fake-stripe.js';
import { asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildMember, buildOperator, buildTeam, signIn, type Team } from '../../test/helpers/factories.js';
import { phoneSequence, receiveTextableLead } from '../../test/helpers/messaging.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { enqueue } from '../jobs/jobs.service.js';
import { meterPushJob } from './billing.jobs.js';

const SECRET_KEY = 'sk_test_fake_0123456789';
const WEBHOOK_SECRET = 'whsec_fake_0123456789';

/** Billing through the Stripe SDK against a local fake of its REST API and its webhook signatures. */
describe(`Stripe billing, on ${testDialect()}`, () => {
  let stripe: FakeStripe;
  let t: TestApp;
  let team: Team;
  let operator: Record<string, string>;
  const nextPhone = phoneSequence(8700);

  const usageRows = () =>
    t.ctx.db
      .selectFrom('usageEvents')
      .select(['id', 'unit', 'quantity', 'meterPushedAt'])
      .where('workspaceId', '=', team.workspace.id)
      .execute();
  const pushMeters = async () => {
    await enqueue(t.ctx.db, meterPushJob.job({}, { uniqueKey: `push:${Math.random()}` }), t.clock);
    await drainJobs(t.ctx, jobDefinitions, { until: new Date(t.clock.now().getTime() + 3_600_000) });
  };
  const postWebhook = (body: string, signature: string) =>
    t.app.inject({
      method: 'POST',
      url: '/webhooks/stripe',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      payload: body,
    });
  const status = async () =>
    (
      await t.ctx.db
        .selectFrom('billingAccounts')
        .select('status')
        .where('workspaceId', '=', team.workspace.id)
        .executeTakeFirstOrThrow()
    ).status;

  beforeAll(async () => {
    stripe = await startFakeStripe({ secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET });
    t = await buildTestApp({
      env: {
        STRIPE_SECRET_KEY: SECRET_KEY,
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_API_BASE_URL: stripe.url,
        STRIPE_PRICES: 'lead_received=price_leads, sms_segment_out=price_sms',
      },
    });
    team = await buildTeam(t);
    const op = await buildOperator(t.ctx);
    operator = asSession(await signIn(t.app, op.user.email, op.password));
  });
  afterAll(async () => {
    await t.close();
    await stripe.close();
  });

  it('makes one customer and one subscription to the metered prices, however often the job runs', async () => {
    const set = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/operator/workspaces/${team.workspace.id}/billing`,
      headers: operator,
      payload: { mode: 'plan', unitPrices: { lead_received: 10_000 } },
    });
    expect(set.statusCode, set.body).toBe(200);
    stripe.failNext('/v1/subscriptions', 3);
    await drainJobs(t.ctx, jobDefinitions, { until: new Date(t.clock.now().getTime() + 3_600_000) });
    expect(stripe.customers.size).toBe(1);
    expect(stripe.subscriptions.size).toBe(1);
    const [subscription] = [...stripe.subscriptions.values()];
    const items = (subscription?.items as { data: { price: { id: string } }[] } | undefined)?.data.map(
      (i) => i.price.id,
    );
    expect(items?.sort()).toEqual(['price_leads', 'price_sms']);
    const customerCalls = stripe.requests.filter((r) => r.path === '/v1/customers');
    expect(new Set(customerCalls.map((r) => r.idempotencyKey)).size).toBe(1);
  });

  it('pushes each usage event once as a meter event, even when an answer is lost or Stripe fails', async () => {
    for (let i = 0; i < 3; i += 1) await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    stripe.loseMeterAnswers(1);
    await pushMeters();
    stripe.failNext('/v1/billing/meter_events', 10);
    await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    await pushMeters();
    await pushMeters();

    const meterAnswers = stripe.requests
      .filter((r) => r.path === '/v1/billing/meter_events')
      .map((r) => r.status);
    expect(meterAnswers).toContain(500);
    // The lost answer's retry met its own identifier: Stripe's refusal of a repeat counts as taken.
    expect(meterAnswers).toContain(400);
    const rows = await usageRows();
    const metered = rows.filter((r) => r.unit === 'lead_received' || r.unit === 'sms_segment_out');
    expect(rows.every((r) => r.meterPushedAt !== null)).toBe(true);
    const identifiers = stripe.meterEvents.map((e) => e.identifier);
    expect(new Set(identifiers).size).toBe(identifiers.length);
    expect(identifiers.sort()).toEqual(metered.map((r) => r.id).sort());
    const leads = stripe.meterEvents.filter((e) => e.event_name === 'closing_cloud_lead_received');
    expect(leads.reduce((sum, e) => sum + Number(e.payload.value), 0)).toBe(4);
    const customer = [...stripe.customers.keys()][0];
    expect(stripe.meterEvents.every((e) => e.payload.stripe_customer_id === customer)).toBe(true);
  });

  it('recharges a wallet through Stripe when it falls to its threshold, once per recharge', async () => {
    const client = await buildTeam(t);
    const set = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/operator/workspaces/${client.workspace.id}/billing`,
      headers: operator,
      payload: {
        mode: 'wallet',
        unitPrices: { lead_received: 10_000 },
        rechargeThresholdMicros: 10_000,
        rechargeAmountMicros: 5_000_000,
      },
    });
    expect(set.statusCode, set.body).toBe(200);
    await drainJobs(t.ctx, jobDefinitions);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${client.workspace.id}/billing/wallet/credit`,
      headers: operator,
      payload: { amountMicros: 15_000 },
    });
    await receiveTextableLead(t.ctx, client.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    expect(stripe.paymentIntents).toHaveLength(1);
    expect(stripe.paymentIntents[0]).toMatchObject({ amount: 500, currency: 'usd', status: 'succeeded' });
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/operator/workspaces/${client.workspace.id}/billing`,
      headers: operator,
    });
    expect(view.json()).toMatchObject({
      walletBalanceMicros: 5_005_000,
      held: false,
      stripe: { connected: true },
    });
  });

  it('gives owners a customer-portal link, and nobody else', async () => {
    const owner = await t.app.inject({
      method: 'POST',
      url: '/api/v1/billing/portal',
      headers: asSession(team.owner.session),
    });
    expect(owner.statusCode, owner.body).toBe(200);
    expect(owner.json<{ url: string }>().url).toMatch(new RegExp(`^${stripe.url}/p/session/bps_`));
    const admin = await buildMember(t, team.workspace.id, 'admin');
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/v1/billing/portal',
      headers: asSession(admin.session),
    });
    expect(denied.statusCode).toBe(403);
  });

  it('refuses a forged or re-signed webhook with 400, and moves the billing status on real ones', async () => {
    const customer = [...stripe.customers.keys()][0] as string;
    const failed = stripe.signEvent('invoice.payment_failed', { id: 'in_1', object: 'invoice', customer });
    const forged = await postWebhook(failed.body.replace('payment_failed', 'paid'), failed.signature);
    expect(forged.statusCode).toBe(400);
    const unsigned = await postWebhook(failed.body, 't=1,v1=00');
    expect(unsigned.statusCode).toBe(400);
    const stale = stripe.signEvent(
      'invoice.paid',
      { object: 'invoice', customer },
      { at: new Date(Date.now() - 3_600_000) },
    );
    expect((await postWebhook(stale.body, stale.signature)).statusCode).toBe(400);
    expect(await status()).toBe('active');

    expect((await postWebhook(failed.body, failed.signature)).statusCode).toBe(200);
    expect(await status()).toBe('past_due');
    const paid = stripe.signEvent('invoice.paid', { object: 'invoice', customer });
    expect((await postWebhook(paid.body, paid.signature)).statusCode).toBe(200);
    expect(await status()).toBe('active');
    // A redelivered event changes nothing.
    expect((await postWebhook(failed.body, failed.signature)).statusCode).toBe(200);
    expect(await status()).toBe('active');

    const updated = stripe.signEvent('customer.subscription.updated', {
      object: 'subscription',
      customer,
      status: 'unpaid',
    });
    await postWebhook(updated.body, updated.signature);
    expect(await status()).toBe('unpaid');
    const deleted = stripe.signEvent('customer.subscription.deleted', {
      object: 'subscription',
      customer,
      status: 'canceled',
    });
    await postWebhook(deleted.body, deleted.signature);
    expect(await status()).toBe('canceled');
  });
});
