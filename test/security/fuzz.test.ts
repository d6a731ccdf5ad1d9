import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../src/jobs/catalog.js';
import { drainJobs } from '../../src/jobs/jobs.drain.js';
import { createBookingLink } from '../../src/scheduling/booking-links.service.js';
import { signWebhook } from '../fakes/twilio/webhooks.js';
import { asApiKey, asSession, nextClientAddress } from '../helpers/app.js';
import { buildLead } from '../helpers/factories.js';
import { encode, fillPath, hostileQuery, queryTargets, validValue } from '../helpers/route-fuzz.js';
import { buildAgent, buildType } from '../helpers/scheduling.js';
import {
  buildTwilioTestApp,
  OUR_NUMBER,
  PUBLIC_URL,
  postWebhook,
  TWILIO_AUTH_TOKEN,
  type TwilioTestApp,
} from '../helpers/twilio-app.js';

/**
 * Generated malformed input against every public entry point. Whatever arrives: never a 5xx, an error
 * answer is the JSON envelope (or, on pages for people, a page), nothing is left half-written, and the
 * process goes on answering.
 */

const RUNS = 75;

/** Strings that tend to break parsers and normalisers, mixed with arbitrary ones. */
const nasty = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '+',
    '+1 (512) 555-01',
    '+15125550123',
    '5125550123',
    '0000000000000000000000000000000000000',
    'a@b',
    '@',
    'x'.repeat(5000),
    '<script>alert(1)</script>',
    "'; drop table leads; --",
    '%00%ff',
    '{"a":',
    '2026-02-30T25:61:00Z',
    '\uD800',
    '🏠🏠🏠',
    'NaN',
    '-1',
    '1e309',
    'STOP',
    '__proto__',
    'constructor',
  ),
);

const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'name',
      'phone',
      'email',
      'message',
      'source',
      'tags',
      'consent',
      'property',
      'timezone',
      'leadType',
      '__proto__',
      'extra',
    ),
    fc.oneof(
      nasty,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(nasty, { maxLength: 3 }),
      fc.jsonValue({ maxDepth: 2 }),
    ),
  ),
);

const formish = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'name',
      'phone',
      'email',
      'message',
      'sms_consent',
      'website',
      'page',
      'kind',
      'jurisdiction',
      'details',
      'start',
      'ticket',
      'code',
    ),
    fc.string({ maxLength: 12 }),
  ),
  nasty,
  { maxKeys: 8 },
);

/** A path segment from any string: lone surrogates become U+FFFD, as a browser would send them. */
const segment = (value: string) =>
  encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );

function checkAnswer(what: string, response: LightMyRequestResponse, allowed: readonly number[]): void {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
  if (response.statusCode >= 400) {
    const type = String(response.headers['content-type'] ?? '');
    if (type.startsWith('text/html')) expect(response.body, what).toMatch(/<html|<!doctype/i);
    else {
      const error = response.json().error;
      expect(typeof error?.code, `${what}: ${response.body}`).toBe('string');
      expect(typeof error?.message, what).toBe('string');
    }
  } else expect(allowed, `${what}: ${response.statusCode}`).toContain(response.statusCode);
}

