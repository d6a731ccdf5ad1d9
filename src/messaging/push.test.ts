import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeBrowserSubscription,
  type FakePushService,
  startFakePushService,
  verifyVapid,
} from '../../test/fakes/push/fake-push-service.js';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildMember, buildTeam, nextPhone, type Team } from '../../test/helpers/factories.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { receiveLead } from '../leads/intake.service.js';
import { notifyTeam } from './notifications.service.js';

describe('Web Push alerts', () => {
  let t: TestApp;
  let push: FakePushService;
  let team: Team;
  let agent: Awaited<ReturnType<typeof buildMember>>;
  let leadId: string;

  beforeAll(async () => {
    push = await startFakePushService();
    t = await buildTestApp({ env: { PUSH_ALLOW_LOOPBACK_HTTP: 'true' } });
    team = await buildTeam(t);
    agent = await buildMember(t, team.workspace.id, 'agent');
    leadId = (
      await receiveLead(t.ctx, {
        workspaceId: team.workspace.id,
        channel: 'api',
        source: 'zillow',
        name: 'Dana Whitfield',
        phone: nextPhone(),
        attemptFirstResponse: false,
      })
    ).leadId;
    await drainJobs(t.ctx, jobDefinitions);
  });
  afterAll(async () => {
    await t.close();
    await push.close();
  });

  const as = (who: { session: Parameters<typeof asSession>[0] }) => asSession(who.session);

  async function subscribe(subscription: FakeBrowserSubscription, who = agent) {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/push/subscriptions',
      headers: as(who),
      payload: { endpoint: subscription.endpoint, expirationTime: null, keys: subscription.keys },
    });
  }

  async function handoff(body: string) {
    const id = await t.ctx.db.transaction().execute((trx) =>
      notifyTeam(trx, t.ctx, {
        workspaceId: team.workspace.id,
        leadId,
        userId: agent.user.id,
        kind: 'handoff',
        subject: '(512) 555-0199 needs you: hot lead',
        body,
      }),
    );
    await drainJobs(t.ctx, jobDefinitions);
    return t.ctx.db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  it('keeps one VAPID key pair in DATA_DIR and hands out its public key', async () => {
    const file = path.join(t.ctx.config.dataDir, 'vapid-keys.json');
    expect(existsSync(file)).toBe(true);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { publicKey: string };
    const response = await t.app.inject({ url: '/api/v1/push/key', headers: as(agent) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ publicKey: stored.publicKey });
    expect(Buffer.from(stored.publicKey, 'base64url')).toHaveLength(65);
  });

  it('refuses endpoints that are not https, and API keys', async () => {
    const fake = push.subscribe();
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/v1/push/subscriptions',
      headers: as(agent),
      payload: { endpoint: 'http://push.example.com/x', keys: fake.keys },
    });
    expect(plain.statusCode).toBe(422);
    expect(plain.json().error.code).toBe('invalid_push_endpoint');
    const badKey = await t.app.inject({
      method: 'POST',
      url: '/api/v1/push/subscriptions',
      headers: as(agent),
      payload: { endpoint: fake.endpoint, keys: { p256dh: 'abc', auth: fake.keys.auth } },
    });
    expect(badKey.statusCode).toBe(400);
    const byKey = await t.app.inject({
      method: 'POST',
      url: '/api/v1/push/subscriptions',
      headers: asApiKey(team.key.secret),
      payload: { endpoint: fake.endpoint, keys: fake.keys },
    });
    expect(byKey.statusCode).toBe(403);
  });

  it('warns admins while no channel can deliver, and stops once a device subscribed', async () => {
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/users/me',
      headers: as(team.owner),
      payload: { alertChannels: ['push'] },
    });
    const patch = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/users/me',
      headers: as(agent),
      payload: { alertChannels: ['push'] },
    });
    expect(patch.json().alertChannels).toEqual(['push']);

    const before = await t.app.inject({ url: '/api/v1/notifications/delivery', headers: as(team.owner) });
    expect(before.json()).toMatchObject({ alertsOn: true, deliverable: false });
    expect(before.json().problems.map((p: { code: string }) => p.code)).toEqual(['no_push_device']);
    expect((await t.app.inject({ url: '/readyz' })).json()).toMatchObject({
      status: 'ok',
      details: { alerts: 'undeliverable in 1 workspace' },
    });
    const agentAsks = await t.app.inject({ url: '/api/v1/notifications/delivery', headers: as(agent) });
    expect(agentAsks.statusCode).toBe(403);

    const ownerDevice = push.subscribe('owner-laptop');
    expect((await subscribe(ownerDevice, team.owner)).statusCode).toBe(201);
    const after = await t.app.inject({ url: '/api/v1/notifications/delivery', headers: as(team.owner) });
    expect(after.json()).toMatchObject({ deliverable: true, problems: [] });
    expect(after.json().unreachable).toEqual([{ id: agent.user.id, name: agent.user.name }]);
  });

  it('pushes a handoff to the agent, encrypted and signed, with no lead number in it', async () => {
    const phone = push.subscribe('agent-phone');
    const created = await subscribe(phone);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ service: new URL(push.url).host, lastError: null });
    const before = push.received.length;

    const note = await handoff('Wants to see 12 Oak St Saturday.\nPhone: +1 512-555-0199.');
    expect(note).toMatchObject({ status: 'sent', channel: 'push', error: null });

    const sent = push.received.slice(before);
    expect(sent).toHaveLength(1);
    const request = sent[0];
    if (!request) throw new Error('no push');
    expect(request.path).toBe('/push/agent-phone');
    expect(request.headers['content-encoding']).toBe('aes128gcm');
    expect(request.headers.ttl).toBe('86400');
    const vapid = verifyVapid(request.headers, push.url);
    expect(vapid.publicKey).toBe(t.ctx.config.push.vapidPublicKey);
    expect(request.body.toString('latin1')).not.toContain('Oak');

    const message = JSON.parse(phone.decrypt(request.body));
    expect(message).toEqual({
      title: 'a lead needs you: hot lead',
      body: 'Wants to see 12 Oak St Saturday.',
      url: `/leads/${leadId}`,
      tag: `lead:${leadId}`,
    });
    expect(JSON.stringify(message)).not.toMatch(/555/);
    const [row] = await t.ctx.db
      .selectFrom('pushSubscriptions')
      .selectAll()
      .where('endpoint', '=', phone.endpoint)
      .execute();
    expect(row?.lastSuccessAt).not.toBeNull();
  });

  it('forgets a subscription the push service says is gone (410), and lists only your own', async () => {
    const old = push.subscribe('old-browser');
    const id = (await subscribe(old)).json().id as string;
    push.answer('/push/agent-phone', 410);
    push.answer('/push/old-browser', 410);
    const note = await handoff('Ready to make an offer.');
    expect(note).toMatchObject({ status: 'failed', channel: 'push', error: 'push:gone' });
    const left = await t.ctx.db
      .selectFrom('pushSubscriptions')
      .select('endpoint')
      .where('userId', '=', agent.user.id)
      .execute();
    expect(left).toEqual([]);

    const mine = await t.app.inject({ url: '/api/v1/push/subscriptions', headers: as(agent) });
    expect(mine.json().items).toEqual([]);
    const ownerList = await t.app.inject({ url: '/api/v1/push/subscriptions', headers: as(team.owner) });
    expect(ownerList.json().items).toHaveLength(1);
    const ownersId = ownerList.json().items[0].id as string;
    const notYours = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/push/subscriptions/${ownersId}`,
      headers: as(agent),
    });
    expect(notYours.statusCode).toBe(404);
    const gone = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/push/subscriptions/${id}`,
      headers: as(agent),
    });
    expect(gone.statusCode).toBe(404);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/push/subscriptions/${ownersId}`,
      headers: as(team.owner),
    });
    expect(removed.statusCode).toBe(204);
  });

  it('refuses a push endpoint on a private address when the outbound guard is on', async () => {
    const guarded = await buildTestApp({ env: { OUTBOUND_ALLOW_PRIVATE: 'false' } });
    try {
      const guardedTeam = await buildTeam(guarded);
      const keys = push.subscribe().keys;
      for (const [endpoint, code] of [
        ['https://127.0.0.1/push/x', 'push_endpoint_refused'],
        ['https://169.254.169.254/latest', 'push_endpoint_refused'],
        [`${push.url}/push/x`, 'invalid_push_endpoint'],
      ] as const) {
        const response = await guarded.app.inject({
          method: 'POST',
          url: '/api/v1/push/subscriptions',
          headers: asSession(guardedTeam.owner.session),
          payload: { endpoint, keys },
        });
        expect(response.statusCode, endpoint).toBe(422);
        expect(response.json().error.code).toBe(code);
      }
    } finally {
      await guarded.close();
    }
  });
});
