import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildOperator, buildTeam, signIn, type Team } from '../../test/helpers/factories.js';
import {
  outboundMessages,
  phoneSequence,
  queueFollowUp,
  receiveTextableLead,
} from '../../test/helpers/messaging.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { acceptInboundSms } from '../messaging/inbound-webhook.service.js';

/**
 * A suspended workspace sends nothing automated (held, never dropped, STOP still answered), while its people
 * still sign in and read; resuming sends what was held.
 */
describe(`suspending a workspace, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  let operator: Record<string, string>;
  const nextPhone = phoneSequence(8820);

  const drain = () => drainJobs(t.ctx, jobDefinitions);
  const statuses = async (leadId: string) =>
    (await outboundMessages(t.ctx, leadId)).map((m) => [m.kind, m.status, m.gateReason]);
  const operatorPost = (workspaceId: string, action: 'suspend' | 'resume') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${workspaceId}/${action}`,
      headers: operator,
    });

  beforeAll(async () => {
    t = await buildTestApp({ now: '2026-04-07T16:00:00.000Z' });
    team = await buildTeam(t);
    other = await buildTeam(t);
    const op = await buildOperator(t.ctx);
    operator = asSession(await signIn(t.app, op.user.email, op.password));
  });
  afterAll(() => t.close());

  it('holds automated texts with workspace_suspended, answers STOP, and sends the held texts on resume', async () => {
    const earlier = await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    const stopPhone = nextPhone();
    const stopping = await receiveTextableLead(t.ctx, team.workspace.id, stopPhone);
    await drain();
    expect(await statuses(earlier.leadId)).toEqual([['first_response', 'sent', 'allowed']]);
    const ourNumber = (await outboundMessages(t.ctx, stopping.leadId))[0]?.fromNumber as string;

    expect((await operatorPost(team.workspace.id, 'suspend')).statusCode).toBe(200);
    const held = await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    const followUp = await queueFollowUp(t.ctx, {
      workspaceId: team.workspace.id,
      ...earlier,
      body: 'Still looking for a place near the lake?',
    });
    expect(followUp).toMatchObject({ status: 'deferred', gateReason: 'workspace_suspended' });
    const elsewhere = await receiveTextableLead(t.ctx, other.workspace.id, nextPhone());
    await drain();
    expect(await statuses(held.leadId)).toEqual([['first_response', 'deferred', 'workspace_suspended']]);
    expect(await statuses(elsewhere.leadId)).toEqual([['first_response', 'sent', 'allowed']]);

    // A STOP is still taken in and confirmed; nothing else goes to the lead.
    await acceptInboundSms(t.ctx, {
      provider: 'sandbox',
      providerMessageId: 'SMsuspended0001',
      from: stopPhone,
      to: ourNumber,
      body: 'STOP',
    });
    await drain();
    expect((await statuses(stopping.leadId)).map(([kind, status]) => [kind, status])).toEqual([
      ['first_response', 'sent'],
      ['keyword_reply', 'sent'],
    ]);

    // Held for as long as it takes: an hour later nothing has moved.
    t.clock.advance(3_600_000);
    await drain();
    expect(await statuses(held.leadId)).toEqual([['first_response', 'deferred', 'workspace_suspended']]);

    expect((await operatorPost(team.workspace.id, 'resume')).statusCode).toBe(200);
    await drain();
    expect(await statuses(held.leadId)).toEqual([['first_response', 'sent', 'allowed']]);
    expect((await statuses(earlier.leadId)).map(([kind, status]) => [kind, status])).toEqual([
      ['first_response', 'sent'],
      ['follow_up', 'sent'],
    ]);
  });

  it('lets its people sign in and read but change nothing; its API keys are refused', async () => {
    expect((await operatorPost(team.workspace.id, 'suspend')).statusCode).toBe(200);
    const session = asSession(await signIn(t.app, team.owner.user.email, team.owner.password));
    const leads = await t.app.inject({ method: 'GET', url: '/api/v1/leads', headers: session });
    expect(leads.statusCode, leads.body).toBe(200);
    expect(leads.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: session });
    expect(me.json()).toMatchObject({ workspace: { status: 'suspended' } });

    const writes = [
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/leads',
        headers: session,
        payload: { phone: nextPhone(), name: 'Pat Doe' },
      }),
      await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/workspace',
        headers: session,
        payload: { name: 'x' },
      }),
      await t.app.inject({ method: 'GET', url: '/api/v1/leads', headers: asApiKey(team.key.secret) }),
    ];
    expect(writes.map((r) => [r.statusCode, r.json().error.code])).toEqual(
      writes.map(() => [403, 'workspace_suspended']),
    );
    const signOut = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: session });
    expect(signOut.statusCode).toBeLessThan(300);

    expect((await operatorPost(team.workspace.id, 'resume')).statusCode).toBe(200);
    const signIns = (await auditRows(t, team.workspace.id)).filter((r) =>
      r.action.startsWith('auth.sign_in'),
    );
    expect(signIns.at(-1)?.action).toBe('auth.sign_in');
  });
});
