import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildTeam } from '../../test/helpers/factories.js';
import { MINUTE } from '../platform/clock.js';
import { sha256 } from '../platform/crypto.js';

describe(`API keys on ${testDialect()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('shows the secret once and stores only its hash', async () => {
    const { workspace, owner } = await buildTeam(t);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: asSession(owner.session),
      payload: { name: 'Zapier' },
    });
    expect(created.statusCode).toBe(201);
    const { apiKey, secret } = created.json();
    expect(secret).toMatch(/^cc_live_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      name: 'Zapier',
      prefix: secret.slice(0, 14),
      createdBy: owner.user.id,
      revoked: false,
    });

    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/api-keys',
      headers: asSession(owner.session),
    });
    expect(list.json().items.map((k: { id: string }) => k.id)).toContain(apiKey.id);
    expect(list.body).not.toContain(secret);
    expect(list.body).not.toContain(sha256(secret));

    const row = await t.ctx.db
      .selectFrom('apiKeys')
      .selectAll()
      .where('id', '=', apiKey.id)
      .executeTakeFirstOrThrow();
    expect(row.keyHash).toBe(sha256(secret));
    const everything = JSON.stringify([
      await t.ctx.db.selectFrom('apiKeys').selectAll().execute(),
      await auditRows(t, workspace.id),
    ]);
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(secret.slice(14));
  });

  it('authenticates with the key and records its use at most once a minute', async () => {
    const { workspace, key } = await buildTeam(t);
    const get = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/workspace', headers: asApiKey(key.secret) });
    const lastUsed = async () =>
      (
        await t.ctx.db
          .selectFrom('apiKeys')
          .select('lastUsedAt')
          .where('id', '=', key.apiKey.id)
          .executeTakeFirstOrThrow()
      ).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const response = await get();
    expect(response.statusCode).toBe(200);
    expect(response.json().id).toBe(workspace.id);
    const first = await lastUsed();
    expect(first).toBe(t.clock.now().toISOString());
    t.clock.advance(10_000);
    await get();
    expect(await lastUsed()).toBe(first);
    t.clock.advance(MINUTE);
    await get();
    expect(await lastUsed()).toBe(t.clock.now().toISOString());
  });

  it('refuses a revoked key, and revoking twice is harmless', async () => {
    const { workspace, owner, key } = await buildTeam(t);
    const revoke = () =>
      t.app.inject({
        method: 'DELETE',
        url: `/api/v1/api-keys/${key.apiKey.id}`,
        headers: asSession(owner.session),
      });
    const revoked = await revoke();
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: key.apiKey.id, revoked: true, revokedAt: expect.any(String) });
    expect((await revoke()).statusCode).toBe(200);
    const refused = await t.app.inject({
      method: 'GET',
      url: '/api/v1/workspace',
      headers: asApiKey(key.secret),
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('unauthorized');
    const actions = (await auditRows(t, workspace.id))
      .filter((r) => r.targetId === key.apiKey.id)
      .map((r) => r.action);
    expect(actions).toEqual(['api_key.created', 'api_key.revoked']);
  });

  it('keeps keys off the routes that need a person', async () => {
    const { workspace, key } = await buildTeam(t);
    const h = asApiKey(key.secret);
    const refused = [
      await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: h }),
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/api-keys',
        headers: h,
        payload: { name: 'another' },
      }),
      await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${key.apiKey.id}`, headers: h }),
      await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: h }),
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: h }),
      await t.app.inject({ method: 'PATCH', url: '/api/v1/workspace', headers: h, payload: { name: 'x' } }),
      await t.app.inject({ method: 'GET', url: '/api/v1/audit-log', headers: h }),
      await t.app.inject({ method: 'GET', url: '/api/v1/operator/workspaces', headers: h }),
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/operator/workspaces/${workspace.id}/suspend`,
        headers: h,
      }),
    ];
    expect(refused.map((r) => [r.statusCode, r.json().error.code])).toEqual(
      refused.map(() => [403, 'forbidden']),
    );
  });

  it('refuses malformed and unknown credentials with 401', async () => {
    for (const authorization of [
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer cc_live_unknown',
      'cc_live_no_scheme',
    ]) {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/v1/workspace',
        headers: { authorization },
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthorized');
    }
  });
});
