import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildOperator, buildTeam, signIn, type Team } from '../../test/helpers/factories.js';
import { phoneSequence, receiveTextableLead, sandboxText } from '../../test/helpers/messaging.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';

/**
 * A plan whose only price is 0.01 a lead received, with a hard limit of 0.02 a month: the second lead
 * reaches the limit, and from then on automated texts wait while STOP's answer and a person's text go.
 */
describe(`plans and hard limits, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let operator: Record<string, string>;
  const nextPhone = phoneSequence(8100);

  const messagesOf = (leadId: string) =>
    t.ctx.db
      .selectFrom('messages')
      .select(['id', 'kind', 'status', 'gateReason', 'direction'])
      .where('workspaceId', '=', team.workspace.id)
      .where('leadId', '=', leadId)
      .where('direction', '=', 'outbound')
      .orderBy('createdAt')
      .execute();
  const setPlan = (hardLimitMicros: number | null) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/operator/workspaces/${team.workspace.id}/billing`,
      headers: operator,
      payload: { mode: 'plan', unitPrices: { lead_received: 10_000 }, markupPercent: 0, hardLimitMicros },
    });

  beforeAll(async () => {
    t = await buildTestApp({ now: '2026-01-31T18:00:00.000Z' });
    team = await buildTeam(t);
    const op = await buildOperator(t.ctx);
    operator = asSession(await signIn(t.app, op.user.email, op.password));
  });
  afterAll(() => t.close());

  it('only an operator sets a plan; the workspace reads its own', async () => {
    const denied = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/operator/workspaces/${team.workspace.id}/billing`,
      headers: asSession(team.owner.session),
      payload: { mode: 'plan' },
    });
    expect(denied.statusCode).toBe(403);
    const set = await setPlan(20_000);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      mode: 'plan',
      hardLimitMicros: 20_000,
      periodChargeMicros: 0,
      held: false,
    });
    const bad = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/operator/workspaces/${team.workspace.id}/billing`,
      headers: operator,
      payload: { mode: 'plan', hardLimitMicros: -5 },
    });
    expect(bad.statusCode).toBe(400);
    const other = await buildTeam(t);
    const peek = await t.app.inject({
      method: 'GET',
      url: `/api/v1/operator/workspaces/${team.workspace.id}/billing`,
      headers: asSession(other.owner.session),
    });
    expect(peek.statusCode).toBe(403);
    const own = await t.app.inject({
      method: 'GET',
      url: '/api/v1/billing',
      headers: asApiKey(other.key.secret),
    });
    expect(own.json()).toMatchObject({ mode: 'none', hardLimitMicros: null });
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/operator/workspaces/${team.workspace.id}/billing`,
      headers: operator,
    });
    expect(read.json()).toMatchObject({ mode: 'plan', hardLimitMicros: 20_000 });
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/operator/workspaces/00000000-0000-7000-8000-000000000000/billing',
      headers: operator,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('holds automated texts with billing_limit at the limit; STOP and a manual text still go; a raise releases', async () => {
    const first = await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    expect((await messagesOf(first.leadId)).map((m) => m.status)).toEqual(['sent']);

    const secondPhone = nextPhone();
    const second = await receiveTextableLead(t.ctx, team.workspace.id, secondPhone);
    await drainJobs(t.ctx, jobDefinitions);
    const held = await messagesOf(second.leadId);
    expect(held.map((m) => [m.kind, m.status, m.gateReason])).toEqual([
      ['first_response', 'deferred', 'billing_limit'],
    ]);

    const view = await t.app.inject({
      method: 'GET',
      url: '/api/v1/billing',
      headers: asApiKey(team.key.secret),
    });
    expect(view.json()).toMatchObject({ periodChargeMicros: 20_000, held: true });

    // Admins are told at 80% and at 100%, once each.
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('workspaceId', '=', team.workspace.id)
      .where('kind', 'like', 'billing_%')
      .execute();
    expect(notes.map((n) => n.kind).sort()).toEqual(['billing_limit_100', 'billing_limit_80']);
    const alerts = await t.app.inject({
      method: 'GET',
      url: '/api/v1/operator/billing/alerts',
      headers: operator,
    });
    expect(
      alerts
        .json<{ items: { level: string }[] }>()
        .items.map((a) => a.level)
        .sort(),
    ).toEqual(['limit_100', 'limit_80']);

    const manual = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${first.leadId}/messages`,
      headers: asSession(team.owner.session),
      payload: { body: 'Hi, this is Sam from the team.' },
    });
    expect(manual.statusCode, manual.body).toBeLessThan(300);
    await sandboxText(t, team.key.secret, secondPhone, 'STOP');
    const afterStop = await messagesOf(second.leadId);
    expect(afterStop.find((m) => m.kind === 'keyword_reply')?.status).toBe('sent');
    expect((await messagesOf(first.leadId)).find((m) => m.kind === 'manual')?.status).toBe('sent');

    const third = await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    expect((await messagesOf(third.leadId))[0]).toMatchObject({
      status: 'deferred',
      gateReason: 'billing_limit',
    });

    const raised = await setPlan(100_000);
    expect(raised.json()).toMatchObject({ held: false, periodChargeMicros: 30_000 });
    await drainJobs(t.ctx, jobDefinitions);
    expect((await messagesOf(third.leadId))[0]?.status).toBe('sent');
    // The opted-out lead's held first response is not sent: the gate, asked again, blocks it.
    expect((await messagesOf(second.leadId)).find((m) => m.kind === 'first_response')?.status).toBe(
      'blocked',
    );
  });

  it('held texts go when the month turns', async () => {
    await setPlan(30_000);
    const lead = await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    const [held] = await messagesOf(lead.leadId);
    expect(held?.gateReason).toBe('billing_limit');
    if (!held) throw new Error('no first response');
    // The month turns at midnight in the workspace's zone; a Sunday's texting hours then hold it to Monday.
    t.clock.set('2026-02-02T16:00:00.000Z');
    await drainJobs(t.ctx, jobDefinitions);
    const reasons = await t.ctx.db
      .selectFrom('gateDecisions')
      .select(['reason', 'deferUntil'])
      .where('messageId', '=', held.id)
      .orderBy('decidedAt')
      .execute();
    expect(reasons[0]).toEqual({ reason: 'billing_limit', deferUntil: '2026-02-01T05:00:00.000Z' });
    expect((await messagesOf(lead.leadId))[0]?.status).toBe('sent');
  });

  it('prices a month as an invoice CSV: included, overage, markup, total', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/operator/workspaces/${team.workspace.id}/billing`,
      headers: operator,
      payload: {
        mode: 'plan',
        includedUnits: { lead_received: 2 },
        unitPrices: { lead_received: 10_000 },
        markupPercent: 25,
        hardLimitMicros: null,
      },
    });
    expect(response.statusCode).toBe(200);
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/v1/billing/invoice.csv?month=2026-01',
      headers: asApiKey(team.key.secret),
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'month,unit,quantity,included,overage_quantity,unit_price,overage,markup,total,currency',
    );
    // Four leads in January, two included: 2 × 0.01 = 0.02, plus 25%.
    expect(lines).toContain('2026-01,lead_received,4,2,2,0.010000,0.020000,0.005000,0.025000,USD');
    expect(lines.at(-1)).toBe('2026-01,total,,,,,0.020000,0.005000,0.025000,USD');
    const other = await buildTeam(t);
    const foreign = await t.app.inject({
      method: 'GET',
      url: '/api/v1/billing/invoice.csv?month=2026-01',
      headers: asApiKey(other.key.secret),
    });
    expect(foreign.body).not.toContain('lead_received');
  });
});
