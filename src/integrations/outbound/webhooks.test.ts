import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/fakes/webhooks/receiver.js';
import {
  asApiKey,
  asSession,
  buildTestApp,
  TEST_APP_SECRET,
  type TestApp,
} from '../../../test/helpers/app.js';
import { testDialect } from '../../../test/helpers/db.js';
import {
  buildLead,
  buildMember,
  buildTeam,
  consentEvidence,
  signIn,
  type Team,
} from '../../../test/helpers/factories.js';
import { jobDefinitions } from '../../jobs/catalog.js';
import { drainJobs } from '../../jobs/jobs.drain.js';
import { DAY, HOUR, MINUTE, SECOND } from '../../platform/clock.js';
import { decryptSecret } from '../../platform/crypto.js';
import { rotateSecrets } from '../../platform/secrets-rotation.js';
import { erasePerson } from '../../privacy/erasure.service.js';
import { collectPersonExport } from '../../privacy/export.service.js';
import { applyRetention } from '../../privacy/retention.service.js';

/** The Standard Webhooks signature, computed here from the spec, not with the code under test. */
function specSignature(secret: string, id: string, timestamp: string, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
}

function verifies(secret: string, request: { headers: Record<string, unknown>; body: string }): boolean {
  const id = String(request.headers['webhook-id']);
  const timestamp = String(request.headers['webhook-timestamp']);
  const expected = specSignature(secret, id, timestamp, request.body);
  return String(request.headers['webhook-signature'])
    .split(' ')
    .some((part) => part === `v1,${expected}`);
}

interface Created {
  endpoint: { id: string; secretHint: string; enabled: boolean; disabledReason: string | null };
  secret: string;
}

