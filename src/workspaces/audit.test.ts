import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildTeam, buildUser } from '../../test/helpers/factories.js';
import { fromJson } from '../db/schema.js';
import { audit } from './audit.service.js';

describe(`the audit log on ${testDialect()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('records each security-relevant action with actor, target and address, and no secrets', async () => {
    const { workspace, owner } = await buildTeam(t);
    const ip = '192.0.2.44';
    const password = 'agent password 123';
    const as = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      t.app.inject({
        method,
        url,
        remoteAddress: ip,
        headers: asSession(owner.session),
        ...(payload ? { payload } : {}),
      });
    const created = await as('POST', '/api/v1/users', {
      email: 'ada@example.com',
      name: 'Ada Agent',
      role: 'agent',
      password,
    });
    const agentId: string = created.json().id;
    await as('PATCH', `/api/v1/users/${agentId}`, { name: 'Ada A.' });
    await as('DELETE', `/api/v1/users/${agentId}`);
    const key = (await as('POST', '/api/v1/api-keys', { name: 'CRM' })).json();
    await as('DELETE', `/api/v1/api-keys/${key.apiKey.id}`);
    await as('PATCH', '/api/v1/workspace', { timezone: 'Europe/London' });
    await as('POST', '/api/v1/auth/sign-out');

    const rows = (await auditRows(t, workspace.id)).filter((r) => r.ip === ip);
    expect(rows.map((r) => [r.action, r.actorType, r.actorId, r.targetType, r.targetId])).toEqual([
      ['user.created', 'user', owner.user.id, 'user', agentId],
      ['user.updated', 'user', owner.user.id, 'user', agentId],
      ['user.disabled', 'user', owner.user.id, 'user', agentId],
      ['api_key.created', 'user', owner.user.id, 'api_key', key.apiKey.id],
      ['api_key.revoked', 'user', owner.user.id, 'api_key', key.apiKey.id],
      ['workspace.updated', 'user', owner.user.id, 'workspace', workspace.id],
      ['auth.sign_out', 'user', owner.user.id, 'user', owner.user.id],
    ]);
    for (const row of rows) expect(Date.parse(row.createdAt)).not.toBeNaN();
    const text = JSON.stringify(rows.map((r) => fromJson(r.details)));
    for (const secret of [password, key.secret, 'ada@example.com', 'Ada']) expect(text).not.toContain(secret);
    expect(fromJson(rows[1]?.details)).toEqual({ changes: { name: 'changed' } });
  });

  it('exports audit() for other modules, inside their transaction', async () => {
    const { workspace, key } = await buildTeam(t);
    const { user } = await buildUser(t.ctx, { workspaceId: workspace.id });
    await t.ctx.db.transaction().execute((trx) =>
      audit(trx, {
        workspaceId: workspace.id,
        actor: { type: 'system', id: null },
        action: 'privacy.export',
        target: { type: 'contact', id: user.id },
        details: { format: 'json' },
        at: t.clock.now(),
      }),
    );
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await audit(trx, {
          workspaceId: workspace.id,
          actor: { type: 'system', id: null },
          action: 'privacy.erase',
          at: t.clock.now(),
        });
        throw new Error('the erasure failed');
      }),
    ).rejects.toThrow('the erasure failed');
    const log = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-log?limit=1',
      headers: asApiKey(key.secret),
    });
    expect(log.statusCode).toBe(403);
    const actions = (await auditRows(t, workspace.id)).map((r) => r.action);
    expect(actions).toContain('privacy.export');
    expect(actions).not.toContain('privacy.erase');
  });
});
