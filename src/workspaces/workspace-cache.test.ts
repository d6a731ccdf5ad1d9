import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import {
  buildOperator,
  buildTeam,
  consentEvidence,
  nextPhone,
  signIn,
} from '../../test/helpers/factories.js';
import { CACHE_TTL_MS } from './workspace-cache.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `a` and `b` are two processes on one database (each its own connection and its own cache): a change made
 * through `a` takes effect in `a` at once and in `b` once its cached copy is CACHE_TTL_MS old.
 */
describe(`the workspace cache across processes on ${testDialect()}`, () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await buildTestApp();
    b = await buildTestApp({ sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const cap = async (t: TestApp, secret: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/messaging/settings',
      headers: asApiKey(secret),
    });
    expect(response.statusCode).toBe(200);
    return response.json().workspaceDailyCap as number;
  };
  const status = async (t: TestApp, secret: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/workspace', headers: asApiKey(secret) })).statusCode;
  /** A write: what a suspended workspace is refused in any case. */
  const postLead = async (t: TestApp, secret: string) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/leads',
        headers: asApiKey(secret),
        payload: { name: 'Sam Suspended', phone: nextPhone() },
      })
    ).statusCode;

  it('sees a settings change at once in the process that made it and within the cache lifetime in another', async () => {
    const { key, owner } = await buildTeam(a);
    const before = await cap(a, key.secret);
    expect(await cap(b, key.secret)).toBe(before);

    const patched = await a.app.inject({
      method: 'PATCH',
      url: '/api/v1/messaging/settings',
      headers: asSession(owner.session),
      payload: { workspaceDailyCap: before + 17 },
    });
    expect(patched.statusCode).toBe(200);
    expect(await cap(a, key.secret)).toBe(before + 17);
    await sleep(CACHE_TTL_MS + 50);
    expect(await cap(b, key.secret)).toBe(before + 17);
  });

  it('refuses a revoked key at once in the process that revoked it and within the cache lifetime in another', async () => {
    const { key, owner } = await buildTeam(a);
    expect(await status(a, key.secret)).toBe(200);
    expect(await status(b, key.secret)).toBe(200);

    const revoked = await a.app.inject({
      method: 'DELETE',
      url: `/api/v1/api-keys/${key.apiKey.id}`,
      headers: asSession(owner.session),
    });
    expect(revoked.statusCode).toBeLessThan(300);
    expect(await status(a, key.secret)).toBe(401);
    await sleep(CACHE_TTL_MS + 50);
    expect(await status(b, key.secret)).toBe(401);
  });

  it("refuses a suspended workspace's key at once here and within the cache lifetime in another process", async () => {
    const { workspace, key } = await buildTeam(a);
    const operator = await buildOperator(a.ctx);
    const op = await signIn(a.app, operator.user.email, operator.password);
    expect(await postLead(a, key.secret)).toBe(201);
    expect(await postLead(b, key.secret)).toBe(201);

    const suspended = await a.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${workspace.id}/suspend`,
      headers: asSession(op),
    });
    expect(suspended.statusCode).toBe(200);
    expect(await postLead(a, key.secret)).toBe(403);
    await sleep(CACHE_TTL_MS + 50);
    expect(await postLead(b, key.secret)).toBe(403);

    const resumed = await a.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${workspace.id}/resume`,
      headers: asSession(op),
    });
    expect(resumed.statusCode).toBe(200);
    expect(await postLead(a, key.secret)).toBe(201);
  });

  it('queues the next text from a default number added through this process at once', async () => {
    const { workspace, key, owner } = await buildTeam(a);
    const fromOfNext = async () => {
      const posted = await a.app.inject({
        method: 'POST',
        url: '/api/v1/leads',
        headers: asApiKey(key.secret),
        payload: { name: 'Casey Cache', phone: nextPhone(), consent: consentEvidence() },
      });
      expect(posted.statusCode).toBe(201);
      const message = await a.ctx.db
        .selectFrom('messages')
        .select('fromNumber')
        .where('workspaceId', '=', workspace.id)
        .where('leadId', '=', posted.json().leadId)
        .executeTakeFirstOrThrow();
      return message.fromNumber;
    };
    const first = await fromOfNext();
    expect(first).toMatch(/^\+1555/);
    const added = await a.app.inject({
      method: 'POST',
      url: '/api/v1/phone-numbers',
      headers: asSession(owner.session),
      payload: { number: '+15555550177', provider: 'sandbox', isDefault: true },
    });
    expect(added.statusCode).toBe(201);
    expect(await fromOfNext()).toBe('+15555550177');
  });
});
