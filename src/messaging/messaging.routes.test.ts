import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { auditRows, buildMember, buildTeam, type Team } from '../../test/helpers/factories.js';
import { phoneSequence } from '../../test/helpers/messaging.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';

describe('messaging settings, phone numbers and the sandbox outbox', () => {
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(600);

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  const owner = () => asSession(team.owner.session);
  const patchSettings = (payload: object, headers = owner()) =>
    t.app.inject({ method: 'PATCH', url: '/api/v1/messaging/settings', headers, payload });

  it('shows the settings with defaults and lets an owner change some of them', async () => {
    const before = await t.app.inject({
      method: 'GET',
      url: '/api/v1/messaging/settings',
      headers: asApiKey(team.key.secret),
    });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ quietHours: null, contactDailyCap: 6, agentNotifications: 'both' });

    const changed = await patchSettings({
      businessName: 'Hill Country Homes',
      quietHours: { start: '09:00', end: '20:00' },
      contactDailyCap: 3,
      stopTemplate: '{businessName}: no more texts. Reply START to undo.',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      businessName: 'Hill Country Homes',
      quietHours: { start: '09:00', end: '20:00' },
      contactDailyCap: 3,
      workspaceDailyCap: 5000,
    });
    const reset = await patchSettings({ contactDailyCap: null });
    expect(reset.json()).toMatchObject({ contactDailyCap: 6, businessName: 'Hill Country Homes' });

    const audits = (await auditRows(t, team.workspace.id)).filter(
      (r) => r.action === 'settings.messaging_changed',
    );
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits[0]?.details)).toContain('quietHours');
  });

  it('validates the settings and keeps API keys and agents out of changing them', async () => {
    const badTime = await patchSettings({ quietHours: { start: '25:00', end: '20:00' } });
    expect(badTime.statusCode).toBe(400);
    expect((await patchSettings({ quietHours: { start: '09:00', end: '09:00' } })).statusCode).toBe(400);
    expect((await patchSettings({ sendEverything: true })).statusCode).toBe(400);
    expect((await patchSettings({ contactDailyCap: 0 })).statusCode).toBe(400);
    expect((await patchSettings({ contactDailyCap: 2 }, asApiKey(team.key.secret))).statusCode).toBe(403);
    const agent = await buildMember(t, team.workspace.id, 'agent');
    expect((await patchSettings({ contactDailyCap: 2 }, asSession(agent.session))).statusCode).toBe(403);
  });

  it("answers a STOP with the workspace's own template, visible in the sandbox outbox", async () => {
    const since = t.clock.now().toISOString();
    t.clock.advance(1000);
    const from = nextPhone();
    for (const body of ['hi', 'STOP']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sandbox/inbound',
        headers: asApiKey(team.key.secret),
        payload: { from, body },
      });
      expect(response.statusCode).toBe(201);
      await drainJobs(t.ctx, jobDefinitions);
    }
    const outbox = await t.app.inject({
      method: 'GET',
      url: `/api/v1/sandbox/outbox?since=${encodeURIComponent(since)}`,
      headers: asApiKey(team.key.secret),
    });
    expect(outbox.statusCode).toBe(200);
    const items = outbox.json<{ items: { to: string; body: string; status: string; kind: string }[] }>()
      .items;
    expect(items.map((i) => [i.kind, i.status, i.to])).toEqual([
      ['first_response', 'sent', from],
      ['keyword_reply', 'sent', from],
    ]);
    expect(items[1]?.body).toBe('Hill Country Homes: no more texts. Reply START to undo.');
    const later = await t.app.inject({
      method: 'GET',
      url: `/api/v1/sandbox/outbox?since=${encodeURIComponent(t.clock.now().toISOString())}`,
      headers: asApiKey(team.key.secret),
    });
    expect(later.json().items).toEqual([]);
  });

  it('adds, lists and removes phone numbers; a number belongs to one workspace', async () => {
    const add = (payload: object, headers = owner()) =>
      t.app.inject({ method: 'POST', url: '/api/v1/phone-numbers', headers, payload });
    const first = await add({ number: '+15125550177', provider: 'twilio' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ number: '+15125550177', provider: 'twilio', isDefault: true });
    const second = await add({ number: '+15125550178', provider: 'twilio', isDefault: true });
    expect(second.json().isDefault).toBe(true);

    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/phone-numbers',
      headers: asApiKey(team.key.secret),
    });
    const twilioNumbers = list
      .json<{ items: { number: string; isDefault: boolean; provider: string }[] }>()
      .items.filter((n) => n.provider === 'twilio');
    expect(twilioNumbers.map((n) => [n.number, n.isDefault])).toEqual([
      ['+15125550177', false],
      ['+15125550178', true],
    ]);

    const other = await buildTeam(t);
    const taken = await add({ number: '+15125550177', provider: 'twilio' }, asSession(other.owner.session));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('number_taken');
    expect((await add({ number: '512-555-0179' })).statusCode).toBe(400);
    expect((await add({ number: '+15125550179' }, asApiKey(team.key.secret))).statusCode).toBe(403);

    const id = first.json<{ id: string }>().id;
    const remove = () =>
      t.app.inject({ method: 'DELETE', url: `/api/v1/phone-numbers/${id}`, headers: owner() });
    expect((await remove()).statusCode).toBe(204);
    expect((await remove()).statusCode).toBe(404);
    const actions = (await auditRows(t, team.workspace.id)).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['phone_number.added', 'phone_number.removed']));
  });

  it('gives the workspace one sandbox number, the same each time', async () => {
    const get = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/sandbox/number', headers: asApiKey(team.key.secret) });
    const first = (await get()).json<{ number: string }>().number;
    expect(first).toMatch(/^\+1555\d{7}$/);
    expect((await get()).json().number).toBe(first);
  });
});
