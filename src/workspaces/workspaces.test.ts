import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asApiKey,
  asSession,
  buildTestApp,
  nextClientAddress,
  type TestApp,
} from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildOperator, buildTeam, buildWorkspace, signIn } from '../../test/helpers/factories.js';
import { fromJson } from '../db/schema.js';
import { DAY } from '../platform/clock.js';
import { createWorkspace, pruneExpiredSessions } from './workspaces.service.js';

describe(`workspaces and operators on ${testDialect()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('shows the workspace to any member or key, and lets owners change its settings', async () => {
    const { workspace, owner, key } = await buildTeam(t);
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/v1/workspace',
      headers: asApiKey(key.secret),
    });
    expect(read.json()).toEqual({
      id: workspace.id,
      slug: workspace.slug,
      name: workspace.name,
      status: 'active',
      timezone: 'America/New_York',
      defaultRegion: 'US',
      createdAt: workspace.createdAt,
      updatedAt: workspace.updatedAt,
      suspendedAt: null,
    });
    const patch = (payload: object) =>
      t.app.inject({ method: 'PATCH', url: '/api/v1/workspace', headers: asSession(owner.session), payload });
    const updated = await patch({ name: 'Lakeside Homes', timezone: 'america/chicago', defaultRegion: 'CA' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      name: 'Lakeside Homes',
      timezone: 'America/Chicago',
      defaultRegion: 'CA',
    });
    for (const bad of [
      { timezone: 'Mars/Olympus_Mons' },
      { defaultRegion: 'XX' },
      { defaultRegion: 'usa' },
      { name: '' },
    ]) {
      const response = await patch(bad);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
    const row = (await auditRows(t, workspace.id)).find((r) => r.action === 'workspace.updated');
    expect(fromJson(row?.details)).toEqual({
      changes: {
        name: { from: workspace.name, to: 'Lakeside Homes' },
        timezone: { from: 'America/New_York', to: 'America/Chicago' },
        defaultRegion: { from: 'US', to: 'CA' },
      },
    });
  });

  it('lets an operator create, list, suspend and resume workspaces', async () => {
    const operator = await buildOperator(t.ctx);
    const op = await signIn(t.app, operator.user.email, operator.password);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/operator/workspaces',
      headers: asSession(op),
      payload: {
        name: 'Harbor Realty',
        timezone: 'America/Los_Angeles',
        owner: { email: 'hana@harbor.example', name: 'Hana Harbor', password: 'harbor password 1' },
      },
    });
    expect(created.statusCode).toBe(201);
    const { workspace, owner } = created.json();
    expect(workspace).toMatchObject({ name: 'Harbor Realty', slug: 'harbor-realty', status: 'active' });
    expect(owner).toMatchObject({ role: 'owner', workspaceId: workspace.id });
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/operator/workspaces',
      headers: asSession(op),
    });
    expect(list.json().items.map((w: { id: string }) => w.id)).toContain(workspace.id);

    const ownerSession = await signIn(t.app, 'hana@harbor.example', 'harbor password 1');
    const { secret } = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/api-keys',
        headers: asSession(ownerSession),
        payload: { name: 'k' },
      })
    ).json();
    const suspend = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${workspace.id}/suspend`,
      headers: asSession(op),
    });
    expect(suspend.json()).toMatchObject({ status: 'suspended', suspendedAt: expect.any(String) });

    // Its API keys are refused, and its people may read but not write.
    const refused = [
      await t.app.inject({ method: 'GET', url: '/api/v1/workspace', headers: asApiKey(secret) }),
      await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/workspace',
        headers: asSession(ownerSession),
        payload: { name: 'Harbor' },
      }),
    ];
    for (const response of refused) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('workspace_suspended');
    }
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/v1/workspace',
      headers: asSession(ownerSession),
    });
    expect(read.statusCode).toBe(200);
    const signInAgain = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: nextClientAddress(),
      payload: { email: 'hana@harbor.example', password: 'harbor password 1' },
    });
    expect(signInAgain.statusCode).toBe(200);
    // The session route says why, so the dashboard can show it.
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: ownerSession.cookie },
    });
    expect(session.json().workspace.status).toBe('suspended');

    const resume = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${workspace.id}/resume`,
      headers: asSession(op),
    });
    expect(resume.json()).toMatchObject({ status: 'active', suspendedAt: null });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/workspace', headers: asApiKey(secret) })).statusCode,
    ).toBe(200);

    const actions = (await auditRows(t, workspace.id)).map((r) => [r.action, r.actorType]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['workspace.created', 'operator'],
        ['user.created', 'operator'],
        ['workspace.suspended', 'operator'],
        ['workspace.resumed', 'operator'],
      ]),
    );
    expect((await auditRows(t, null)).map((r) => r.action)).toEqual(
      expect.arrayContaining(['operator.created', 'auth.sign_in']),
    );
  });

  it('keeps operators and members on their own side', async () => {
    const { workspace, owner } = await buildTeam(t);
    const operator = await buildOperator(t.ctx);
    const op = await signIn(t.app, operator.user.email, operator.password);
    const opOnWorkspace = await t.app.inject({
      method: 'GET',
      url: '/api/v1/workspace',
      headers: asSession(op),
    });
    expect(opOnWorkspace.statusCode).toBe(403);
    const ownerOnOperator = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${workspace.id}/suspend`,
      headers: asSession(owner.session),
    });
    expect(ownerOnOperator.statusCode).toBe(403);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/operator/workspaces/00000000-0000-7000-8000-000000000000/suspend',
      headers: asSession(op),
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('pages the audit log newest first', async () => {
    const { workspace, owner } = await buildTeam(t);
    for (const name of ['One', 'Two', 'Three']) {
      await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/workspace',
        headers: asSession(owner.session),
        payload: { name },
      });
    }
    const page = (query: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/audit-log?${query}`,
        headers: { cookie: owner.session.cookie },
      });
    const first = (await page('limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.items[0]).toMatchObject({
      action: 'workspace.updated',
      workspaceId: workspace.id,
      actorId: owner.user.id,
    });
    expect(first.items[0].details.changes.name.to).toBe('Three');
    expect(first.items[1].details.changes.name.to).toBe('Two');
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const body: { items: { action: string }[]; nextCursor: string | null } = (
        await page(`limit=2${cursor ? `&before=${cursor}` : ''}`)
      ).json();
      all.push(...body.items.map((i) => i.action));
      cursor = body.nextCursor;
    } while (cursor);
    expect(all.reverse()).toEqual([
      'workspace.created',
      'user.created',
      'auth.sign_in',
      'api_key.created',
      'workspace.updated',
      'workspace.updated',
      'workspace.updated',
    ]);
    expect((await page('limit=0')).statusCode).toBe(400);
  });

  it('gives clashing names distinct slugs but refuses a taken explicit slug', async () => {
    const a = await buildWorkspace(t.ctx, { name: 'Crème Brûlée Realty!' });
    const b = await buildWorkspace(t.ctx, { name: 'Crème Brûlée Realty!' });
    expect(a.slug).toMatch(/^creme-brulee-realty(-[0-9a-f]{6})?$/);
    expect(b.slug).not.toBe(a.slug);
    await expect(createWorkspace(t.ctx, { name: 'Copy', slug: a.slug })).rejects.toMatchObject({
      code: 'slug_taken',
    });
    await expect(
      createWorkspace(t.ctx, { name: 'Bad zone', timezone: 'Nowhere/Land' }),
    ).rejects.toMatchObject({
      code: 'invalid_timezone',
    });
  });

  it('prunes expired sessions', async () => {
    const { owner } = await buildTeam(t);
    t.clock.advance(30 * DAY);
    const { deleted } = await pruneExpiredSessions(t.ctx);
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await t.ctx.db
      .selectFrom('sessions')
      .select('id')
      .where('userId', '=', owner.user.id)
      .execute();
    expect(left).toEqual([]);
  });
});
