import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, consentEvidence, nextPhone, type Team } from '../../test/helpers/factories.js';
import { createSource, pathOf, workspaceLeads } from '../../test/helpers/lead-sources.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { createIntakePace } from './intake-pace.js';

describe('the intake pace', () => {
  const paced = (perSecond: number, burst: number, maxWaitMs: number) => {
    let now = 1_000;
    const pace = createIntakePace({ perSecond, burst, maxWaitMs, contendedForMs: 10_000, now: () => now });
    return { pace, advance: (ms: number) => (now += ms) };
  };

  it('lets a burst through at once, then one lead per interval, and refuses past the longest wait', () => {
    const { pace, advance } = paced(10, 3, 250);
    pace.reserve('ws-other');
    expect([0, 1, 2].map(() => pace.reserve('ws-a'))).toEqual([{ waitMs: 0 }, { waitMs: 0 }, { waitMs: 0 }]);
    expect(pace.reserve('ws-a')).toEqual({ waitMs: 100 });
    expect(pace.reserve('ws-a')).toEqual({ waitMs: 200 });
    // The next turn is 300 ms off: longer than 250, refused without taking a turn.
    expect(pace.reserve('ws-a')).toEqual({ refusedForMs: 50 });
    expect(pace.reserve('ws-a')).toEqual({ refusedForMs: 50 });
    advance(100);
    expect(pace.reserve('ws-a')).toEqual({ waitMs: 200 });
  });

  it('paces each workspace apart, and an idle one has its whole burst again', () => {
    const { pace, advance } = paced(10, 2, 0);
    pace.tryNow('ws-other');
    expect(pace.tryNow('ws-a')).toBe(true);
    expect(pace.tryNow('ws-a')).toBe(true);
    expect(pace.tryNow('ws-a')).toBe(false);
    expect(pace.tryNow('ws-b')).toBe(true);
    advance(100);
    expect(pace.tryNow('ws-a')).toBe(true);
    expect(pace.tryNow('ws-a')).toBe(false);
    advance(5_000);
    pace.tryNow('ws-b');
    expect(pace.tryNow('ws-a')).toBe(true);
    expect(pace.tryNow('ws-a')).toBe(true);
  });

  it('binds only while another workspace has taken in a lead within the window', () => {
    const { pace, advance } = paced(1, 1, 0);
    // Alone in the process: no pace at all.
    for (let i = 0; i < 50; i++) expect(pace.tryNow('ws-a')).toBe(true);
    pace.tryNow('ws-b');
    expect(pace.tryNow('ws-a')).toBe(true);
    expect(pace.tryNow('ws-a')).toBe(false);
    // More than ten seconds since ws-b's lead: ws-a is alone again.
    advance(10_001);
    expect(pace.tryNow('ws-a')).toBe(true);
    expect(pace.tryNow('ws-a')).toBe(true);
  });

  it('is off at 0 a second', () => {
    const { pace } = paced(0, 1, 0);
    pace.reserve('ws-other');
    for (let i = 0; i < 100; i++) expect(pace.reserve('ws-a')).toEqual({ waitMs: 0 });
  });
});

describe(`one workspace sending leads faster than its pace on ${testDialect()}`, () => {
  let t: TestApp;
  let busy: Team;
  let quiet: Team;
  beforeAll(async () => {
    // Two leads at once, then one every 2 s; none held longer than 2.5 s. Wide margins: the requests reach
    // the pace up to a few hundred ms apart on a busy machine.
    t = await buildTestApp({
      env: { INTAKE_LEADS_PER_SECOND: '0.5', INTAKE_BURST: '2', INTAKE_MAX_WAIT_MS: '2500' },
    });
    t.clock.set('2026-01-15T16:00:00.000Z');
    busy = await buildTeam(t);
    quiet = await buildTeam(t);
  });
  afterAll(() => t.close());

  const post = (team: Team) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asApiKey(team.key.secret),
      payload: { name: 'Pat Lee', phone: nextPhone(), consent: consentEvidence() },
    });

  it('holds its API leads for their turn and refuses the one past the longest wait, while another workspace goes at once', async () => {
    // The other workspace is taking in leads too: the pace binds.
    expect((await post(quiet)).statusCode).toBe(201);
    const started = performance.now();
    const timed = (team: Team) =>
      post(team).then((response) => ({ response, ms: performance.now() - started }));
    const busyPosts = [timed(busy), timed(busy), timed(busy), timed(busy)];
    const quietPost = await timed(quiet);
    const answers = await Promise.all(busyPosts);

    expect(quietPost.response.statusCode).toBe(201);
    // Turns go in the order the requests reach the pace, which need not be the order they were sent.
    const accepted = answers.filter((a) => a.response.statusCode === 201);
    const refused = answers.filter((a) => a.response.statusCode === 429);
    expect([accepted.length, refused.length]).toEqual([3, 1]);
    // One waited for its turn, 2 s after the burst's first; the other workspace did not wait behind it.
    const lastAccepted = Math.max(...accepted.map((a) => a.ms));
    expect(lastAccepted).toBeGreaterThanOrEqual(1500);
    expect(quietPost.ms).toBeLessThan(lastAccepted);
    expect(refused[0]?.response.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(refused[0]?.response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const { leads } = await workspaceLeads(t, busy.workspace.id);
    expect(leads).toHaveLength(3);
  });

  it("stores a lead source's payloads beyond the pace and reads them in the worker: none is lost", async () => {
    const created = await createSource(t, busy, { kind: 'webhook' });
    const url = pathOf(created.secrets.url);
    expect((await post(quiet)).statusCode).toBe(201);
    const answers = await Promise.all(
      ['512-555-0181', '512-555-0182', '512-555-0183', '512-555-0184'].map((phone, n) =>
        t.app.inject({ method: 'POST', url, payload: { id: `paced-${n}`, name: `Lead ${n}`, phone } }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200]);
    const statuses = answers.map((a) => a.json<{ status: string }>().status);
    // The pace has not refilled since the API leads: every payload is stored for the worker.
    expect(statuses).toContain('received');
    await drainJobs(t.ctx, jobDefinitions);
    const { contacts } = await workspaceLeads(t, busy.workspace.id);
    const phones = contacts.map((c) => c.phone);
    for (const phone of ['+15125550181', '+15125550182', '+15125550183', '+15125550184'])
      expect(phones).toContain(phone);
  });
});
