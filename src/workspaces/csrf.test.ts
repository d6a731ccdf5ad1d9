import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildMember, buildTeam } from '../../test/helpers/factories.js';

describe(`CSRF on ${testDialect()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('refuses a cookie-authenticated write without the token or with a wrong one', async () => {
    const { owner } = await buildTeam(t);
    const patch = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/v1/workspace',
        headers,
        payload: { name: 'Renamed Realty' },
      });
    const missing = await patch({ cookie: owner.session.cookie });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_failed');
    const wrong = await patch({
      cookie: owner.session.cookie,
      'x-csrf-token': `${owner.session.csrfToken}x`,
    });
    expect(wrong.json().error.code).toBe('csrf_failed');
    const other = await buildMember(t, owner.user.workspaceId ?? '', 'owner');
    const borrowed = await patch({ cookie: owner.session.cookie, 'x-csrf-token': other.session.csrfToken });
    expect(borrowed.json().error.code).toBe('csrf_failed');
    expect((await patch(asSession(owner.session))).statusCode).toBe(200);
    // Reads need no token.
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/v1/workspace',
      headers: { cookie: owner.session.cookie },
    });
    expect(read.statusCode).toBe(200);
  });

  it('does not ask API-key requests for a token', async () => {
    const probe = await buildTestApp();
    try {
      probe.app.post('/api/v1/test-probe', async (request) => ({ workspaceId: request.auth.workspaceId }));
      const team = await buildTeam(probe);
      const response = await probe.app.inject({
        method: 'POST',
        url: '/api/v1/test-probe',
        headers: { ...asApiKey(team.key.secret), cookie: team.owner.session.cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ workspaceId: team.workspace.id });
      const viaCookie = await probe.app.inject({
        method: 'POST',
        url: '/api/v1/test-probe',
        headers: { cookie: team.owner.session.cookie },
      });
      expect(viaCookie.json().error.code).toBe('csrf_failed');
    } finally {
      await probe.close();
    }
  });
});
