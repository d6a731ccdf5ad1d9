import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildOperator, buildTeam, signIn, type Team } from '../../test/helpers/factories.js';
import { phoneSequence, receiveTextableLead } from '../../test/helpers/messaging.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';

/** A prepaid wallet at 0.01 a lead: drawn down with each lead, automated texts wait when it is empty. */
describe(`prepaid wallet, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let operator: Record<string, string>;
  const nextPhone = phoneSequence(8400);

  const firstResponse = async (leadId: string) =>
    t.ctx.db
      .selectFrom('messages')
      .select(['status', 'gateReason'])
      .where('workspaceId', '=', team.workspace.id)
      .where('leadId', '=', leadId)
      .where('kind', '=', 'first_response')
      .executeTakeFirstOrThrow();
  const credit = (amountMicros: number) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${team.workspace.id}/billing/wallet/credit`,
      headers: operator,
      payload: { amountMicros },
    });

  beforeAll(async () => {
    t = await buildTestApp({ now: '2026-03-10T16:00:00.000Z' });
    team = await buildTeam(t);
    const op = await buildOperator(t.ctx);
    operator = asSession(await signIn(t.app, op.user.email, op.password));
    const set = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/operator/workspaces/${team.workspace.id}/billing`,
      headers: operator,
      payload: { mode: 'wallet', unitPrices: { lead_received: 10_000 }, rechargeThresholdMicros: 5_000 },
    });
    expect(set.statusCode, set.body).toBe(200);
  });
  afterAll(() => t.close());

  it('draws the wallet down by each unit in the transaction that records it', async () => {
    expect((await credit(15_000)).json()).toMatchObject({ walletBalanceMicros: 15_000, held: false });
    const lead = await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    expect(await firstResponse(lead.leadId)).toEqual({ status: 'sent', gateReason: 'allowed' });
    const view = await t.app.inject({
      method: 'GET',
      url: '/api/v1/billing',
      headers: asApiKey(team.key.secret),
    });
    expect(view.json()).toMatchObject({ mode: 'wallet', walletBalanceMicros: 5_000, held: false });
    // A retried cause records nothing more and charges nothing more.
    const again = await t.ctx.db
      .selectFrom('usageEvents')
      .select('idempotencyKey')
      .where('workspaceId', '=', team.workspace.id)
      .where('unit', '=', 'lead_received')
      .execute();
    expect(again).toHaveLength(1);
  });

  it('out of credit, automated texts wait with billing_limit; a top-up sends them', async () => {
    const lead = await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    expect(await firstResponse(lead.leadId)).toEqual({ status: 'deferred', gateReason: 'billing_limit' });
    const kinds = await t.ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('workspaceId', '=', team.workspace.id)
      .where('kind', 'like', 'billing_%')
      .execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual(['billing_wallet_empty', 'billing_wallet_low']);

    const topped = await credit(20_000);
    expect(topped.json()).toMatchObject({ walletBalanceMicros: 15_000, held: false });
    await drainJobs(t.ctx, jobDefinitions);
    expect(await firstResponse(lead.leadId)).toEqual({ status: 'sent', gateReason: 'allowed' });
  });

  it('a plan cannot be topped up, and workspace members cannot credit', async () => {
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${team.workspace.id}/billing/wallet/credit`,
      headers: asSession(team.owner.session),
      payload: { amountMicros: 1_000_000 },
    });
    expect(denied.statusCode).toBe(403);
    const other = await buildTeam(t);
    const none = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${other.workspace.id}/billing/wallet/credit`,
      headers: operator,
      payload: { amountMicros: 1_000 },
    });
    expect(none.statusCode).toBe(404);
  });
});
