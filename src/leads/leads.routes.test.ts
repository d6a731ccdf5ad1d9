import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, consentEvidence, nextPhone, type Team } from '../../test/helpers/factories.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { MINUTE } from '../platform/clock.js';

describe(`the leads API on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await buildTestApp();
    // 10:00 in Austin, whose area code the test numbers use: inside every quiet-hours window.
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  const post = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/leads', headers: asApiKey(team.key.secret), payload });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: asApiKey(team.key.secret) });

  it('takes a consented lead, answers 201, and the first text goes out', async () => {
    const phone = nextPhone();
    const response = await post({
      name: 'dana whitfield',
      phone: phone.replace('+1', '(').replace(/^(\(\d{3})/, '$1) '),
      email: 'Dana@Example.com',
      source: 'zillow',
      message: 'Is 12 Oak St still available?',
      property: { address: '12 Oak St', city: 'Austin', state: 'TX', zip: '78704', price: 450000 },
      leadType: 'buyer',
      tags: ['hot'],
      consent: consentEvidence({ userAgent: 'Mozilla/5.0', pageUrl: 'https://agent.example/listing' }),
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      merged: false,
      phoneValid: true,
      firstResponse: 'queued',
      firstResponseReason: 'allowed',
      firstResponseMessageId: expect.any(String),
    });
    t.clock.advance(800);
    await drainJobs(t.ctx, jobDefinitions);

    const lead = (await get(`/api/v1/leads/${created.leadId}`)).json();
    expect(lead).toMatchObject({
      id: created.leadId,
      contact: {
        id: created.contactId,
        name: 'Dana Whitfield',
        firstName: 'Dana',
        phone,
        phoneValid: true,
        email: 'dana@example.com',
        state: 'TX',
        zip: '78704',
      },
      source: 'zillow',
      leadType: 'buyer',
      stage: 'contacted',
      tags: ['hot'],
      profile: {},
      receivedAt: '2026-01-15T16:00:00.000Z',
      firstResponseQueuedAt: '2026-01-15T16:00:00.000Z',
      firstResponseSentAt: '2026-01-15T16:00:00.800Z',
      speedToLeadSeconds: 0.8,
      conversation: { id: created.conversationId, assistantPaused: false },
      consent: {
        sms: {
          conversational: { status: 'granted', source: 'api' },
          marketing: { status: 'none', since: null, source: null },
        },
        voice: { status: 'none' },
      },
    });
    expect(lead.inquiries).toEqual([
      expect.objectContaining({
        source: 'zillow',
        channel: 'api',
        message: 'Is 12 Oak St still available?',
        property: expect.objectContaining({ address: '12 Oak St', price: 450000 }),
        startedFirstResponse: true,
      }),
    ]);

    const thread = (await get(`/api/v1/leads/${created.leadId}/messages`)).json().items;
    expect(thread).toEqual([
      expect.objectContaining({
        id: created.firstResponseMessageId,
        direction: 'outbound',
        author: 'assistant',
        kind: 'first_response',
        status: 'sent',
        sentAt: '2026-01-15T16:00:00.800Z',
        gate: { outcome: 'allowed', reason: 'allowed', deferUntil: null },
      }),
    ]);
    expect(thread[0].body).toContain('Hi Dana');
  });

  it('refuses a lead with no phone or email (422) and malformed bodies (400)', async () => {
    const unreachable = await post({ name: 'Nobody', message: 'Call me' });
    expect(unreachable.statusCode).toBe(422);
    expect(unreachable.json().error).toMatchObject({
      code: 'lead_unreachable',
      message: expect.stringMatching(/phone number or an email address/),
    });
    const badEmail = await post({ email: 'not-an-email' });
    expect(badEmail.statusCode).toBe(422);
    expect(badEmail.json().error.message).toMatch(/"email" is not a valid address/);

    for (const payload of [
      { phone: nextPhone(), favouriteColour: 'blue' },
      { phone: nextPhone(), property: { address: '1 Main', pool: true } },
      { phone: nextPhone(), leadType: 'investor' },
      { phone: nextPhone(), timezone: 'Mars/Olympus' },
      { phone: nextPhone(), consent: { sms: true } },
    ]) {
      const response = await post(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
    const unauthenticated = await t.app.inject({ method: 'POST', url: '/api/v1/leads', payload: {} });
    expect(unauthenticated.statusCode).toBe(401);
  });

  it('keeps a lead without consent, does not text it, and shows why in the thread', async () => {
    const response = await post({ name: 'Sam Quiet', phone: nextPhone() });
    expect(response.json()).toMatchObject({ firstResponse: 'blocked', firstResponseReason: 'no_consent' });
    await drainJobs(t.ctx, jobDefinitions);
    const thread = (await get(`/api/v1/leads/${response.json().leadId}/messages`)).json().items;
    expect(thread).toEqual([
      expect.objectContaining({
        status: 'blocked',
        sentAt: null,
        gate: { outcome: 'blocked', reason: 'no_consent', deferUntil: null },
      }),
    ]);
    const lead = (await get(`/api/v1/leads/${response.json().leadId}`)).json();
    expect(lead).toMatchObject({ stage: 'new', firstResponseSentAt: null, speedToLeadSeconds: null });
  });

  it('stores the zone a source gives as the zone database spells it', async () => {
    const created = (await post({ email: 'zone@example.com', timezone: 'america/chicago' })).json();
    const lead = (await get(`/api/v1/leads/${created.leadId}`)).json();
    expect(lead.contact.timezone).toBe('America/Chicago');
  });

  it('merges a repeat inquiry into the lead and its timeline', async () => {
    const phone = nextPhone();
    const first = (await post({ phone, source: 'zillow', message: 'First' })).json();
    t.clock.advance(MINUTE);
    const again = await post({
      phone,
      email: 'repeat@example.com',
      source: 'realtor.com',
      message: 'Second',
    });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({
      merged: true,
      leadId: first.leadId,
      firstResponse: 'not_queued',
      firstResponseReason: 'recent_first_response',
    });
    const lead = (await get(`/api/v1/leads/${first.leadId}`)).json();
    expect(lead.contact.email).toBe('repeat@example.com');
    expect(lead.inquiries.map((i: { message: string; source: string }) => [i.source, i.message])).toEqual([
      ['zillow', 'First'],
      ['realtor.com', 'Second'],
    ]);
  });

  it('answers 404 for an unknown lead', async () => {
    for (const url of ['/api/v1/leads/nope', '/api/v1/leads/nope/messages', '/api/v1/leads/nope/consent']) {
      const response = await get(url);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });
});