describe('fuzzing the public entry points', () => {
  let t: TwilioTestApp;
  let bookingToken: string;
  /** Real ids by path segment or parameter name, so fuzzed parameters reach the services behind them. */
  let known: Record<string, string>;

  beforeAll(async () => {
    t = await buildTwilioTestApp();
    const ws = t.team.workspace.id;
    const agent = await buildAgent(t.ctx, { workspaceId: ws, timezone: 'America/Chicago' });
    const type = await buildType(t.ctx, { workspaceId: ws, agents: [{ agentId: agent.id }] });
    const lead = await buildLead(t.ctx, { workspaceId: ws });
    bookingToken = (
      await createBookingLink(t.ctx, { workspaceId: ws, leadId: lead.leadId, appointmentTypeId: type.id })
    ).token;
    await t.app.ready();
    const slots = await t.app.inject({
      url: `/api/v1/slots?type=${type.id}`,
      headers: asApiKey(t.team.key.secret),
    });
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: asApiKey(t.team.key.secret),
      payload: { leadId: lead.leadId, appointmentTypeId: type.id, start: slots.json().slots[0].start },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    known = {
      leads: lead.leadId,
      leadId: lead.leadId,
      'appointment-types': type.id,
      type: type.id,
      appointmentTypeId: type.id,
      agents: agent.id,
      agentId: agent.id,
      appointments: booked.json().id,
      users: t.team.owner.user.id,
      workspaceSlug: t.team.workspace.slug,
      workspace: t.team.workspace.slug,
      token: bookingToken,
    };
  });
  afterAll(() => t.close());

  /** Every contact has its lead, every lead its inquiry, every job its workspace and the rows it names. */
  async function assertWhole(): Promise<void> {
    const db = t.ctx.db;
    const contactsWithoutLead = await db
      .selectFrom('contacts')
      .select('contacts.id')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('leads').select('leads.id').whereRef('leads.contactId', '=', 'contacts.id'))),
      )
      .execute();
    expect(contactsWithoutLead).toEqual([]);
    const leadsWithoutInquiry = await db
      .selectFrom('leads')
      .select('leads.id')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('inquiries').select('inquiries.id').whereRef('inquiries.leadId', '=', 'leads.id'),
          ),
        ),
      )
      .execute();
    expect(leadsWithoutInquiry).toEqual([]);
    const jobs = await db.selectFrom('jobs').select(['id', 'name', 'workspaceId', 'payload']).execute();
    const workspaces = new Set((await db.selectFrom('workspaces').select('id').execute()).map((w) => w.id));
    const leads = new Set((await db.selectFrom('leads').select('id').execute()).map((l) => l.id));
    const messages = new Set((await db.selectFrom('messages').select('id').execute()).map((m) => m.id));
    for (const job of jobs) {
      if (job.workspaceId) expect(workspaces.has(job.workspaceId), `job ${job.name}`).toBe(true);
      const payload = (typeof job.payload === 'string' ? JSON.parse(job.payload) : job.payload) as Record<
        string,
        unknown
      >;
      if (typeof payload.leadId === 'string') expect(leads.has(payload.leadId), `job ${job.name}`).toBe(true);
      if (typeof payload.messageId === 'string')
        expect(messages.has(payload.messageId), `job ${job.name}`).toBe(true);
    }
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
  }

  it('POST /api/v1/leads with an API key', async () => {
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(jsonish, async (body) => {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/leads',
          headers: { ...asApiKey(t.team.key.secret), 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        checkAnswer('POST /api/v1/leads', response, [200, 201]);
        if (response.statusCode < 300) stored += 1;
      }),
      {
        numRuns: RUNS * 2,
        // A few well-formed leads among the garbage, so the write path is exercised too.
        examples: [
          [{ phone: '+15125550123' }],
          [{ email: 'fuzz@example.com', name: '\u0000 ' }],
          [{ phone: '512 555 0199', tags: [] }],
        ],
      },
    );
    expect(stored).toBeGreaterThan(0);
    // Bodies that are not JSON at all.
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (raw) => {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/leads',
          headers: { ...asApiKey(t.team.key.secret), 'content-type': 'application/json' },
          payload: raw,
        });
        checkAnswer('POST /api/v1/leads (raw)', response, [200, 201]);
      }),
      { numRuns: RUNS },
    );
    await assertWhole();
  });

  it('drops NUL characters (which PostgreSQL refuses) instead of failing on them', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asApiKey(t.team.key.secret),
      payload: { name: 'Nu\u0000ll Lead', email: 'nul\u0000@example.com', tags: ['\u0000a'] },
    });
    expect(response.statusCode, response.body).toBe(201);
    const contact = await t.ctx.db
      .selectFrom('contacts')
      .select(['name', 'email'])
      .where('email', '=', 'nul@example.com')
      .executeTakeFirstOrThrow();
    expect(contact.name).toBe('Null Lead');
    for (const url of ['/f/%00', `/f/${t.team.workspace.slug}?source=%00`, '/b/%00']) {
      const answer = await t.app.inject({ method: 'GET', url, remoteAddress: nextClientAddress() });
      expect(answer.statusCode, url).toBeLessThan(500);
    }
  });

  it('POST /f/:slug, urlencoded', async () => {
    const slug = t.team.workspace.slug;
    await fc.assert(
      fc.asyncProperty(formish, fc.oneof(fc.constant(slug), nasty), async (form, target) => {
        const response = await t.app.inject({
          method: 'POST',
          url: `/f/${segment(target || slug)}`,
          remoteAddress: nextClientAddress(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams(form).toString(),
        });
        checkAnswer('POST /f/:slug', response, [200, 201, 303]);
      }),
      { numRuns: RUNS * 2 },
    );
    await assertWhole();
  });

  it('Twilio webhooks: unsigned garbage is 403, signed garbage is never a 5xx', async () => {
    const params = fc.dictionary(
      fc.oneof(
        fc.constantFrom(
          'MessageSid',
          'AccountSid',
          'From',
          'To',
          'Body',
          'MessageStatus',
          'ErrorCode',
          'OptOutType',
          'NumMedia',
        ),
        fc.string({ minLength: 1, maxLength: 10 }),
      ),
      fc.oneof(nasty, fc.constant(OUR_NUMBER), fc.constantFrom('delivered', 'failed', 'received', 'STOP')),
      { maxKeys: 9 },
    );
    // Forms shaped like Twilio's, with garbage in the fields, so some pass validation and reach the handler.
    const sid = fc.string({ minLength: 1, maxLength: 64 });
    const shaped = fc.record(
      {
        MessageSid: sid,
        AccountSid: fc.constant(`AC${'1f'.repeat(16)}`),
        From: fc.oneof(nasty, fc.constantFrom('+15125550111', '512-555-0112', 'not a number')),
        To: fc.oneof(fc.constant(OUR_NUMBER), nasty),
        Body: nasty,
        OptOutType: fc.oneof(fc.constantFrom('STOP', 'START', 'HELP'), nasty),
        MessageStatus: fc.oneof(fc.constantFrom('sent', 'delivered', 'undelivered', 'failed'), nasty),
        ErrorCode: fc.oneof(fc.constantFrom('30003', '30007'), nasty),
      },
      { requiredKeys: ['MessageSid'] },
    );
    let accepted = 0;
    for (const path of ['/webhooks/twilio/sms', '/webhooks/twilio/status']) {
      await fc.assert(
        fc.asyncProperty(fc.oneof(params, shaped), fc.boolean(), async (form, signed) => {
          const hook = signWebhook(TWILIO_AUTH_TOKEN, `${PUBLIC_URL}${path}`, form);
          const headers = signed
            ? hook.headers
            : { ...hook.headers, 'x-twilio-signature': 'bm90IGEgc2lnbmF0dXJl' };
          const response = await postWebhook(t, hook, headers);
          if (!signed) {
            expect(response.statusCode).toBe(403);
            expect(response.json().error.code).toBe('invalid_signature');
          } else {
            checkAnswer(`POST ${path}`, response, [200, 204]);
            if (response.statusCode < 300) accepted += 1;
          }
        }),
        { numRuns: RUNS * 2 },
      );
    }
    expect(accepted).toBeGreaterThan(0);
    // The jobs the signed garbage queued run too: a bad payload fails its job, never the worker.
    const drained = await drainJobs(t.ctx, jobDefinitions);
    expect(drained.ran).toBeGreaterThan(0);
    await assertWhole();
  });

  it('POST /api/v1/auth/sign-in', async () => {
    await fc.assert(
      fc.asyncProperty(jsonish, async (body) => {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          remoteAddress: nextClientAddress(),
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        checkAnswer('POST /api/v1/auth/sign-in', response, []);
      }),
      { numRuns: RUNS },
    );
  });

  it('POST /b/:token', async () => {
    await fc.assert(
      fc.asyncProperty(formish, fc.oneof(fc.constant(bookingToken), nasty), async (form, token) => {
        const response = await t.app.inject({
          method: 'POST',
          url: `/b/${segment(token || bookingToken)}`,
          remoteAddress: nextClientAddress(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams(form).toString(),
        });
        checkAnswer('POST /b/:token', response, [200, 201, 303]);
      }),
      { numRuns: RUNS },
    );
    await assertWhole();
  });

  it('POST /privacy/request/:slug', async (context) => {
    const route = t.routes.find((r) => r.url === '/privacy/request/:workspaceSlug' && r.method === 'POST');
    if (!route) {
      context.skip('POST /privacy/request/:workspaceSlug is not registered in this build');
      return;
    }
    const slug = t.team.workspace.slug;
    const requestForm = fc.record(
      {
        kind: fc.oneof(
          fc.constantFrom('access', 'deletion', 'correction', 'restriction', 'portability', 'opt_out'),
          nasty,
        ),
        jurisdiction: fc.oneof(fc.constantFrom('gdpr', 'ccpa', 'other'), nasty),
        phone: nasty,
        email: nasty,
        details: nasty,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(requestForm, formish), async (form) => {
        const response = await t.app.inject({
          method: 'POST',
          url: `/privacy/request/${slug}`,
          remoteAddress: nextClientAddress(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams(form as Record<string, string>).toString(),
        });
        checkAnswer('POST /privacy/request/:slug', response, [200, 201, 303]);
      }),
      { numRuns: RUNS },
    );
    await assertWhole();
  });

  /** One request whose answer may be a live stream: its headers then suffice, and it is closed. */
  async function checkQueryAnswer(
    what: string,
    options: { method: string; url: string; headers: Record<string, string>; body: unknown },
  ): Promise<void> {
    const response = await t.app.inject({
      method: options.method as 'GET',
      url: options.url,
      headers: options.headers,
      remoteAddress: nextClientAddress(),
      payloadAsStream: true,
      ...(options.body === undefined ? {} : { payload: options.body as Record<string, unknown> }),
    });
    const type = String(response.headers['content-type'] ?? '');
    if (type.startsWith('text/event-stream')) {
      expect(response.statusCode, what).toBe(200);
      response.raw.res.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of response.stream()) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(response.statusCode, `${what}: ${text.slice(0, 300)}`).toBeLessThan(500);
    if (response.statusCode < 400) return;
    if (type.startsWith('text/html')) expect(text, what).toMatch(/<html|<!doctype/i);
    else expect(typeof JSON.parse(text).error?.code, `${what}: ${text.slice(0, 300)}`).toBe('string');
  }

  it('every query parameter of every route, with valid credentials', async () => {
    // Built from the route table, so a route added later is fuzzed without touching this test.
    const targets = queryTargets(t.routes);
    expect(targets.length).toBeGreaterThan(20);
    const now = t.clock.now();
    let sent = 0;
    for (const target of targets) {
      const apiRoute = target.url.startsWith('/api/v1/') && target.config?.auth !== 'public';
      const bySession = target.config?.auth === 'session' || target.config?.apiKey === false;
      const headers = !apiRoute
        ? {}
        : bySession
          ? asSession(t.team.owner.session)
          : asApiKey(t.team.key.secret);
      const path = fillPath(target.url, known);
      const body = target.body ? validValue('body', target.body, known, now) : undefined;
      // Required parameters hold valid values, so the one fuzzed reaches the service behind the schema.
      const required = target.requiredQuery.map(
        (name) => [name, String(validValue(name, target.query[name] ?? {}, known, now))] as const,
      );
      for (const name of Object.keys(target.query)) {
        const others = required.filter(([key]) => key !== name).map(([k, v]) => `${encode(k)}=${encode(v)}`);
        for (const fragment of hostileQuery(name, 4)) {
          const url = `${path}?${[...others, fragment].join('&')}`;
          await checkQueryAnswer(`${target.method} ${url.slice(0, 200)}`, {
            method: target.method,
            url,
            headers,
            body,
          });
          sent += 1;
        }
      }
    }
    expect(sent).toBeGreaterThan(1000);
    await assertWhole();
  }, 180_000);
});
