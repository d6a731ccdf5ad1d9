import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeStripe, startFakeStripe } from '../../test/fakes/stripe/fake-stripe.js';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildOperator, buildTeam, signIn, type Team } from '../../test/helpers/factories.js';
import { phoneSequence, receiveTextableLead, sandboxText } from '../../test/helpers/messaging.js';
import { fromJson } from '../db/schema.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';

const SECRET_KEY = 'sk_test_fake_status_holds';
const WEBHOOK_SECRET = 'whsec_fake_status_holds';

/** Stripe's `past_due` and `unpaid` hold automated texts like the hard limit, until the status is active. */
describe(`overdue Stripe payments hold automated sends, on ${testDialect()}`, () => {
  let stripe: FakeStripe;
  let t: TestApp;
  let team: Team;
  let customer: string;
  const nextPhone = phoneSequence(8760);

  const drain = () => drainJobs(t.ctx, jobDefinitions, { until: new Date(t.clock.now().getTime() + 60_000) });
  const deliver = async (type: string, object: Record<string, unknown>) => {
    const event = stripe.signEvent(type, { customer, ...object });
    const response = await t.app.inject({
      method: 'POST',
      url: '/webhooks/stripe',
      headers: { 'content-type': 'application/json', 'stripe-signature': event.signature },
      payload: event.body,
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  const outbound = (leadId: string) =>
    t.ctx.db
      .selectFrom('messages')
      .select(['kind', 'status', 'gateReason'])
      .where('workspaceId', '=', team.workspace.id)
      .where('leadId', '=', leadId)
      .where('direction', '=', 'outbound')
      .orderBy('createdAt')
      .execute();
  const held = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/billing', headers: asApiKey(team.key.secret) })).json<{
      held: boolean;
      status: string;
    }>();

  beforeAll(async () => {
    stripe = await startFakeStripe({ secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET });
    t = await buildTestApp({
      now: '2026-02-10T16:00:00.000Z',
      env: {
        STRIPE_SECRET_KEY: SECRET_KEY,
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_API_BASE_URL: stripe.url,
        STRIPE_PRICES: 'lead_received=price_leads',
      },
    });
    team = await buildTeam(t);
    const op = await buildOperator(t.ctx);
    const operator = asSession(await signIn(t.app, op.user.email, op.password));
    const set = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/operator/workspaces/${team.workspace.id}/billing`,
      headers: operator,
      payload: { mode: 'plan', unitPrices: { lead_received: 10_000 }, hardLimitMicros: null },
    });
    expect(set.statusCode, set.body).toBe(200);
    await drain();
    customer = [...stripe.customers.keys()][0] as string;
  });
  afterAll(async () => {
    await t.close();
    await stripe.close();
  });

  it('past_due holds first responses with billing_limit, STOP is still answered, invoice.paid sends them', async () => {
    await deliver('invoice.payment_failed', { object: 'invoice', id: 'in_overdue_1' });
    expect(await held()).toMatchObject({ held: true, status: 'past_due' });

    const stopPhone = nextPhone();
    const waiting = await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    const stopping = await receiveTextableLead(t.ctx, team.workspace.id, stopPhone);
    await drain();
    expect(await outbound(waiting.leadId)).toEqual([
      { kind: 'first_response', status: 'deferred', gateReason: 'billing_limit' },
    ]);
    const decision = await t.ctx.db
      .selectFrom('gateDecisions')
      .select('details')
      .where('workspaceId', '=', team.workspace.id)
      .where('reason', '=', 'billing_limit')
      .executeTakeFirstOrThrow();
    expect(fromJson(decision.details)).toMatchObject({ billingStatus: 'past_due' });

    await sandboxText(t, team.key.secret, stopPhone, 'STOP');
    await drain();
    expect((await outbound(stopping.leadId)).find((m) => m.kind === 'keyword_reply')?.status).toBe('sent');

    await deliver('invoice.paid', { object: 'invoice', id: 'in_overdue_1' });
    expect(await held()).toMatchObject({ held: false, status: 'active' });
    await drain();
    expect(await outbound(waiting.leadId)).toEqual([
      { kind: 'first_response', status: 'sent', gateReason: 'allowed' },
    ]);
    // The lead who opted out meanwhile is not texted: the gate, asked again, blocks it.
    expect((await outbound(stopping.leadId)).find((m) => m.kind === 'first_response')?.status).toBe(
      'blocked',
    );
  });

  it('unpaid holds until the subscription is active again; a canceled one does not hold by itself', async () => {
    await deliver('customer.subscription.updated', { object: 'subscription', status: 'unpaid' });
    const lead = await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    await drain();
    expect((await outbound(lead.leadId))[0]).toMatchObject({
      status: 'deferred',
      gateReason: 'billing_limit',
    });

    await deliver('customer.subscription.updated', { object: 'subscription', status: 'active' });
    await drain();
    expect((await outbound(lead.leadId))[0]).toMatchObject({ status: 'sent' });

    await deliver('customer.subscription.deleted', { object: 'subscription', status: 'canceled' });
    const after = await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    await drain();
    expect((await outbound(after.leadId))[0]).toMatchObject({ status: 'sent' });
  });
});