describe(`outbound webhooks, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    receiver = await startWebhookReceiver();
  });
  beforeEach(async () => {
    team = await buildTeam(t);
    receiver.requests.length = 0;
    receiver.answer(() => 204);
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  const create = async (payload: Record<string, unknown>, headers = asSession(team.owner.session)) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/webhook-endpoints',
      headers,
      payload,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Created;
  };
  /** Runs due jobs, moving the clock by each step in turn, as a worker would over that time. */
  const runFor = async (steps: number[]) => {
    await drainJobs(t.ctx, jobDefinitions);
    for (const step of steps) {
      t.clock.advance(step);
      await drainJobs(t.ctx, jobDefinitions);
    }
  };
  /** The requests about this test's workspace: earlier tests' endpoints keep receiving their own events. */
  const mine = () =>
    receiver.requests.filter((r) => JSON.parse(r.body).data.workspaceId === team.workspace.id);
  const bodies = () =>
    mine().map((r) => ({
      ...r,
      json: JSON.parse(r.body) as { type: string; data: Record<string, unknown> },
    }));

  it('shows the whsec_ secret once and keeps it sealed', async () => {
    const created = await create({ url: receiver.url, description: 'CRM' });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.endpoint.secretHint).toBe(`…${created.secret.slice(-4)}`);
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/webhook-endpoints',
      headers: asSession(team.owner.session),
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(created.secret);
    const row = await t.ctx.db
      .selectFrom('webhookEndpoints')
      .selectAll()
      .where('id', '=', created.endpoint.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(6));
  });

  it('signs each delivery as Standard Webhooks says, and leaves the phone out unless the system is our own', async () => {
    const theirs = await create({ url: receiver.url, events: ['lead.created'] });
    const ours = await create({ url: `${receiver.url}?own=1`, events: ['lead.created'], ownSystem: true });
    const phone = '+15125550199';
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, name: 'Sam Signed', phone });
    await runFor([]);
    const received = bodies();
    expect(received).toHaveLength(2);
    for (const request of received) {
      expect(request.headers['webhook-id']).toMatch(/^msg_/);
      expect(Number(request.headers['webhook-timestamp'])).toBe(Math.floor(t.clock.now().getTime() / 1000));
      expect(request.json.type).toBe('lead.created');
      expect(request.json.data).toMatchObject({ leadId: lead.leadId, workspaceId: team.workspace.id });
      expect((request.json.data.lead as { name: string }).name).toBe('Sam Signed');
    }
    const theirsRequest = received.find((r) => verifies(theirs.secret, r));
    const oursRequest = received.find((r) => verifies(ours.secret, r));
    expect(theirsRequest).toBeDefined();
    expect(oursRequest).toBeDefined();
    expect(theirsRequest?.body).not.toContain(phone);
    expect(oursRequest?.body).toContain(phone);
    // A body changed on the way no longer verifies.
    expect(
      verifies(theirs.secret, {
        ...(theirsRequest as (typeof received)[number]),
        body: `${theirsRequest?.body} `,
      }),
    ).toBe(false);
  });

  it('delivers every event once and in order per lead through a receiver that fails, then recovers', async () => {
    const { secret } = await create({ url: receiver.url });
    // Down for the first two tries of everything; 5 s and 5 min later it is back.
    receiver.answer(({ nth }) => (nth <= 2 ? 503 : 200));
    const leads = [];
    for (const name of ['Ada One', 'Bo Two', 'Cy Three'])
      leads.push(
        await buildLead(t.ctx, { workspaceId: team.workspace.id, name, consent: consentEvidence() }),
      );
    await runFor([5 * SECOND, 5 * MINUTE, 30 * MINUTE]);
    await runFor([5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR]);

    const requests = bodies();
    expect(requests.every((r) => verifies(secret, r))).toBe(true);
    const delivered = requests.filter((r) => r.status === 200);
    const ids = delivered.map((r) => String(r.headers['webhook-id']));
    expect(new Set(ids).size).toBe(ids.length);
    const events = await t.ctx.db
      .selectFrom('domainEvents')
      .select(['id', 'leadId', 'type'])
      .where('workspaceId', '=', team.workspace.id)
      .orderBy('id')
      .execute();
    expect(events.length).toBeGreaterThanOrEqual(leads.length * 3);
    expect(new Set(ids)).toEqual(new Set(events.map((e) => `msg_${e.id}`)));
    for (const lead of leads) {
      const mine = events.filter((e) => e.leadId === lead.leadId).map((e) => `msg_${e.id}`);
      expect(mine.length).toBeGreaterThanOrEqual(3);
      // Every attempt for the lead, failed ones included, follows the order of its events.
      const attempted = requests
        .filter((r) => (r.json.data.leadId as string) === lead.leadId)
        .map((r) => mine.indexOf(String(r.headers['webhook-id'])));
      expect(attempted).toEqual([...attempted].sort((a, b) => a - b));
      expect(
        delivered
          .filter((r) => r.json.data.leadId === lead.leadId)
          .map((r) => String(r.headers['webhook-id'])),
      ).toEqual(mine);
    }
    const types = new Set(events.map((e) => e.type));
    expect(types).toEqual(new Set(['lead.created', 'lead.stage_changed', 'message.sent']));
  });

  it('queues no dispatch for a workspace nothing subscribes to, and does once an endpoint is added', async () => {
    const dispatchJobs = () =>
      t.ctx.db
        .selectFrom('jobs')
        .select('id')
        .where('workspaceId', '=', team.workspace.id)
        .where('name', '=', 'integrations.dispatch-event')
        .execute();
    await buildLead(t.ctx, { workspaceId: team.workspace.id, name: 'Di Four', consent: consentEvidence() });
    await drainJobs(t.ctx, jobDefinitions);
    const events = await t.ctx.db
      .selectFrom('domainEvents')
      .select('id')
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    // The events are kept (the dashboard's feed reads them); nothing is queued to hand them on.
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(await dispatchJobs()).toEqual([]);

    await create({ url: receiver.url });
    await buildLead(t.ctx, { workspaceId: team.workspace.id, name: 'Ed Five', consent: consentEvidence() });
    expect((await dispatchJobs()).length).toBeGreaterThanOrEqual(2);
    await runFor([]);
    expect(bodies().map((r) => r.json.data.leadId)).not.toHaveLength(0);
  });

  it('retries on 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then gives up and shows why', async () => {
    const created = await create({ url: receiver.url, events: ['lead.created'] });
    receiver.answer(() => 500);
    await buildLead(t.ctx, { workspaceId: team.workspace.id });
    const start = t.clock.now().getTime();
    await runFor([5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR, 10 * HOUR]);
    expect(mine()).toHaveLength(8);
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/webhook-endpoints/${created.endpoint.id}/deliveries`,
      headers: asSession(team.owner.session),
    });
    const [delivery] = response.json().deliveries;
    expect(delivery).toMatchObject({
      status: 'failed',
      attempts: 8,
      statusCode: 500,
      responseExcerpt: 'nope 500',
    });
    const offsets = delivery.attemptLog.map(
      (a: { attemptedAt: string }) => Date.parse(a.attemptedAt) - start,
    );
    expect(offsets).toEqual([
      0,
      5 * SECOND,
      5 * SECOND + 5 * MINUTE,
      5 * SECOND + 35 * MINUTE,
      5 * SECOND + 155 * MINUTE,
      5 * SECOND + 455 * MINUTE,
      5 * SECOND + 1055 * MINUTE,
      5 * SECOND + 1655 * MINUTE,
    ]);
    expect(delivery.attemptLog.every((a: { latencyMs: number }) => a.latencyMs >= 0)).toBe(true);

    // Replayed once the receiver is back: the same webhook-id and body.
    receiver.answer(() => 200);
    const replay = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhook-endpoints/${created.endpoint.id}/deliveries/${delivery.id}/replay`,
      headers: asSession(team.owner.session),
    });
    expect(replay.statusCode, replay.body).toBe(202);
    await runFor([]);
    const last = mine().at(-1);
    expect(last?.headers['webhook-id']).toBe(delivery.messageId);
    expect(last?.body).toBe(mine()[0]?.body);
    expect(last?.status).toBe(200);
  });

  it('disables the endpoint when the receiver answers 410 Gone', async () => {
    const created = await create({ url: receiver.url, events: ['lead.created'] });
    receiver.answer(() => 410);
    await buildLead(t.ctx, { workspaceId: team.workspace.id });
    await runFor([5 * SECOND]);
    expect(mine()).toHaveLength(1);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/webhook-endpoints/${created.endpoint.id}`,
      headers: asSession(team.owner.session),
    });
    expect(view.json()).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('410') });
    await buildLead(t.ctx, { workspaceId: team.workspace.id });
    await runFor([5 * SECOND, 5 * MINUTE]);
    expect(mine()).toHaveLength(1);
  });

  it('signs with both secrets while a rotation lasts, then with the new one only', async () => {
    const created = await create({ url: receiver.url, events: ['lead.created'] });
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhook-endpoints/${created.endpoint.id}/rotate-secret`,
      headers: asSession(team.owner.session),
      payload: { overlapHours: 24 },
    });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const { secret: fresh } = rotated.json() as Created;
    expect(fresh).not.toBe(created.secret);
    await buildLead(t.ctx, { workspaceId: team.workspace.id });
    await runFor([]);
    const during = mine().at(-1);
    expect(String(during?.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifies(created.secret, during as WebhookReceiverRequest)).toBe(true);
    expect(verifies(fresh, during as WebhookReceiverRequest)).toBe(true);

    t.clock.advance(25 * HOUR);
    await buildLead(t.ctx, { workspaceId: team.workspace.id });
    await runFor([]);
    const after = mine().at(-1);
    expect(String(after?.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verifies(fresh, after as WebhookReceiverRequest)).toBe(true);
    expect(verifies(created.secret, after as WebhookReceiverRequest)).toBe(false);
  });

  it("forgets the person's deliveries when the person is erased", async () => {
    const created = await create({ url: receiver.url, events: ['lead.created'] });
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, name: 'Erin Erasable' });
    await runFor([]);
    const count = () =>
      t.ctx.db
        .selectFrom('webhookDeliveries')
        .select('id')
        .where('endpointId', '=', created.endpoint.id)
        .execute()
        .then((rows) => rows.length);
    expect(await count()).toBe(1);
    await erasePerson(t.ctx, {
      workspaceId: team.workspace.id,
      contactId: lead.contactId,
      actor: { type: 'user', id: team.owner.user.id },
      compact: false,
    });
    expect(await count()).toBe(0);
    const left = await t.ctx.db.selectFrom('webhookAttempts').select('responseExcerpt').execute();
    expect(JSON.stringify(left)).not.toContain('Erin');
  });

  it("puts the deliveries about a person in their export, and not another person's", async () => {
    const created = await create({ url: `${receiver.url}/hooks/secret-path`, events: ['lead.created'] });
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, name: 'Paloma Exportable' });
    await buildLead(t.ctx, { workspaceId: team.workspace.id, name: 'Quentin Other' });
    await runFor([]);
    const exported = await collectPersonExport(t.ctx, {
      workspaceId: team.workspace.id,
      contactId: lead.contactId,
    });
    const file = exported.files['webhook-deliveries.json'];
    if (!file) throw new Error('no webhook-deliveries.json in the export');
    const deliveries = JSON.parse(Buffer.from(file).toString('utf8')) as Array<Record<string, unknown>>;
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({
      eventType: 'lead.created',
      status: 'delivered',
      sentTo: new URL(receiver.url).host,
      attempts: [expect.objectContaining({ statusCode: 204 })],
    });
    expect(String(deliveries[0]?.body)).toContain('Paloma Exportable');
    expect(JSON.stringify(deliveries)).not.toContain('Quentin');
    // The path of the receiver's URL can be its secret: only the host is named.
    expect(JSON.stringify(deliveries)).not.toContain('secret-path');
    expect(created.endpoint.id).toBeTruthy();
  });

  it('retention empties the bodies and answers of old deliveries; a replay of one is refused', async () => {
    const created = await create({ url: receiver.url, events: ['lead.created'] });
    receiver.answer(() => 200);
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, name: 'Rosalind Retained' });
    await runFor([]);
    const deliveryOf = () =>
      t.ctx.db
        .selectFrom('webhookDeliveries')
        .selectAll()
        .where('endpointId', '=', created.endpoint.id)
        .executeTakeFirstOrThrow();
    const before = await deliveryOf();
    expect(before.body).toContain('Rosalind');
    const later = new Date(t.clock.now().getTime() + 25 * 31 * DAY);
    const counts = await applyRetention(t.ctx, { workspaceId: team.workspace.id, now: later });
    expect(counts.webhookDeliveries).toBe(1);
    const after = await deliveryOf();
    expect(after).toMatchObject({ id: before.id, status: 'delivered', body: '', lastResponse: null });
    const attempts = await t.ctx.db
      .selectFrom('webhookAttempts')
      .selectAll()
      .where('deliveryId', '=', before.id)
      .execute();
    expect(attempts.map((a) => [a.statusCode, a.responseExcerpt])).toEqual([[200, null]]);
    expect(
      (await applyRetention(t.ctx, { workspaceId: team.workspace.id, now: later })).webhookDeliveries,
    ).toBe(0);
    // The sweep also ended the sessions that had expired by then.
    const session = await signIn(t.app, team.owner.user.email, team.owner.password);
    const replay = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhook-endpoints/${created.endpoint.id}/deliveries/${before.id}/replay`,
      headers: asSession(session),
    });
    expect(replay.statusCode, replay.body).toBe(409);
    expect(replay.json().error.code).toBe('delivery_emptied');
    expect(lead.contactId).toBeTruthy();
  });

  it('sends a signed test event on request and says how the endpoint answered', async () => {
    const created = await create({ url: receiver.url });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhook-endpoints/${created.endpoint.id}/test`,
      headers: asSession(team.owner.session),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, statusCode: 204, error: null });
    const request = receiver.requests.at(-1) as WebhookReceiverRequest;
    expect(JSON.parse(request.body).type).toBe('webhook.test');
    expect(verifies(created.secret, request)).toBe(true);
  });

  it('lets only owners and admins manage endpoints, and never by API key', async () => {
    const agent = await buildMember(t, team.workspace.id, 'agent');
    const payload = { url: receiver.url };
    const asAgent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/webhook-endpoints',
      headers: asSession(agent.session),
      payload,
    });
    expect(asAgent.statusCode).toBe(403);
    const byKey = await t.app.inject({
      method: 'POST',
      url: '/api/v1/webhook-endpoints',
      headers: asApiKey(team.key.secret),
      payload,
    });
    expect(byKey.statusCode).toBe(403);
  });

  it("answers 404 for another workspace's endpoint and delivery on every route", async () => {
    const created = await create({ url: receiver.url, events: ['lead.created'] });
    await buildLead(t.ctx, { workspaceId: team.workspace.id });
    await runFor([]);
    const delivery = await t.ctx.db
      .selectFrom('webhookDeliveries')
      .select('id')
      .where('endpointId', '=', created.endpoint.id)
      .executeTakeFirstOrThrow();
    const other = await buildTeam(t);
    const headers = asSession(other.owner.session);
    const base = `/api/v1/webhook-endpoints/${created.endpoint.id}`;
    for (const [method, url, payload] of [
      ['GET', base, undefined],
      ['PATCH', base, { enabled: false }],
      ['DELETE', base, undefined],
      ['GET', `${base}/deliveries`, undefined],
      ['POST', `${base}/deliveries/${delivery.id}/replay`, undefined],
      ['POST', `${base}/test`, undefined],
      ['POST', `${base}/rotate-secret`, {}],
    ] as const) {
      const response = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const theirs = await create({ url: receiver.url }, headers);
    const crossed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhook-endpoints/${theirs.endpoint.id}/deliveries/${delivery.id}/replay`,
      headers,
    });
    expect(crossed.statusCode).toBe(404);
    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/webhook-endpoints', headers });
    expect(listed.json().endpoints.map((e: { id: string }) => e.id)).toEqual([theirs.endpoint.id]);
  });
});

