import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildMember, buildTeam, signIn } from '../../test/helpers/factories.js';
import { fromJson } from '../db/schema.js';

describe(`users and roles on ${testDialect()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  it('lets an owner list and create users, and never shows a password hash', async () => {
    const { workspace, owner } = await buildTeam(t);
    const created = await call('POST', '/api/v1/users', asSession(owner.session), {
      email: 'New.Agent@Example.com',
      name: 'Nia Agent',
      role: 'agent',
      password: 'correct horse battery',
      timezone: 'america/denver',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: 'new.agent@example.com',
      role: 'agent',
      timezone: 'America/Denver',
    });
    const list = await call('GET', '/api/v1/users', asSession(owner.session));
    expect(list.json().items.map((u: { id: string }) => u.id)).toEqual([owner.user.id, created.json().id]);
    expect(list.body).not.toMatch(/argon2|passwordHash|correct horse/);
    await signIn(t.app, 'new.agent@example.com', 'correct horse battery');

    const duplicate = await call('POST', '/api/v1/users', asSession(owner.session), {
      email: 'new.agent@example.com',
      name: 'Again',
      role: 'agent',
      password: 'correct horse battery',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('email_taken');
    const createdRow = (await auditRows(t, workspace.id)).find(
      (r) => r.action === 'user.created' && r.targetId === created.json().id,
    );
    expect(createdRow).toMatchObject({ actorType: 'user', actorId: owner.user.id });
    expect(JSON.stringify(createdRow)).not.toMatch(/new\.agent|Nia|correct horse/);
  });

  it('keeps agents out of user, key, settings and audit administration', async () => {
    const { workspace, owner } = await buildTeam(t);
    const agent = await buildMember(t, workspace.id, 'agent');
    const h = asSession(agent.session);
    const refused = [
      await call('GET', '/api/v1/users', h),
      await call('GET', `/api/v1/users/${owner.user.id}`, h),
      await call('POST', '/api/v1/users', h, {
        email: 'x@example.com',
        name: 'X',
        role: 'agent',
        password: 'long enough pw',
      }),
      await call('PATCH', `/api/v1/users/${owner.user.id}`, h, { name: 'Hijacked' }),
      await call('DELETE', `/api/v1/users/${owner.user.id}`, h),
      await call('GET', '/api/v1/api-keys', h),
      await call('POST', '/api/v1/api-keys', h, { name: 'mine' }),
      await call('PATCH', '/api/v1/workspace', h, { name: 'Mine now' }),
      await call('GET', '/api/v1/audit-log', h),
    ];
    for (const response of refused) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
    }
    expect((await call('GET', '/api/v1/workspace', h)).statusCode).toBe(200);
  });

  it('lets an API key read the team but not change it', async () => {
    const { owner, key } = await buildTeam(t);
    const h = asApiKey(key.secret);
    expect((await call('GET', '/api/v1/users', h)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/users/${owner.user.id}`, h)).json()).toMatchObject({
      id: owner.user.id,
    });
    const create = await call('POST', '/api/v1/users', h, {
      email: 'bot@example.com',
      name: 'Bot',
      role: 'owner',
      password: 'long enough pw',
    });
    expect(create.statusCode).toBe(403);
    expect((await call('PATCH', `/api/v1/users/${owner.user.id}`, h, { role: 'agent' })).statusCode).toBe(
      403,
    );
  });

  it('reserves the owner role for owners', async () => {
    const { workspace, owner } = await buildTeam(t);
    const admin = await buildMember(t, workspace.id, 'admin');
    const agent = await buildMember(t, workspace.id, 'agent');
    const h = asSession(admin.session);
    const grant = await call('POST', '/api/v1/users', h, {
      email: 'o2@example.com',
      name: 'O',
      role: 'owner',
      password: 'long enough pw',
    });
    expect(grant.statusCode).toBe(403);
    expect((await call('PATCH', `/api/v1/users/${agent.user.id}`, h, { role: 'owner' })).statusCode).toBe(
      403,
    );
    expect((await call('PATCH', `/api/v1/users/${owner.user.id}`, h, { role: 'agent' })).statusCode).toBe(
      403,
    );
    expect((await call('DELETE', `/api/v1/users/${owner.user.id}`, h)).statusCode).toBe(403);
    // Admins manage everyone else.
    const promoted = await call('PATCH', `/api/v1/users/${agent.user.id}`, h, { role: 'admin' });
    expect(promoted.json()).toMatchObject({ role: 'admin' });
    const byOwner = await call('PATCH', `/api/v1/users/${agent.user.id}`, asSession(owner.session), {
      role: 'owner',
    });
    expect(byOwner.json()).toMatchObject({ role: 'owner' });
    const rows = (await auditRows(t, workspace.id)).filter(
      (r) => r.action === 'user.updated' && r.targetId === agent.user.id,
    );
    expect(rows.map((r) => fromJson(r.details))).toEqual([
      { changes: { role: { from: 'agent', to: 'admin' } } },
      { changes: { role: { from: 'admin', to: 'owner' } } },
    ]);
  });

  it('never leaves a workspace without an active owner', async () => {
    const { workspace, owner } = await buildTeam(t);
    const h = asSession(owner.session);
    const demote = await call('PATCH', `/api/v1/users/${owner.user.id}`, h, { role: 'admin' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe('last_owner');
    expect((await call('DELETE', `/api/v1/users/${owner.user.id}`, h)).json().error.code).toBe('last_owner');
    const second = await buildMember(t, workspace.id, 'owner');
    expect((await call('PATCH', `/api/v1/users/${owner.user.id}`, h, { role: 'admin' })).statusCode).toBe(
      200,
    );
    const last = await call('DELETE', `/api/v1/users/${second.user.id}`, asSession(second.session));
    expect(last.json().error.code).toBe('last_owner');
  });

  it('disables a user: their sessions end, they cannot sign in, and an owner can re-enable them', async () => {
    const { workspace, owner } = await buildTeam(t);
    const agent = await buildMember(t, workspace.id, 'agent');
    const h = asSession(owner.session);
    const disabled = await call('DELETE', `/api/v1/users/${agent.user.id}`, h);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ disabled: true, disabledAt: expect.any(String) });
    expect((await call('GET', '/api/v1/workspace', { cookie: agent.session.cookie })).statusCode).toBe(401);
    await expect(signIn(t.app, agent.user.email, agent.password)).rejects.toThrow(/403/);
    const enabled = await call('PATCH', `/api/v1/users/${agent.user.id}`, h, { disabled: false });
    expect(enabled.json()).toMatchObject({ disabled: false, disabledAt: null });
    await signIn(t.app, agent.user.email, agent.password);
    const actions = (await auditRows(t, workspace.id))
      .filter((r) => r.targetId === agent.user.id)
      .map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['user.created', 'user.disabled', 'user.enabled']));
  });

  it('answers 404 for an unknown user id', async () => {
    const { owner } = await buildTeam(t);
    const response = await call(
      'GET',
      '/api/v1/users/00000000-0000-7000-8000-000000000000',
      asSession(owner.session),
    );
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
