import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDoNotContactEntry } from '../../src/consent/do-not-contact.service.js';
import { createFaq, createListing } from '../../src/conversations/knowledge/knowledge.service.js';
import { receiveLeadEmail } from '../../src/integrations/inbound.service.js';
import {
  createWebhookEndpoint,
  fanOutToEndpoints,
} from '../../src/integrations/outbound/webhooks.service.js';
import { createLeadSource } from '../../src/integrations/sources.service.js';
import { recordUsage } from '../../src/jobs/usage.recorder.js';
import { notifyTeam } from '../../src/messaging/notifications.service.js';
import { addPhoneNumber } from '../../src/messaging/phone-numbers.service.js';
import { upsertPushSubscription } from '../../src/messaging/push.repository.js';
import { fileRequest } from '../../src/privacy/requests.service.js';
import { bookSlot } from '../../src/scheduling/booking.service.js';
import { issueFeed } from '../../src/scheduling/calendars/ics-feed.js';
import { insertCallOnce } from '../../src/voice/calls.repository.js';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../helpers/app.js';
import { auditRows, buildLead, buildTeam, buildUser, type Team } from '../helpers/factories.js';
import { buildAgent, buildType } from '../helpers/scheduling.js';

/**
 * Invariant 4, checked against the route table rather than a hand-kept list: every /api/v1 route that
 * takes an id is called by workspace A with workspace B's real ids, and must answer 404 without B's data.
 * A new route with a parameter fails this test until B's data for it is added to `idFor` below.
 */

interface Fixtures {
  b: Team;
  bAgent: { id: string; email: string; name: string };
  bPhoneNumberId: string;
  bDoNotContactId: string;
  bLeadId: string;
  bAppointmentTypeId: string;
  bAppointmentId: string;
  bCalendarId: string;
  bListingId: string;
  bFaqId: string;
  bContactId: string;
  bPrivacyRequestId: string;
  bConversationId: string;
  bNotificationId: string;
  bPushSubscriptionId: string;
  bCallId: string;
  bSourceId: string;
  bUnparsedEmailId: string;
  bEndpointId: string;
  bDeliveryId: string;
}

/** B's real id for each parameter, by the route's first path segment after /api/v1 (`users`, `api-keys`). */
function idFor(resource: string, param: string, f: Fixtures): string | undefined {
  const ids: Record<string, Record<string, string>> = {
    users: { id: f.bAgent.id },
    'api-keys': { id: f.b.key.apiKey.id },
    'phone-numbers': { id: f.bPhoneNumberId },
    'do-not-contact': { id: f.bDoNotContactId },
    leads: { id: f.bLeadId },
    agents: { id: f.bAgent.id, connectionId: f.bCalendarId },
    'appointment-types': { id: f.bAppointmentTypeId },
    appointments: { id: f.bAppointmentId },
    knowledge: { listingId: f.bListingId, faqId: f.bFaqId },
    contacts: { id: f.bContactId },
    privacy: { id: f.bPrivacyRequestId },
    conversations: { id: f.bConversationId },
    notifications: { id: f.bNotificationId },
    push: { id: f.bPushSubscriptionId },
    calls: { id: f.bCallId },
    integrations: { id: f.bSourceId, emailId: f.bUnparsedEmailId },
    'webhook-endpoints': { id: f.bEndpointId, deliveryId: f.bDeliveryId },
  };
  return ids[resource]?.[param];
}

/** Bodies that pass validation, so the request reaches the lookup; routes not listed get `{}`. */
const bodies: Record<string, object> = {
  'PATCH /api/v1/users/:id': { name: 'Taken Over', role: 'agent', disabled: true },
  'PATCH /api/v1/integrations/sources/:id': { enabled: false, name: 'Taken over' },
  'PATCH /api/v1/webhook-endpoints/:id': { enabled: false, url: 'https://taken.example.com/over' },
  'POST /api/v1/integrations/unparsed-emails/:emailId/map': { phone: '+15125550196' },
  'POST /api/v1/leads/:id/messages': { body: 'Texting another workspace’s lead' },
  'PATCH /api/v1/appointment-types/:id': { name: 'Taken over', active: false },
  'PUT /api/v1/agents/:id/availability': { weekly: {} },
  'PATCH /api/v1/appointments/:id': { notes: 'Taken over' },
  'PATCH /api/v1/knowledge/listings/:listingId': { price: 1 },
  'PATCH /api/v1/knowledge/faqs/:faqId': { answer: 'Taken over' },
  'POST /api/v1/leads/:id/assistant': { paused: true },
  'PATCH /api/v1/leads/:id': { stage: 'lost', assignedUserId: null },
  'POST /api/v1/leads/:id/notes': { body: 'A note on another workspace’s lead' },
  'PATCH /api/v1/contacts/:id': { name: 'Taken Over' },
  'POST /api/v1/privacy/requests/:id/reject': { reason: 'Taken over' },
  'POST /api/v1/agents/:id/calendars': {
    kind: 'caldav',
    serverUrl: 'http://127.0.0.1:9/',
    username: 'taken',
    password: 'over',
  },
};