type WebhookReceiverRequest = { headers: Record<string, unknown>; body: string };

describe(`outbound webhooks and private addresses, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await buildTestApp({ env: { OUTBOUND_ALLOW_PRIVATE: 'false' } });
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  it('refuses an endpoint on a private, loopback or link-local address', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.5/hook',
      'http://[::1]/hook',
      'http://0x7f.1/hook',
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/webhook-endpoints',
        headers: asSession(team.owner.session),
        payload: { url },
      });
      expect(response.statusCode, url).toBe(422);
      expect(response.json().error.code).toBe('invalid_url');
    }
  });
});

describe(`outbound webhook secrets and a new APP_SECRET, on ${testDialect()}`, () => {
  it('seals the signing secrets and Follow Up Boss keys again under the new key', async () => {
    const t = await buildTestApp();
    try {
      const team = await buildTeam(t);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/webhook-endpoints',
        headers: asSession(team.owner.session),
        payload: { url: 'https://93.184.215.14/hook' },
      });
      const { endpoint, secret } = response.json() as Created;
      const NEW = 'a-brand-new-app-secret-0123456789-abcdefgh';
      const outcome = await rotateSecrets(t.ctx.db, { appSecret: NEW, appSecretPrevious: [TEST_APP_SECRET] });
      expect(outcome.columns.map((c) => c.column)).toContain(
        'webhook_endpoints.secret_sealed, previous_secret_sealed',
      );
      const row = await t.ctx.db
        .selectFrom('webhookEndpoints')
        .selectAll()
        .where('id', '=', endpoint.id)
        .executeTakeFirstOrThrow();
      expect(decryptSecret(NEW, row.secretSealed)).toBe(secret);
    } finally {
      await t.close();
    }
  });
});
