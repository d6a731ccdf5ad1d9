import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '../../src/http/auth.js';
import { PASSWORD_ATTEMPTS_PER_MINUTE } from '../../src/workspaces/auth.routes.js';
import { signWebhook } from '../fakes/twilio/webhooks.js';
import { asApiKey, buildTestApp, nextClientAddress, type TestApp } from '../helpers/app.js';
import { buildTeam } from '../helpers/factories.js';
import {
  buildTwilioTestApp,
  PUBLIC_URL,
  postWebhook,
  TWILIO_ACCOUNT_SID,
  TWILIO_AUTH_TOKEN,
  type TwilioTestApp,
  useOwnTwilioAccount,
} from '../helpers/twilio-app.js';

/**
 * Every route anyone can call without signing in is rate limited, checked against the route table so a
 * new public route fails here until it has a limit. Only these need none, each for its reason.
 */
const EXEMPT: Record<string, string> = {
  'GET /healthz': 'liveness probe: constant answer, polled by the orchestrator',
  'GET /readyz': 'readiness probe, polled by the orchestrator and the load balancer',
  'GET /api/openapi.json': 'the API description, generated once',
  'GET /api/docs/': 'static documentation page',
  'GET /api/docs/json': 'static documentation',
  'GET /api/docs/yaml': 'static documentation',
  'GET /api/docs/static/*': 'static documentation assets',
  'GET /api/docs/static/index.html': 'static documentation assets',
  'GET /api/docs/static/swagger-initializer.js': 'static documentation assets',
  'GET /*': 'the dashboard: static files; its data comes from authenticated /api/v1 routes',
};

const WEBHOOK_LIMIT = 5;

function methodsOf(route: RouteOptions): string[] {
  return (Array.isArray(route.method) ? route.method : [route.method]).filter(
    (m) => m !== 'HEAD' && m !== 'OPTIONS',
  );
}

const isPublic = (route: RouteOptions) =>
  !route.url.startsWith(API_PREFIX) || route.config?.auth === 'public';

interface Limit {
  max: number;
  hook?: string;
}

/** A lead source's secret URL is limited per URL (its token), not per address: a source posts from many. */
const PER_TOKEN = new Set([
  'POST /inbound/email/:token',
  'POST /webhooks/google-ads/:token',
  'POST /webhooks/leads/:token',
]);
const perToken = (r: { method: string; url: string }) => PER_TOKEN.has(`${r.method} ${r.url}`);