/** Only operators reach these, and for them a workspace id is input by design. */
const operatorOnly = (route: RouteOptions) => route.config?.operator === true;

function methodsOf(route: RouteOptions): string[] {
  return (Array.isArray(route.method) ? route.method : [route.method]).filter(
    (m) => m !== 'HEAD' && m !== 'OPTIONS',
  );
}

describe('workspace isolation, from the route table', () => {
  let t: TestApp;
  let a: Team;
  let f: Fixtures;
  let secrets: string[];

  beforeAll(async () => {
    t = await buildTestApp();
    a = await buildTeam(t);
    const b = await buildTeam(t);
    const agent = await buildUser(t.ctx, {
      workspaceId: b.workspace.id,
      name: 'Bea Bravo',
      email: 'bea@bravo.example',
    });
    const bBy = { type: 'api_key' as const, apiKeyId: b.key.apiKey.id };
    const bNumber = await addPhoneNumber(t.ctx, {
      workspaceId: b.workspace.id,
      number: '+15125550199',
      provider: 'sandbox',
      isDefault: true,
      by: bBy,
    });
    const bListed = await addDoNotContactEntry(t.ctx, {
      workspaceId: b.workspace.id,
      kind: 'phone',
      value: '+15125550198',
      by: bBy,
    });
    const bLead = await buildLead(t.ctx, {
      workspaceId: b.workspace.id,
      name: 'Bruno Bravolead',
      email: 'bruno@bravo.example',
      phone: '+15125550197',
    });
    // A Monday morning far ahead, inside B's agent's hours.
    const bScheduler = await buildAgent(t.ctx, { workspaceId: b.workspace.id, timezone: 'America/Chicago' });
    const bType = await buildType(t.ctx, {
      workspaceId: b.workspace.id,
      agents: [{ agentId: bScheduler.id }],
    });
    const bAppointment = await bookSlot(t.ctx, {
      workspaceId: b.workspace.id,
      leadId: bLead.leadId,
      appointmentTypeId: bType.id,
      start: '2030-03-04T16:00:00Z',
      notes: 'Bravo private note',
      notifyLead: false,
    });
    const bFeed = await issueFeed(t.ctx, {
      auth: { workspaceId: b.workspace.id, actor: bBy },
      agentId: agent.user.id,
    });
    const bListing = await createListing(t.ctx, {
      workspaceId: b.workspace.id,
      body: {
        ...{ city: null, state: null, zip: null, beds: null, baths: null, sqft: null, hoa: null, url: null },
        ...{ petsPolicy: null, showingNotes: null, timeZone: null },
        address: '77 Bravo Lane',
        mlsNumber: 'BRAVO-777',
        price: 777000,
        status: 'active',
        openHouses: [],
      },
    });
    const bFaq = await createFaq(t.ctx, {
      workspaceId: b.workspace.id,
      body: { question: 'Bravo secret question?', answer: 'Bravo secret answer', keywords: ['bravo'] },
    });
    const bRequest = await fileRequest(t.ctx, {
      workspaceId: b.workspace.id,
      input: {
        kind: 'access',
        jurisdiction: 'gdpr',
        contactId: bLead.contactId,
        note: 'Bravo private request',
      },
      actor: { type: 'api_key', id: b.key.apiKey.id },
    });
    const bNotificationId = await t.ctx.db.transaction().execute((trx) =>
      notifyTeam(trx, t.ctx, {
        workspaceId: b.workspace.id,
        leadId: bLead.leadId,
        userId: null,
        kind: 'handoff',
        subject: 'Bravo secret handoff',
        body: 'Bravo secret summary',
      }),
    );
    const bPush = await upsertPushSubscription(t.ctx.db, {
      id: `push-${b.workspace.id}`,
      workspaceId: b.workspace.id,
      userId: b.owner.user.id,
      endpoint: 'https://push.example.com/bravo-secret-endpoint',
      keyP256dh: 'B'.repeat(87),
      keyAuth: 'A'.repeat(22),
      createdAt: new Date().toISOString(),
      lastSuccessAt: null,
      lastFailureAt: null,
      lastError: null,
    });
    const { call: bCall } = await insertCallOnce(t.ctx.db, {
      ...{ id: `call-${b.workspace.id}`, workspaceId: b.workspace.id, leadId: bLead.leadId },
      ...{ contactId: bLead.contactId, conversationId: bLead.conversationId, provider: 'sandbox' },
      ...{ providerCallSid: `CA-${b.workspace.id}`, sessionId: null, direction: 'inbound' },
      ...{ fromNumber: '+15125550197', toNumber: '+15125550199', status: 'completed', statusHistory: '[]' },
      ...{ answeredBy: null, greeting: 'Bravo greeting', startedAt: new Date().toISOString() },
      ...{ connectedAt: null, endedAt: null, durationSeconds: null, outcome: null, handoffReason: null },
      ...{
        relayState: '{}',
        transferTo: null,
        transferStatus: null,
        transferredAt: null,
        recordingEnabled: 0,
      },
      ...{ recordingSid: null, recordingStatus: null, recordingPath: null, recordingDurationSeconds: null },
      ...{ createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() },
    });
    const bSource = await createLeadSource(t.ctx, {
      workspaceId: b.workspace.id,
      body: { kind: 'email', enabled: true, name: 'Bravo lead emails' },
      by: bBy,
    });
    const bSourceRow = await t.ctx.db
      .selectFrom('leadSources')
      .selectAll()
      .where('id', '=', bSource.source.id)
      .executeTakeFirstOrThrow();
    const bEmail = await receiveLeadEmail(t.ctx, {
      source: bSourceRow,
      raw: 'From: news@bravo.example\r\nSubject: Bravo secret newsletter\r\n\r\nNothing to reach here.\r\n',
    });
    const bEndpoint = await createWebhookEndpoint(t.ctx, {
      workspaceId: b.workspace.id,
      body: {
        url: 'http://127.0.0.1:9/bravo',
        description: 'Bravo secret hook',
        events: [],
        enabled: true,
        ownSystem: false,
      },
      by: bBy,
    });
    const bEvent = await t.ctx.db
      .selectFrom('domainEvents')
      .selectAll()
      .where('workspaceId', '=', b.workspace.id)
      .where('leadId', '=', bLead.leadId)
      .executeTakeFirstOrThrow();
    await fanOutToEndpoints(t.ctx, bEvent);
    const bDelivery = await t.ctx.db
      .selectFrom('webhookDeliveries')
      .select('id')
      .where('endpointId', '=', bEndpoint.endpoint.id)
      .executeTakeFirstOrThrow();
    f = {
      b,
      bAgent: { id: agent.user.id, email: agent.user.email, name: agent.user.name },
      bPhoneNumberId: bNumber.id,
      bDoNotContactId: bListed.entry.id,
      bLeadId: bLead.leadId,
      bAppointmentTypeId: bType.id,
      bAppointmentId: bAppointment.id,
      bCalendarId: bFeed.connection.id,
      bListingId: bListing.id,
      bFaqId: bFaq.id,
      bContactId: bLead.contactId,
      bPrivacyRequestId: bRequest.id,
      bConversationId: bLead.conversationId,
      bNotificationId,
      bPushSubscriptionId: bPush.id,
      bCallId: bCall.id,
      bSourceId: bSource.source.id,
      bUnparsedEmailId: bEmail.payloadId,
      bEndpointId: bEndpoint.endpoint.id,
      bDeliveryId: bDelivery.id,
    };
    secrets = [
      b.workspace.id,
      b.workspace.name,
      b.owner.user.email,
      b.owner.user.name,
      f.bAgent.email,
      f.bAgent.name,
    ];
    secrets.push(b.key.apiKey.prefix, b.key.apiKey.name);
    secrets.push(bLead.leadId, bLead.contactId, 'Bruno Bravolead', 'bruno@bravo.example', '+15125550197');
    secrets.push(bType.id, bAppointment.id, bScheduler.id, 'Bravo private note');
    secrets.push(bListing.id, '77 Bravo Lane', 'BRAVO-777', bFaq.id, 'Bravo secret answer');
    secrets.push(bRequest.id, 'Bravo private request');
    secrets.push(bSource.source.id, 'Bravo lead emails', 'Bravo secret newsletter', bEmail.payloadId);
    secrets.push(bEndpoint.endpoint.id, 'Bravo secret hook', bDelivery.id, bEndpoint.secret);
    await recordUsage(t.ctx.db, {
      workspaceId: b.workspace.id,
      unit: 'llm_tokens_in',
      quantity: 777,
      key: 'isolation:b',
      model: 'bravo-secret-model',
      at: new Date().toISOString(),
    });
    secrets.push('bravo-secret-model');
    await t.app.ready();
  });
  afterAll(() => t.close());

  // Fastify adds a HEAD twin for each GET; methodsOf() drops it, and with it the duplicate.
  const apiRoutes = () =>
    t.routes.filter((r) => r.url.startsWith('/api/v1/') && !operatorOnly(r) && methodsOf(r).length > 0);

  it('has B data for every route with a parameter', () => {
    const missing: string[] = [];
    for (const route of apiRoutes().filter((r) => r.url.includes('/:'))) {
      const resource = route.url.split('/')[3] ?? '';
      for (const param of route.url.match(/:(\w+)/g) ?? []) {
        if (!idFor(resource, param.slice(1), f)) missing.push(`${route.url} (${param}) — add it to idFor()`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("answers 404 to A's owner and A's key for every id of B's, and changes nothing of B's", async () => {
    const targets = apiRoutes()
      .filter((r) => r.url.includes('/:'))
      .flatMap((route) => methodsOf(route).map((method) => ({ route, method })));
    expect(targets.map((x) => `${x.method} ${x.route.url}`)).toEqual(
      expect.arrayContaining([
        'GET /api/v1/users/:id',
        'PATCH /api/v1/users/:id',
        'DELETE /api/v1/api-keys/:id',
        'GET /api/v1/leads/:id',
        'POST /api/v1/leads/:id/messages',
        'GET /api/v1/agents/:id/availability',
        'PUT /api/v1/agents/:id/availability',
        'PATCH /api/v1/appointment-types/:id',
        'DELETE /api/v1/appointment-types/:id',
        'GET /api/v1/appointments/:id',
        'PATCH /api/v1/appointments/:id',
        'DELETE /api/v1/appointments/:id',
        'PATCH /api/v1/knowledge/listings/:listingId',
        'DELETE /api/v1/knowledge/faqs/:faqId',
        'POST /api/v1/leads/:id/assistant',
      ]),
    );

    const outcomes: string[] = [];
    for (const { route, method } of targets) {
      const resource = route.url.split('/')[3] ?? '';
      const url = route.url.replace(/:(\w+)/g, (_m, param: string) => idFor(resource, param, f) ?? 'missing');
      const hasBody = method !== 'GET' && method !== 'DELETE';
      const payload = bodies[`${method} ${route.url}`] ?? {};
      const keyRefused = route.config?.apiKey === false || route.config?.auth === 'session';
      for (const [who, headers, expected] of [
        ['owner session', asSession(a.owner.session), 404],
        ['API key', asApiKey(a.key.secret), keyRefused ? 403 : 404],
      ] as const) {
        const response = await t.app.inject({
          method: method as 'GET',
          url,
          headers,
          ...(hasBody ? { payload } : {}),
        });
        const leaked = secrets.filter((s) => response.body.includes(s));
        outcomes.push(
          `${method} ${route.url} as ${who}: ${response.statusCode}${leaked.length ? ` leaked ${leaked}` : ''}`,
        );
        expect.soft(response.statusCode, `${method} ${url} as ${who}: ${response.body}`).toBe(expected);
        expect.soft(leaked, `${method} ${route.url} as ${who}`).toEqual([]);
        if (expected === 404) expect.soft(response.json().error.code).toBe('not_found');
      }
    }

    const bAgent = await t.ctx.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', f.bAgent.id)
      .executeTakeFirstOrThrow();
    expect(bAgent).toMatchObject({ name: 'Bea Bravo', role: 'agent', disabledAt: null });
    const bKey = await t.ctx.db
      .selectFrom('apiKeys')
      .selectAll()
      .where('id', '=', f.b.key.apiKey.id)
      .executeTakeFirstOrThrow();
    expect(bKey.revokedAt).toBeNull();
    expect(
      await t.ctx.db.selectFrom('phoneNumbers').select('id').where('id', '=', f.bPhoneNumberId).execute(),
    ).toHaveLength(1);
    expect(
      await t.ctx.db.selectFrom('suppressions').select('id').where('id', '=', f.bDoNotContactId).execute(),
    ).toHaveLength(1);
    const bConversation = await t.ctx.db
      .selectFrom('conversations')
      .selectAll()
      .where('leadId', '=', f.bLeadId)
      .executeTakeFirstOrThrow();
    expect(bConversation.assistantPaused).toBe(0);
    const bMessages = await t.ctx.db
      .selectFrom('messages')
      .select('author')
      .where('leadId', '=', f.bLeadId)
      .execute();
    expect(bMessages.map((m) => m.author)).toEqual(['assistant']);
    const bAppointment = await t.ctx.db
      .selectFrom('appointments')
      .selectAll()
      .where('id', '=', f.bAppointmentId)
      .executeTakeFirstOrThrow();
    expect(bAppointment).toMatchObject({ status: 'booked', sequence: 0, notes: 'Bravo private note' });
    const bType = await t.ctx.db
      .selectFrom('appointmentTypes')
      .selectAll()
      .where('id', '=', f.bAppointmentTypeId)
      .executeTakeFirstOrThrow();
    expect(bType).toMatchObject({ active: 1, deletedAt: null });
    const bHours = await t.ctx.db
      .selectFrom('agentAvailability')
      .select('agentId')
      .where('workspaceId', '=', f.b.workspace.id)
      .execute();
    expect(bHours).toHaveLength(1);
    const bListingRow = await t.ctx.db
      .selectFrom('listings')
      .selectAll()
      .where('id', '=', f.bListingId)
      .executeTakeFirstOrThrow();
    expect(bListingRow.priceCents).toBe(77_700_000);
    const bFaqRow = await t.ctx.db
      .selectFrom('faqs')
      .selectAll()
      .where('id', '=', f.bFaqId)
      .executeTakeFirstOrThrow();
    expect(bFaqRow.answer).toBe('Bravo secret answer');
    const bContact = await t.ctx.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', f.bContactId)
      .executeTakeFirstOrThrow();
    expect(bContact).toMatchObject({ name: 'Bruno Bravolead', restrictedAt: null });
    const bRequestRow = await t.ctx.db
      .selectFrom('privacyRequests')
      .selectAll()
      .where('id', '=', f.bPrivacyRequestId)
      .executeTakeFirstOrThrow();
    expect(bRequestRow).toMatchObject({ completedAt: null, rejectedReason: null });
    const aActors = new Set([a.owner.user.id, a.key.apiKey.id]);
    expect((await auditRows(t, f.b.workspace.id)).filter((r) => r.actorId && aActors.has(r.actorId))).toEqual(
      [],
    );
    expect(outcomes.length).toBe(targets.length * 2);
  });

  it("never lists B's data to A", async () => {
    // The live event stream never ends; src/http/events.test.ts reads it over a socket for the same promise.
    const lists = apiRoutes().filter(
      (r) => !r.url.includes('/:') && methodsOf(r).includes('GET') && !r.url.endsWith('/events'),
    );
    expect(lists.map((r) => r.url)).toEqual(
      expect.arrayContaining([
        '/api/v1/users',
        '/api/v1/audit-log',
        '/api/v1/leads',
        '/api/v1/appointments',
        '/api/v1/usage',
        '/api/v1/usage.csv',
      ]),
    );
    for (const route of lists) {
      for (const headers of [asSession(a.owner.session), asApiKey(a.key.secret)]) {
        const response = await t.app.inject({ method: 'GET', url: route.url, headers });
        expect
          .soft(
            secrets.filter((s) => response.body.includes(s)),
            `GET ${route.url}`,
          )
          .toEqual([]);
      }
    }
  });
});
