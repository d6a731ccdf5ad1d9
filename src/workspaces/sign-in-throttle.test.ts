import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, nextClientAddress, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildUser, buildWorkspace } from '../../test/helpers/factories.js';
import { DAY, MINUTE, SECOND } from '../platform/clock.js';
import { ACCOUNT_FACTOR, ADDRESS_FACTOR } from './sign-in-throttle.js';

const MAX_FAILURES = 3;
const CAP_MINUTES = 15;

describe(`sign-in throttle on ${testDialect()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({
      env: { SIGN_IN_MAX_FAILURES: String(MAX_FAILURES), SIGN_IN_LOCK_MINUTES: String(CAP_MINUTES) },
    });
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string, address: string, requestId = 'sign-in-attempt') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: address,
      headers: { 'x-request-id': requestId },
      payload: { email, password },
    });

  const team = async () => {
    const workspace = await buildWorkspace(t.ctx);
    return { workspace, ...(await buildUser(t.ctx, { workspaceId: workspace.id })) };
  };

  it('answers a real account and an unknown email byte for byte the same, waits included', async () => {
    const { workspace, user } = await team();
    const answers = async (email: string) => {
      const address = nextClientAddress();
      const seen: string[] = [];
      for (let i = 0; i < MAX_FAILURES + 2; i += 1) {
        const response = await attempt(email, `wrong ${i}`, address);
        const { date: _date, ...headers } = response.headers;
        seen.push(JSON.stringify({ status: response.statusCode, headers, body: response.body }));
      }
      return seen;
    };
    const real = await answers(user.email);
    const unknown = await answers('nobody-here@example.com');
    expect(real).toEqual(unknown);
    expect(real.map((r) => JSON.parse(r).status)).toEqual([401, 401, 429, 429, 429]);
    expect(JSON.parse(real[2] ?? '{}').headers['retry-after']).toBe('1');

    // Only the real account leaves audit rows, and they say when it began to wait.
    const actions = (await auditRows(t, workspace.id)).map((r) => r.action);
    expect(actions.filter((a) => a === 'auth.sign_in_failed')).toHaveLength(MAX_FAILURES);
    expect(actions.filter((a) => a === 'auth.sign_in_throttled')).toHaveLength(1);
  });

  it('lets the owner in from another address while one address hammers the account', async () => {
    const { user, password } = await team();
    const attacker = nextClientAddress();
    for (let i = 0; i < MAX_FAILURES * 3; i += 1) {
      await attempt(user.email, `guess ${i}`, attacker);
      t.clock.advance(2 * SECOND);
    }
    const blocked = await attempt(user.email, password, attacker);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('sign_in_throttled');
    expect(blocked.headers['set-cookie']).toBeUndefined();

    const owner = await attempt(user.email, password, nextClientAddress());
    expect(owner.statusCode).toBe(200);
  });

  it('under attack from many addresses, a failing address waits from its first failure, and the owner still gets in', async () => {
    const { user, password } = await team();
    const attackers = Array.from({ length: ACCOUNT_FACTOR + 1 }, () => nextClientAddress());
    for (const address of attackers) {
      for (let i = 0; i < MAX_FAILURES; i += 1) await attempt(user.email, `guess ${i}`, address);
    }
    const fresh = await attempt(user.email, 'one more guess', nextClientAddress());
    expect(fresh.statusCode).toBe(429);
    expect(fresh.headers['retry-after']).toBe('1');

    expect((await attempt(user.email, password, nextClientAddress())).statusCode).toBe(200);
  });

  it('doubles the wait with each failure up to the cap, checks no password meanwhile, and forgets on success', async () => {
    const { user, password } = await team();
    const address = nextClientAddress();
    const waits: number[] = [];
    for (let i = 0; i < 14; i += 1) {
      const response = await attempt(user.email, `wrong ${i}`, address);
      const wait = Number(response.headers['retry-after'] ?? 0);
      waits.push(wait);
      if (wait > 0) {
        // Still waiting: even the right password is refused unchecked, with the time left.
        t.clock.advance((wait - 1) * SECOND);
        const early = await attempt(user.email, password, address);
        expect(early.statusCode).toBe(429);
        expect(early.headers['retry-after']).toBe('1');
        t.clock.advance(SECOND);
      }
    }
    const cap = CAP_MINUTES * 60;
    expect(waits).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, cap, cap]);

    expect((await attempt(user.email, password, address)).statusCode).toBe(200);
    // The success forgot this address's failures for this account.
    expect((await attempt(user.email, 'wrong again', address)).statusCode).toBe(401);
  });

  it('makes one address spraying many accounts wait for all of them', async () => {
    const { user, password } = await team();
    const address = nextClientAddress();
    const sprayed = ADDRESS_FACTOR * MAX_FAILURES;
    const codes: number[] = [];
    for (let i = 0; i < sprayed; i += 1) {
      // Past the per-minute route limit's windows, which are not what this is about.
      t.clock.advance(3 * SECOND);
      codes.push((await attempt(`sprayed-${i}@example.com`, 'Summer2026!', address)).statusCode);
    }
    expect(codes.slice(0, -1).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    expect((await attempt(user.email, password, address)).statusCode).toBe(429);
    expect((await attempt(user.email, password, nextClientAddress())).statusCode).toBe(200);
  });

  it('stores neither emails nor addresses, and forgets counters once their windows end', async () => {
    const { user } = await team();
    const address = nextClientAddress();
    await attempt(user.email, 'wrong', address);
    const keys = (await t.ctx.db.selectFrom('requestThrottles').select('key').execute()).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toContain(user.email);
    expect(keys.join(' ')).not.toContain(address);
    expect(keys.join(' ')).not.toContain('example.com');

    t.clock.advance(2 * DAY);
    await attempt(user.email, 'wrong', address);
    const left = await t.ctx.db.selectFrom('requestThrottles').selectAll().execute();
    // Only what this last attempt counted: its route window and its three sign-in counters.
    expect(left).toHaveLength(4);
    expect(left.every((r) => r.count === 1)).toBe(true);
    expect(left.every((r) => r.resetAt > new Date(t.clock.now().getTime() + MINUTE - 1).toISOString())).toBe(
      true,
    );
  });
});