describe('rate limits on public routes', () => {
  let t: TwilioTestApp;
  let publicRoutes: { method: string; url: string; limit: Limit | undefined }[];

  beforeAll(async () => {
    t = await buildTwilioTestApp({
      WEBHOOK_RATE_LIMIT_PER_MINUTE: String(WEBHOOK_LIMIT),
      GOOGLE_CLIENT_ID: 'client-id',
      GOOGLE_CLIENT_SECRET: 'client-secret',
    });
    await t.app.ready();
    publicRoutes = t.routes.filter(isPublic).flatMap((route) =>
      methodsOf(route).map((method) => ({
        method,
        url: route.url,
        limit: route.config?.rateLimit as Limit | undefined,
      })),
    );
  });
  afterAll(() => t.close());

  it('has a limit on every route that needs no sign-in', () => {
    const names = publicRoutes.map((r) => `${r.method} ${r.url}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/v1/auth/sign-in',
        'GET /f/:workspaceSlug',
        'POST /f/:workspaceSlug',
        'GET /b/:token',
        'POST /b/:token',
        'GET /calendars/feed/:token.ics',
        'GET /calendars/google/callback',
        'POST /webhooks/twilio/sms',
        'POST /webhooks/twilio/status',
        'GET /metrics',
      ]),
    );
    const unlimited = publicRoutes
      .filter((r) => !EXEMPT[`${r.method} ${r.url}`] && !(r.limit && Number.isFinite(r.limit.max)))
      .map((r) => `${r.method} ${r.url}`);
    expect(unlimited, 'add config.rateLimit to these routes, or a reason to EXEMPT').toEqual([]);
  });

  it('answers 429 with the error envelope once an address spends its limit, per route, and not to another address', async () => {
    const byAddress = publicRoutes.filter((r) => r.limit && r.limit.hook !== 'preHandler' && !perToken(r));
    expect(byAddress.length).toBeGreaterThanOrEqual(8);
    for (const route of byAddress) {
      const url = route.url.replace(/:(\w+)/g, 'no-such-thing');
      const remoteAddress = nextClientAddress();
      const send = (address: string) =>
        t.app.inject({
          method: route.method as 'GET',
          url,
          remoteAddress: address,
          ...(route.method === 'POST' ? { payload: {} } : {}),
        });
      const max = route.limit?.max ?? 0;
      for (let i = 0; i < max; i += 1) {
        const response = await send(remoteAddress);
        expect.soft(response.statusCode, `${route.method} ${route.url} #${i + 1}`).not.toBe(429);
      }
      const limited = await send(remoteAddress);
      expect.soft(limited.statusCode, `${route.method} ${route.url} after ${max}`).toBe(429);
      if (limited.statusCode === 429) {
        // Pages for people answer with a page; everything else with the JSON envelope.
        if (String(limited.headers['content-type']).startsWith('text/html')) {
          expect.soft(limited.body, `${route.method} ${route.url}`).toMatch(/<html|<!doctype/i);
        } else expect.soft(limited.json().error.code, `${route.method} ${route.url}`).toBe('rate_limited');
        expect.soft(limited.headers['retry-after']).toBeDefined();
      }
      expect.soft((await send(nextClientAddress())).statusCode, `${route.method} ${route.url}`).not.toBe(429);
    }
  });

  it('counts posts to a secret URL per URL, from any address, and not against another URL', async () => {
    const byToken = publicRoutes.filter(perToken);
    expect(byToken).toHaveLength(PER_TOKEN.size);
    for (const route of byToken) {
      const send = (token: string) =>
        t.app.inject({
          method: route.method as 'POST',
          url: route.url.replace(':token', token),
          remoteAddress: nextClientAddress(),
          ...(route.method === 'POST' ? { payload: {} } : {}),
        });
      const max = route.limit?.max ?? 0;
      for (let i = 0; i < max; i += 1) {
        expect.soft((await send('one-leaked-url')).statusCode, `${route.url} #${i + 1}`).not.toBe(429);
      }
      const limited = await send('one-leaked-url');
      expect.soft(limited.statusCode, `${route.url} after ${max}`).toBe(429);
      if (limited.statusCode === 429) expect.soft(limited.json().error.code).toBe('rate_limited');
      expect.soft((await send('another-url')).statusCode, route.url).not.toBe(429);
    }
  });

  it('counts Twilio webhooks per account after the signature check, so forgeries spend nothing', async () => {
    const url = `${PUBLIC_URL}/webhooks/twilio/status`;
    // A workspace with its own Twilio account: its webhooks are signed with its own token.
    const team = await buildTeam(t);
    const ownAccount = `AC${'b'.repeat(32)}`;
    const ownToken = 'workspace-own-auth-token-0123';
    const ownNumber = '+15125550188';
    await useOwnTwilioAccount(t, team, { accountSid: ownAccount, authToken: ownToken, numbers: [ownNumber] });
    const status = (account: string, n: number, token = TWILIO_AUTH_TOKEN, from?: string) =>
      signWebhook(token, url, {
        AccountSid: account,
        MessageSid: `SM${String(n).padStart(32, '0')}`,
        MessageStatus: 'delivered',
        ...(from ? { From: from } : {}),
      });
    const forged = status('ACforged', 0);
    for (let i = 0; i < WEBHOOK_LIMIT * 2; i += 1) {
      const response = await postWebhook(t, forged, { ...forged.headers, 'x-twilio-signature': 'forged' });
      expect(response.statusCode).toBe(403);
    }
    const codes: number[] = [];
    for (let i = 0; i <= WEBHOOK_LIMIT; i += 1) {
      codes.push((await postWebhook(t, status(TWILIO_ACCOUNT_SID, i))).statusCode);
    }
    expect(codes.slice(0, WEBHOOK_LIMIT).every((c) => c === 204)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    // Another account has its own allowance.
    expect((await postWebhook(t, status(ownAccount, 99, ownToken, ownNumber))).statusCode).toBe(204);
  });
});

describe('rate limits shared by every process on one database', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await buildTestApp();
    second = await buildTestApp({ sameDatabaseAs: first });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('grants the limit once across two processes, not once each', async () => {
    const address = nextClientAddress();
    const codes: number[] = [];
    for (let i = 0; i < PASSWORD_ATTEMPTS_PER_MINUTE * 2; i += 1) {
      const { app } = i % 2 === 0 ? first : second;
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        remoteAddress: address,
        payload: {},
      });
      codes.push(response.statusCode);
    }
    expect(codes.slice(0, PASSWORD_ATTEMPTS_PER_MINUTE).every((c) => c === 400)).toBe(true);
    expect(codes.slice(PASSWORD_ATTEMPTS_PER_MINUTE).every((c) => c === 429)).toBe(true);
  });
});

describe('security headers', () => {
  let t: TwilioTestApp;
  beforeAll(async () => {
    t = await buildTwilioTestApp();
  });
  afterAll(() => t.close());

  it('sends CSP with frame-ancestors, nosniff and a referrer policy on HTML and JSON alike', async () => {
    const responses = {
      'lead form (HTML)': await t.app.inject({ method: 'GET', url: `/f/${t.team.workspace.slug}` }),
      'API (JSON)': await t.app.inject({
        method: 'GET',
        url: '/api/v1/leads',
        headers: asApiKey(t.team.key.secret),
      }),
      'error (JSON)': await t.app.inject({ method: 'GET', url: '/api/v1/leads' }),
      'booking page (HTML)': await t.app.inject({ method: 'GET', url: '/b/no-such-token' }),
    };
    for (const [what, response] of Object.entries(responses)) {
      expect.soft(response.headers['content-security-policy'], what).toMatch(/frame-ancestors [^;]+/);
      expect.soft(response.headers['content-security-policy'], what).toMatch(/default-src 'self'/);
      expect.soft(response.headers['x-content-type-options'], what).toBe('nosniff');
      expect.soft(response.headers['referrer-policy'], what).toMatch(/no-referrer/);
    }
    expect(responses['lead form (HTML)'].headers['content-type']).toMatch(/text\/html/);
    expect(responses['API (JSON)'].headers['content-type']).toMatch(/application\/json/);
  });
});
