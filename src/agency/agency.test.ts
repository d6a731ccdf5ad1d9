import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildOperator, buildTeam, signIn, type Team } from '../../test/helpers/factories.js';
import {
  phoneSequence,
  queueFollowUp,
  receiveTextableLead,
  sandboxText,
} from '../../test/helpers/messaging.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import type { ConsoleWorkspace } from './agency.schema.js';

describe(`operator console and view-as, on ${testDialect()}`, () => {
  let t: TestApp;
  let a: Team;
  let b: Team;
  let operator: Record<string, string>;
  let operatorUserId: string;
  const nextPhone = phoneSequence(8400);

  beforeAll(async () => {
    t = await buildTestApp({ now: '2026-03-10T16:00:00.000Z' });
    a = await buildTeam(t);
    b = await buildTeam(t);
    const op = await buildOperator(t.ctx);
    operatorUserId = op.user.id;
    operator = asSession(await signIn(t.app, op.user.email, op.password));
  });
  afterAll(() => t.close());

  const consoleRow = async (workspaceId: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/operator/console',
      headers: operator,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{ period: { from: string }; items: ConsoleWorkspace[] }>();
    expect(body.period.from).toBe('2026-03-01');
    const row = body.items.find((item) => item.id === workspaceId);
    if (!row) throw new Error('workspace missing from the console');
    return row;
  };

  it("shows each workspace's month: usage, blocked texts, opt-out and failure rates", async () => {
    const quiet = await consoleRow(b.workspace.id);
    expect(quiet).toMatchObject({
      status: 'active',
      billing: null,
      usage: {},
      textsBlocked: 0,
      optOutRate: null,
      deliveryFailureRate: null,
      a2pStatus: 'not_started',
    });

    const phones = [nextPhone(), nextPhone()];
    const leads = [];
    for (const phone of phones) leads.push(await receiveTextableLead(t.ctx, a.workspace.id, phone));
    await drainJobs(t.ctx, jobDefinitions);
    await sandboxText(t, a.key.secret, phones[0] as string, 'STOP');
    const stopped = leads[0];
    if (!stopped) throw new Error('no lead');
    const blocked = await queueFollowUp(t.ctx, {
      workspaceId: a.workspace.id,
      ...stopped,
      body: 'Still looking?',
    });
    expect(blocked.status).toBe('blocked');

    const row = await consoleRow(a.workspace.id);
    expect(row.usage.lead_received).toBe(2);
    expect(row.usage.sms_segment_out).toBeGreaterThanOrEqual(2);
    expect(row.textsBlocked).toBe(1);
    expect(row.optOutRate).toBe(0.5);
    expect(row.deliveryFailureRate).toBe(0);
    expect((await consoleRow(b.workspace.id)).usage).toEqual({});
  });

  it('is for operators only', async () => {
    for (const headers of [asSession(a.owner.session), asApiKey(a.key.secret)]) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/operator/console', headers });
      expect(response.statusCode).toBe(403);
    }
  });

  it('view-as reads a workspace, refuses every write, and is audited in both logs', async () => {
    const start = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${a.workspace.id}/view-as`,
      headers: operator,
    });
    expect(start.statusCode, start.body).toBe(201);
    const { token } = start.json<{ token: string }>();
    const viewing = { ...operator, 'x-view-as': token };

    const leads = await t.app.inject({ method: 'GET', url: '/api/v1/leads', headers: viewing });
    expect(leads.statusCode, leads.body).toBe(200);
    expect(leads.json<{ items: unknown[] }>().items).toHaveLength(2);
    const without = await t.app.inject({ method: 'GET', url: '/api/v1/leads', headers: operator });
    expect(without.statusCode).toBe(403);

    const before = await t.ctx.db
      .selectFrom('leads')
      .select('id')
      .where('workspaceId', '=', a.workspace.id)
      .execute();
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: viewing,
      payload: { phone: nextPhone(), name: 'Pat Doe' },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json()).toMatchObject({ error: { code: 'view_as_read_only' } });
    const after = await t.ctx.db
      .selectFrom('leads')
      .select('id')
      .where('workspaceId', '=', a.workspace.id)
      .execute();
    expect(after).toHaveLength(before.length);

    const stop = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/operator/workspaces/${a.workspace.id}/view-as`,
      headers: operator,
    });
    expect(stop.statusCode).toBe(204);
    for (const log of [await auditRows(t, a.workspace.id), await auditRows(t, null)]) {
      const mine = log.filter(
        (row) => row.actorId === operatorUserId && row.action.startsWith('operator.view_as'),
      );
      expect(mine.map((row) => [row.action, row.targetId])).toEqual([
        ['operator.view_as_started', a.workspace.id],
        ['operator.view_as_ended', a.workspace.id],
      ]);
    }
    expect(
      (await auditRows(t, b.workspace.id)).some((row) => row.action.startsWith('operator.view_as')),
    ).toBe(false);
  });

  it('a view-as token works only in its own session, for an operator, and not after it expires', async () => {
    const start = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${b.workspace.id}/view-as`,
      headers: operator,
    });
    const { token } = start.json<{ token: string }>();
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    const refusals = [
      { ...asSession(a.owner.session), 'x-view-as': token },
      { ...operator, 'x-view-as': forged },
    ];
    for (const headers of refusals) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/leads', headers });
      expect(response.statusCode, response.body).toBe(403);
    }
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/operator/workspaces/00000000-0000-7000-8000-000000000000/view-as',
      headers: operator,
    });
    expect(missing.statusCode).toBe(404);
    t.clock.advance(61 * 60 * 1000);
    const late = await t.app.inject({
      method: 'GET',
      url: '/api/v1/leads',
      headers: { ...operator, 'x-view-as': token },
    });
    expect(late.statusCode).toBe(403);
    expect(late.json()).toMatchObject({ error: { code: 'view_as_expired' } });
  });
});
