import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSession, buildTestApp, nextClientAddress, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildTeam, buildUser, buildWorkspace, signIn } from '../../test/helpers/factories.js';
import { DAY, MINUTE } from '../platform/clock.js';
import { sha256 } from '../platform/crypto.js';

describe(`sign-in and sessions on ${testDialect()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      remoteAddress: nextClientAddress(),
      headers,
    });

  it('signs in with the right password and sets a hardened session cookie', async () => {
    const workspace = await buildWorkspace(t.ctx);
    const { user, password } = await buildUser(t.ctx, { workspaceId: workspace.id, role: 'admin' });
    const response = await post('/api/v1/auth/sign-in', { email: user.email.toUpperCase(), password });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ id: user.id, role: 'admin', isOperator: false, disabled: false });
    expect(body.workspace).toMatchObject({ id: workspace.id, status: 'active' });
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(response.body).not.toContain('passwordHash');
    expect(response.body).not.toContain('$argon2');

    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^cc_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain(`Max-Age=${14 * 24 * 3600}`);
    expect(setCookie).not.toContain('Secure');

    // Only the token's hash is stored: the database does not hold a live cookie.
    const token = response.cookies.find((c) => c.name === 'cc_session')?.value ?? '';
    const sessions = await t.ctx.db
      .selectFrom('sessions')
      .selectAll()
      .where('userId', '=', user.id)
      .execute();
    expect(sessions.map((s) => s.id)).toEqual([sha256(token)]);
    expect(JSON.stringify(sessions)).not.toContain(token);

    const actions = (await auditRows(t, workspace.id)).map((r) => [r.action, r.actorId, r.targetId]);
    expect(actions).toContainEqual(['auth.sign_in', user.id, user.id]);
  });

  it('answers a wrong password and an unknown email the same way, and audits the known user', async () => {
    const workspace = await buildWorkspace(t.ctx);
    const { user } = await buildUser(t.ctx, { workspaceId: workspace.id });
    const wrong = await post('/api/v1/auth/sign-in', { email: user.email, password: 'not the password' });
    const unknown = await post('/api/v1/auth/sign-in', {
      email: 'nobody@example.com',
      password: 'not the password',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const failed = (await auditRows(t, workspace.id)).filter((r) => r.action === 'auth.sign_in_failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ actorId: user.id, targetId: user.id });
    expect(JSON.stringify(failed)).not.toContain('not the password');
  });

  it('takes sign-ins as JSON only, so another site cannot post its form to sign a browser in', async () => {
    const workspace = await buildWorkspace(t.ctx);
    const { user, password } = await buildUser(t.ctx, { workspaceId: workspace.id });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: nextClientAddress(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ email: user.email, password }).toString(),
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported_media_type');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('reports the session and its CSRF token, and refuses without a cookie', async () => {
    const { owner } = await buildTeam(t);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: owner.session.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { id: owner.user.id },
      csrfToken: owner.session.csrfToken,
    });
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthorized');
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: 'cc_session=forged' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('signs out: the session row goes, the cookie is cleared, and the old cookie no longer works', async () => {
    const { workspace, owner } = await buildTeam(t);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: asSession(owner.session),
    });
    expect(response.statusCode).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(/^cc_session=;.*Expires=Thu, 01 Jan 1970/);
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: owner.session.cookie },
    });
    expect(again.statusCode).toBe(401);
    expect((await auditRows(t, workspace.id)).map((r) => r.action)).toContain('auth.sign_out');
  });

  it('issues a new session on every sign-in and ends the one the browser held', async () => {
    const workspace = await buildWorkspace(t.ctx);
    const { user, password } = await buildUser(t.ctx, { workspaceId: workspace.id });
    const first = await signIn(t.app, user.email, password);
    const second = await post(
      '/api/v1/auth/sign-in',
      { email: user.email, password },
      { cookie: first.cookie },
    );
    expect(second.statusCode).toBe(200);
    const token = second.cookies.find((c) => c.name === 'cc_session')?.value;
    expect(`cc_session=${token}`).not.toBe(first.cookie);
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: first.cookie },
    });
    expect(old.statusCode).toBe(401);
  });

  it('slides the expiry while in use and refuses an expired session', async () => {
    const { owner } = await buildTeam(t);
    const get = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: owner.session.cookie } });
    const before = (await get()).json().expiresAt as string;
    t.clock.advance(5 * MINUTE);
    const slid = await get();
    expect(slid.json().expiresAt > before).toBe(true);
    expect(String(slid.headers['set-cookie'])).toContain('cc_session=');
    t.clock.advance(15 * DAY);
    const expired = await get();
    expect(expired.statusCode).toBe(401);
    expect(String(expired.headers['set-cookie'])).toMatch(/^cc_session=;/);
  });

  it('changes the password, ends the other sessions, and forgets nothing it should not', async () => {
    const workspace = await buildWorkspace(t.ctx);
    const { user, password } = await buildUser(t.ctx, { workspaceId: workspace.id });
    const here = await signIn(t.app, user.email, password);
    const elsewhere = await signIn(t.app, user.email, password);
    const change = (body: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: asSession(here), payload: body });

    const wrong = await change({ currentPassword: 'wrong-password', newPassword: 'a brand new password' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('invalid_current_password');
    const short = await change({ currentPassword: password, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('validation_failed');

    expect(
      (await change({ currentPassword: password, newPassword: 'a brand new password' })).statusCode,
    ).toBe(204);
    const session = (cookie: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
    expect((await session(here.cookie)).statusCode).toBe(200);
    expect((await session(elsewhere.cookie)).statusCode).toBe(401);
    await expect(signIn(t.app, user.email, password)).rejects.toThrow(/401/);
    await signIn(t.app, user.email, 'a brand new password');
    const rows = (await auditRows(t, workspace.id)).filter((r) => r.action === 'auth.password_changed');
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('a brand new password');
  });

  it('refuses a disabled user even with the right password', async () => {
    const { workspace } = await buildTeam(t);
    const { user, password } = await buildUser(t.ctx, { workspaceId: workspace.id });
    await t.ctx.db
      .updateTable('users')
      .set({ disabledAt: t.clock.now().toISOString() })
      .where('id', '=', user.id)
      .execute();
    const response = await post('/api/v1/auth/sign-in', { email: user.email, password });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('account_disabled');
  });
});
