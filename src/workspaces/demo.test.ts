import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { signIn } from '../../test/helpers/factories.js';
import { DEMO_OWNER_EMAIL } from './demo.service.js';
import { ensureDemoWorkspace } from './workspaces.service.js';

describe(`the demo workspace on ${testDialect()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const workspaceRead = (secret: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/workspace', headers: asApiKey(secret) });

  it('creates Demo Realty with working credentials, then hands back the same ones', async () => {
    const first = await ensureDemoWorkspace(t.ctx);
    expect(first).toMatchObject({ created: true, login: { email: DEMO_OWNER_EMAIL } });
    expect((await workspaceRead(first.apiKey)).json()).toMatchObject({
      id: first.workspaceId,
      slug: 'demo',
      name: 'Demo Realty',
    });
    const session = await signIn(t.app, first.login.email, first.login.password);
    const users = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { cookie: session.cookie },
    });
    expect(users.json().items.map((u: { role: string }) => u.role)).toEqual(['owner', 'agent']);

    const second = await ensureDemoWorkspace(t.ctx);
    expect(second).toEqual({ ...first, created: false });

    // Sealed, not stored in the clear.
    const row = await t.ctx.db
      .selectFrom('workspaces')
      .select('settings')
      .where('id', '=', first.workspaceId)
      .executeTakeFirstOrThrow();
    const settings = JSON.stringify(row.settings);
    expect(settings).not.toContain(first.apiKey);
    expect(settings).not.toContain(first.login.password);
    expect(settings).toContain('sealedApiKey');
  });

  it('issues a fresh key when the old one was revoked', async () => {
    const before = await ensureDemoWorkspace(t.ctx);
    const session = await signIn(t.app, before.login.email, before.login.password);
    const keys = await t.app.inject({
      method: 'GET',
      url: '/api/v1/api-keys',
      headers: { cookie: session.cookie },
    });
    for (const key of keys.json().items as { id: string }[]) {
      await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/api-keys/${key.id}`,
        headers: asSession(session),
      });
    }
    expect((await workspaceRead(before.apiKey)).statusCode).toBe(401);
    const after = await ensureDemoWorkspace(t.ctx);
    expect(after.apiKey).not.toBe(before.apiKey);
    expect(after.login).toEqual(before.login);
    expect((await workspaceRead(after.apiKey)).statusCode).toBe(200);
  });

  it('forgets a password the owner chose, and resets it on the next run', async () => {
    const before = await ensureDemoWorkspace(t.ctx);
    const session = await signIn(t.app, before.login.email, before.login.password);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: asSession(session),
      payload: { currentPassword: before.login.password, newPassword: 'my own secret password' },
    });
    expect(changed.statusCode).toBe(204);
    const row = await t.ctx.db
      .selectFrom('workspaces')
      .select('settings')
      .where('id', '=', before.workspaceId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row.settings)).not.toContain('sealedPassword');

    const after = await ensureDemoWorkspace(t.ctx);
    expect(after.login.password).not.toBe(before.login.password);
    expect(after.apiKey).toBe(before.apiKey);
    await signIn(t.app, after.login.email, after.login.password);
    await expect(signIn(t.app, after.login.email, 'my own secret password')).rejects.toThrow(/401/);
  });
});
