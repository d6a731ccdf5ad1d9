import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeFub, startFakeFub } from '../../../test/fakes/fub/fake-fub.js';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { testDialect } from '../../../test/helpers/db.js';
import {
  buildLead,
  buildTeam,
  buildUser,
  consentEvidence,
  type Team,
} from '../../../test/helpers/factories.js';
import { SMS_DISCLOSURE } from '../../../test/helpers/lead-sources.js';
import { buildAgent, buildType } from '../../../test/helpers/scheduling.js';
import { jobDefinitions } from '../../jobs/catalog.js';
import { drainJobs } from '../../jobs/jobs.drain.js';
import { SECOND } from '../../platform/clock.js';
import { cancelAppointment, rescheduleAppointment } from '../../scheduling/appointment-changes.service.js';
import { bookSlot } from '../../scheduling/booking.service.js';

describe(`Follow Up Boss both ways, on ${testDialect()}`, () => {
  let t: TestApp;
  let fub: FakeFub;
  let team: Team;
  let webhookUrl: string;

  beforeAll(async () => {
    fub = await startFakeFub();
    t = await buildTestApp({ env: { FUB_API_BASE_URL: fub.baseUrl, PUBLIC_URL: 'https://cc.example.com' } });
    t.clock.set('2026-01-15T16:00:00.000Z');
  });
  afterAll(async () => {
    await t.close();
    await fub.close();
  });

  const connect = async (payload: Record<string, unknown> = {}, who: Team = team) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/v1/integrations/follow-up-boss',
      headers: asSession(who.owner.session),
      payload: { apiKey: fub.apiKey, systemName: fub.systemName, systemKey: fub.systemKey, ...payload },
    });
  const run = () => drainJobs(t.ctx, jobDefinitions);
  const callsTo = (method: string, path: string) =>
    fub.calls.filter((c) => c.method === method && c.path === path);
  const postWebhook = (url: string, message: { body: string; headers: Record<string, string> }) =>
    t.app.inject({
      method: 'POST',
      url: new URL(url).pathname,
      headers: message.headers,
      payload: message.body,
    });

  beforeEach(async () => {
    team = await buildTeam(t);
    fub.calls.length = 0;
    const connected = await connect({
      stageMap: { qualified: 'Hot Prospect', appointment: 'Appointment Set' },
    });
    expect(connected.statusCode, connected.body).toBe(200);
    webhookUrl = connected.json().webhookUrl;
  });

  it('checks the key, subscribes to the three people webhooks, and keeps the keys sealed', async () => {
    expect(webhookUrl).toMatch(/^https:\/\/cc\.example\.com\/webhooks\/follow-up-boss\/[a-z0-9]{26}$/);
    const subscribed = callsTo('POST', '/v1/webhooks').map((c) => c.body);
    expect(subscribed).toEqual(
      ['peopleCreated', 'peopleUpdated', 'peopleStageUpdated'].map((event) => ({ event, url: webhookUrl })),
    );
    const view = await t.app.inject({
      method: 'GET',
      url: '/api/v1/integrations/follow-up-boss',
      headers: asSession(team.owner.session),
    });
    expect(view.json()).toMatchObject({
      connected: true,
      enabled: true,
      apiKeyHint: `…${fub.apiKey.slice(-4)}`,
    });
    expect(view.body).not.toContain(fub.apiKey);
    expect(view.body).not.toContain(webhookUrl.split('/').at(-1));
    const row = await t.ctx.db
      .selectFrom('fubConnections')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(fub.apiKey);
    expect(JSON.stringify(row)).not.toContain(fub.systemKey);

    const refused = await connect({ apiKey: 'wrong-key-0000000' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('fub_rejected');

    const tested = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrations/follow-up-boss/test',
      headers: asSession(team.owner.session),
    });
    expect(tested.json()).toEqual({ ok: true, account: 'Test Team', error: null });
  });

  it('sends a new lead as an event with the X-System headers, its agent matched by email, once', async () => {
    const agent = await buildAgent(t.ctx, { workspaceId: team.workspace.id, timezone: 'America/Chicago' });
    fub.users.push({ id: 77, email: agent.email.toUpperCase(), name: agent.name });
    const lead = await buildLead(t.ctx, {
      workspaceId: team.workspace.id,
      name: 'Fiona Boss',
      email: 'fiona@example.com',
      message: 'Is 12 Oak St still available?',
      property: { address: '12 Oak St', city: 'Austin', state: 'TX', zip: '78701', price: 450000 },
    });
    await t.ctx.db
      .updateTable('leads')
      .set({ assignedUserId: agent.id })
      .where('id', '=', lead.leadId)
      .execute();
    await run();
    const events = callsTo('POST', '/v1/events');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.headers['x-system']).toBe(fub.systemName);
    expect(event?.headers['x-system-key']).toBe(fub.systemKey);
    expect(event?.body).toMatchObject({
      source: 'zillow',
      system: fub.systemName,
      type: 'Property Inquiry',
      message: 'Is 12 Oak St still available?',
      person: {
        firstName: 'Fiona',
        lastName: 'Boss',
        emails: [{ value: 'fiona@example.com' }],
        phones: [{ value: expect.stringMatching(/^\+1512555/) }],
        assignedUserId: 77,
      },
      property: { street: '12 Oak St', city: 'Austin', state: 'TX', code: '78701', price: 450000 },
    });
    const link = await t.ctx.db
      .selectFrom('fubLinks')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .where('localId', '=', lead.leadId)
      .executeTakeFirstOrThrow();
    expect(fub.people.has(Number(link.remoteId))).toBe(true);

    // The same event handed over again (a replayed job) sends nothing more.
    const created = await t.ctx.db
      .selectFrom('domainEvents')
      .select('id')
      .where('leadId', '=', lead.leadId)
      .where('type', '=', 'lead.created')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('jobs')
      .values({
        id: `replay-${created.id}`,
        name: 'integrations.fub-sync',
        payload: JSON.stringify({ workspaceId: team.workspace.id, eventId: created.id }),
        workspaceId: team.workspace.id,
        uniqueKey: null,
        status: 'ready',
        runAt: t.clock.now().toISOString(),
        attempts: 0,
        maxAttempts: 3,
        lastError: null,
        lockedBy: null,
        lockedUntil: null,
        createdAt: t.clock.now().toISOString(),
        updatedAt: t.clock.now().toISOString(),
        finishedAt: null,
      } as never)
      .execute();
    await run();
    expect(callsTo('POST', '/v1/events')).toHaveLength(1);
  });

  it('waits out a 429 as Retry-After says and retries a 5xx', async () => {
    fub.failNext(1, 429, { retryAfter: '30', match: 'POST /v1/events' });
    fub.failNext(1, 503, { match: 'POST /v1/events' });
    await buildLead(t.ctx, { workspaceId: team.workspace.id, email: 'slow@example.com' });
    await run();
    expect(callsTo('POST', '/v1/events')).toHaveLength(1);
    t.clock.advance(29 * SECOND);
    await run();
    expect(callsTo('POST', '/v1/events')).toHaveLength(1);
    t.clock.advance(2 * SECOND);
    await run();
    expect(callsTo('POST', '/v1/events')).toHaveLength(2);
    t.clock.advance(60 * SECOND);
    await run();
    const events = callsTo('POST', '/v1/events');
    expect(events).toHaveLength(3);
    expect([...fub.people.values()].filter((p) => p.emails[0]?.value === 'slow@example.com')).toHaveLength(1);
  });

  it('moves the person to the mapped stage, adds the handoff note, and sends appointments', async () => {
    const agent = await buildAgent(t.ctx, { workspaceId: team.workspace.id, timezone: 'America/Chicago' });
    const lead = await buildLead(t.ctx, {
      workspaceId: team.workspace.id,
      name: 'Stella Stage',
      email: 'stella@example.com',
      consent: consentEvidence(),
    });
    await run();
    const person = [...fub.people.values()].find((p) => p.emails[0]?.value === 'stella@example.com');
    expect(person).toBeDefined();
    const patch = (stage: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/leads/${lead.leadId}`,
        headers: asSession(team.owner.session),
        payload: { stage },
      });
    expect((await patch('qualified')).statusCode).toBe(200);
    await run();
    expect(callsTo('PUT', `/v1/people/${person?.id}`).map((c) => c.body)).toEqual([
      { stage: 'Hot Prospect' },
    ]);
    expect(person?.stage).toBe('Hot Prospect');

    expect((await patch('handed_off')).statusCode).toBe(200);
    await run();
    const [note] = callsTo('POST', '/v1/notes');
    expect(note?.body).toMatchObject({ personId: person?.id, subject: 'Conversation summary and handoff' });
    expect(String(note?.body?.body)).toContain('Handed to the team');

    const type = await buildType(t.ctx, { workspaceId: team.workspace.id, agents: [{ agentId: agent.id }] });
    const appointment = await bookSlot(t.ctx, {
      workspaceId: team.workspace.id,
      leadId: lead.leadId,
      appointmentTypeId: type.id,
      start: '2026-01-16T16:00:00.000Z',
      agentId: agent.id,
      notifyLead: false,
    });
    await run();
    const [booked] = callsTo('POST', '/v1/appointments');
    expect(booked?.body).toMatchObject({
      start: '2026-01-16T16:00:00.000Z',
      end: '2026-01-16T17:00:00.000Z',
      invitees: [{ personId: person?.id }],
    });
    const remoteId = (
      await t.ctx.db
        .selectFrom('fubLinks')
        .select('remoteId')
        .where('workspaceId', '=', team.workspace.id)
        .where('kind', '=', 'appointment')
        .where('localId', '=', appointment.id)
        .executeTakeFirstOrThrow()
    ).remoteId;

    await rescheduleAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      appointmentId: appointment.id,
      start: '2026-01-16T18:00:00.000Z',
      notifyLead: false,
    });
    await run();
    expect(callsTo('PUT', `/v1/appointments/${remoteId}`).map((c) => c.body?.start)).toEqual([
      '2026-01-16T18:00:00.000Z',
    ]);
    await cancelAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      appointmentId: appointment.id,
      notifyLead: false,
    });
    await run();
    expect(callsTo('DELETE', `/v1/appointments/${remoteId}`)).toHaveLength(1);
    expect(callsTo('POST', '/v1/appointments')).toHaveLength(1);
  });

  it('takes in a person created in Follow Up Boss, texting only with the consent the settings give', async () => {
    const silent = fub.addPerson({
      name: 'Nora Noconsent',
      stage: 'Lead',
      source: 'Realtor.com',
      emails: [{ value: 'nora@example.com' }],
      phones: [{ value: '(512) 555-0142' }],
      tags: [],
    });
    const message = fub.webhook('peopleCreated', [silent.id]);
    const accepted = await postWebhook(webhookUrl, message);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ received: 1 });
    // Follow Up Boss retries a webhook it thinks failed: the same event is one lead.
    expect((await postWebhook(webhookUrl, message)).statusCode).toBe(200);
    await run();
    const leads = await leadsOf(team.workspace.id);
    expect(leads.map((l) => l.name)).toEqual(['Nora Noconsent']);
    expect(leads[0]?.source).toBe('Realtor.com');
    expect(await textsSent(team.workspace.id)).toBe(0);
    expect(callsTo('POST', '/v1/events')).toHaveLength(0);

    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/integrations/follow-up-boss',
      headers: asSession(team.owner.session),
      payload: { consent: { sms: true, disclosure: SMS_DISCLOSURE, disclosureVersion: 'v3' } },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const agreed = fub.addPerson({
      name: 'Cora Consent',
      stage: 'Lead',
      source: 'Website',
      emails: [],
      phones: [{ value: '512-555-0143' }],
      tags: [],
    });
    expect((await postWebhook(webhookUrl, fub.webhook('peopleCreated', [agreed.id]))).statusCode).toBe(200);
    await run();
    expect(await textsSent(team.workspace.id)).toBe(1);
  });

  it('gives a person to the member Follow Up Boss assigns them to; an unknown agent is kept as a note', async () => {
    // First in the round robin's line: a lead it gave out would be hers.
    await buildUser(t.ctx, { workspaceId: team.workspace.id, name: 'Uma Other' });
    const sam = await buildUser(t.ctx, { workspaceId: team.workspace.id, name: 'Sam Rivera' });
    const known = fub.addPerson({
      name: 'Kim Known',
      stage: 'Lead',
      source: 'Zillow',
      emails: [{ value: 'kim.known@example.com' }],
      phones: [],
      tags: [],
      assignedTo: 'sam  rivera',
      assignedUserId: 41,
    });
    const stranger = fub.addPerson({
      name: 'Ulla Unassigned',
      stage: 'Lead',
      source: 'Zillow',
      emails: [{ value: 'ulla@example.com' }],
      phones: [],
      tags: [],
      assignedTo: 'Nobody Here',
      assignedUserId: 42,
    });
    await postWebhook(webhookUrl, fub.webhook('peopleCreated', [known.id, stranger.id]));
    await run();
    const leads = await leadsOf(team.workspace.id);
    const byName = new Map(leads.map((l) => [l.name, l]));
    expect(byName.get('Kim Known')?.assignedUserId).toBe(sam.user.id);
    expect(byName.get('Ulla Unassigned')?.assignedUserId).toBeNull();
    const notes = await t.ctx.db
      .selectFrom('leadNotes')
      .select(['leadId', 'body', 'authorId'])
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(notes).toEqual([
      {
        leadId: byName.get('Ulla Unassigned')?.id,
        authorId: null,
        body: expect.stringContaining('Follow Up Boss named the agent "Nobody Here"'),
      },
    ]);
    expect(notes[0]?.body).toContain('left unassigned');
  });

  it('suppresses a person moved to the do-not-contact stage', async () => {
    const lead = await buildLead(t.ctx, {
      workspaceId: team.workspace.id,
      phone: '+15125550177',
      email: 'dana@example.com',
      consent: consentEvidence(),
    });
    await run();
    const person = [...fub.people.values()].find((p) => p.emails[0]?.value === 'dana@example.com');
    if (!person) throw new Error('the lead never reached Follow Up Boss');
    person.stage = 'Do Not Contact';
    person.phones = [{ value: '+1 512 555 0177' }];
    expect((await postWebhook(webhookUrl, fub.webhook('peopleStageUpdated', [person.id]))).statusCode).toBe(
      200,
    );
    await run();
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/do-not-contact',
      headers: asSession(team.owner.session),
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.body).toContain('0177');
    const text = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.leadId}/messages`,
      headers: asApiKey(team.key.secret),
      payload: { body: 'Still looking?' },
    });
    expect(text.json()).toMatchObject({ status: 'blocked', gate: { reason: 'do_not_contact' } });
  });

  it('refuses unsigned, mis-signed and misaddressed webhooks, and another workspace sees none of it', async () => {
    const person = fub.addPerson({
      name: 'Eve',
      stage: 'Lead',
      source: 'x',
      emails: [],
      phones: [],
      tags: [],
    });
    const good = fub.webhook('peopleCreated', [person.id]);
    const unsigned = await postWebhook(webhookUrl, {
      ...good,
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned.statusCode).toBe(403);
    const forged = await postWebhook(webhookUrl, {
      ...good,
      headers: { ...good.headers, 'fub-signature': 'ab'.repeat(32) },
    });
    expect(forged.statusCode).toBe(403);
    const unknown = await postWebhook('https://x/webhooks/follow-up-boss/aaaaaaaaaaaaaaaaaaaaaaaaaa', good);
    expect(unknown.statusCode).toBe(403);

    const other = await buildTeam(t);
    const view = await t.app.inject({
      method: 'GET',
      url: '/api/v1/integrations/follow-up-boss',
      headers: asSession(other.owner.session),
    });
    expect(view.json()).toMatchObject({ connected: false });
    for (const [method, url] of [
      ['POST', '/api/v1/integrations/follow-up-boss/test'],
      ['PATCH', '/api/v1/integrations/follow-up-boss'],
      ['DELETE', '/api/v1/integrations/follow-up-boss'],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        headers: asSession(other.owner.session),
        ...(method === 'PATCH' ? { payload: { enabled: false } } : {}),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    // Another workspace's connection with the same system key: a webhook signed for it reaches only it.
    const connected = await connect({}, other);
    const theirUrl = connected.json().webhookUrl as string;
    expect((await postWebhook(theirUrl, good)).statusCode).toBe(200);
    await run();
    expect((await leadsOf(team.workspace.id)).map((l) => l.name)).not.toContain('Eve');
  });

  it('never answers the public webhook with a 5xx, whatever is posted', async () => {
    const token = new URL(webhookUrl).pathname;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.constant('{"eventId":"x","event":"peopleCreated","resourceIds":[1e309]}'),
        ),
        fc.option(fc.stringMatching(/^[0-9a-f]{0,80}$/)),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
        async (body, signature, type) => {
          const response = await t.app.inject({
            method: 'POST',
            url: token,
            headers: { 'content-type': type, ...(signature ? { 'fub-signature': signature } : {}) },
            payload: body,
          });
          expect(response.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
    // Signed but malformed: a 400, never a crash.
    const { headers } = fub.webhook('peopleCreated', [1]);
    for (const body of [
      'not json',
      '{"event":"peopleCreated"}',
      '[]',
      '{"eventId":"1","event":"peopleCreated","resourceIds":"x"}',
    ]) {
      const signature = (await import('node:crypto'))
        .createHmac('sha256', fub.systemKey)
        .update(Buffer.from(body).toString('base64'))
        .digest('hex');
      const response = await t.app.inject({
        method: 'POST',
        url: token,
        headers: { ...headers, 'fub-signature': signature },
        payload: body,
      });
      expect(response.statusCode, body).toBe(400);
    }
  });

  async function leadsOf(workspaceId: string) {
    return t.ctx.db
      .selectFrom('leads')
      .innerJoin('contacts', 'contacts.id', 'leads.contactId')
      .select(['leads.id', 'contacts.name', 'leads.source', 'leads.assignedUserId'])
      .where('leads.workspaceId', '=', workspaceId)
      .orderBy('leads.createdAt')
      .execute();
  }

  async function textsSent(workspaceId: string): Promise<number> {
    const rows = await t.ctx.db
      .selectFrom('messages')
      .select('status')
      .where('workspaceId', '=', workspaceId)
      .where('direction', '=', 'outbound')
      .execute();
    return rows.filter((r) => r.status === 'sent' || r.status === 'delivered').length;
  }
});
