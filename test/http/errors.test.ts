import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PASSWORD_ATTEMPTS_PER_MINUTE } from '../../src/workspaces/auth.routes.js';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../helpers/app.js';
import { buildMember, buildTeam, signIn, type Team } from '../helpers/factories.js';

/** Exactly the envelope, nothing else: no stack, no Fastify fields. */
const envelope = z.strictObject({
  error: z.strictObject({
    code: z.string().regex(/^[a-z_]+$/),
    message: z.string().min(1),
    details: z.unknown().optional(),
  }),
});

describe('the error envelope for every kind of bad input', () => {
  let t: TestApp;
  let team: Team;
  const BODY_LIMIT = 4096;

  beforeAll(async () => {
    t = await buildTestApp({ env: { BODY_LIMIT_BYTES: String(BODY_LIMIT) } });
    t.app.get('/api/v1/test-boom', async () => {
      throw new Error('connection to 10.0.0.7 failed for owner@secret.example');
    });
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  const send = (props: {
    method?: 'GET' | 'POST' | 'PATCH';
    url: string;
    headers?: Record<string, string>;
    payload?: string | object;
  }) =>
    t.app.inject({
      method: props.method ?? 'POST',
      url: props.url,
      headers: { 'content-type': 'application/json', ...asSession(team.owner.session), ...props.headers },
      ...(props.payload === undefined ? {} : { payload: props.payload }),
    });

  function expectError(response: { statusCode: number; json(): unknown }, status: number, code: string) {
    expect(response.statusCode).toBe(status);
    const body = envelope.parse(response.json());
    expect(body.error.code).toBe(code);
    return body.error;
  }

  it('400 malformed_json for a body that is not JSON, or is empty', async () => {
    expectError(await send({ url: '/api/v1/api-keys', payload: '{"name": "half' }), 400, 'malformed_json');
    expectError(await send({ url: '/api/v1/api-keys', payload: '' }), 400, 'malformed_json');
  });

  it('400 validation_failed with the field for wrong types and missing fields', async () => {
    const error = expectError(
      await send({
        url: '/api/v1/users',
        payload: { email: 'a@example.com', name: 'A', role: 'boss', password: 12 },
      }),
      400,
      'validation_failed',
    );
    const paths = (error.details as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.role', 'body.password']));
    expectError(await send({ url: '/api/v1/api-keys', payload: {} }), 400, 'validation_failed');
    expectError(await send({ url: '/api/v1/api-keys', payload: [] }), 400, 'validation_failed');
  });

  it('400 for unknown fields in a body or a query', async () => {
    const error = expectError(
      await send({ url: '/api/v1/api-keys', payload: { name: 'ok', scopes: ['all'] } }),
      400,
      'validation_failed',
    );
    expect(error.message).toContain('scopes');
    expectError(
      await send({ method: 'GET', url: '/api/v1/audit-log?limit=5&sort=asc' }),
      400,
      'validation_failed',
    );
    expectError(await send({ method: 'GET', url: '/api/v1/audit-log?limit=many' }), 400, 'validation_failed');
  });

  it('401 without credentials, 403 for a role that may not', async () => {
    expectError(await t.app.inject({ method: 'GET', url: '/api/v1/users' }), 401, 'unauthorized');
    expectError(
      await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', payload: { name: 'x' } }),
      401,
      'unauthorized',
    );
    const agent = await buildMember(t, team.workspace.id, 'agent');
    expectError(
      await send({ url: '/api/v1/api-keys', headers: asSession(agent.session), payload: { name: 'x' } }),
      403,
      'forbidden',
    );
  });

  it("404 for an unknown route and for another workspace's id", async () => {
    expectError(await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' }), 404, 'route_not_found');
    expectError(await t.app.inject({ method: 'DELETE', url: '/api/v1/workspace' }), 404, 'route_not_found');
    const other = await buildTeam(t);
    expectError(
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/users/${other.owner.user.id}`,
        headers: asApiKey(team.key.secret),
      }),
      404,
      'not_found',
    );
  });

  it('413 for a body above the limit', async () => {
    const response = await send({ url: '/api/v1/api-keys', payload: { name: 'x'.repeat(BODY_LIMIT) } });
    expectError(response, 413, 'payload_too_large');
  });

  it('415 for a body of a type the API does not read', async () => {
    const response = await send({
      url: '/api/v1/api-keys',
      headers: { 'content-type': 'application/xml' },
      payload: '<name/>',
    });
    expectError(response, 415, 'unsupported_media_type');
  });

  it('429 with Retry-After once an address tries too many passwords', async () => {
    // A new email each time, so the per-email sign-in throttle stays out of it.
    const attempt = (i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        remoteAddress: '203.0.113.9',
        payload: { email: `nobody-${i}@example.com`, password: 'guess' },
      });
    for (let i = 0; i < PASSWORD_ATTEMPTS_PER_MINUTE; i++) expect((await attempt(i)).statusCode).toBe(401);
    const limited = await attempt(PASSWORD_ATTEMPTS_PER_MINUTE);
    const error = expectError(limited, 429, 'rate_limited');
    expect(error.details).toEqual({ retryAfterSeconds: expect.any(Number) });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not held back by this one.
    await signIn(t.app, team.owner.user.email, team.owner.password, { ip: '203.0.113.10' });
  });

  it('500 internal_error that reveals nothing of the cause', async () => {
    const response = await send({ method: 'GET', url: '/api/v1/test-boom' });
    const error = expectError(response, 500, 'internal_error');
    expect(JSON.stringify(error)).not.toMatch(/10\.0\.0\.7|secret\.example|connection/);
  });
});

describe('the session cookie behind HTTPS', () => {
  it('is Secure when PUBLIC_URL is https', async () => {
    const t = await buildTestApp({ env: { PUBLIC_URL: 'https://leads.example.com' } });
    try {
      const team = await buildTeam(t);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: team.owner.user.email, password: team.owner.password },
      });
      expect(String(response.headers['set-cookie'])).toMatch(/; Secure/);
    } finally {
      await t.close();
    }
  });
});
