import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type JobsTestContext, jobsTestContext } from '../../test/fixtures/jobs-context.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { DAY, HOUR, MINUTE, manualClock } from '../platform/clock.js';
import { defineJob } from './job-definition.js';
import { defineRecurring, MAX_CATCH_UP_MS } from './jobs.cron.js';
import { drainJobs } from './jobs.drain.js';
import { pruneJobsJob } from './jobs.maintenance.js';
import { enqueue } from './jobs.service.js';
import { createWorker } from './jobs.worker.js';

const runs: string[] = [];
const tick = defineJob({
  name: 'test.tick',
  payload: z.object({ kind: z.string() }),
  maxAttempts: 3,
  backoff: { baseMs: 1000, maxMs: 1000 },
  handler: async ({ kind }, { job }) => {
    runs.push(`${kind}@${job.runAt}`);
  },
});

describe(`recurring jobs on ${testDialect()}`, () => {
  let t: TestDatabase;
  const clock = manualClock('2026-01-15T15:00:30.000Z');
  let ctx: JobsTestContext;
  beforeAll(async () => {
    t = await createTestDatabase();
    ctx = jobsTestContext(t, clock);
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    await t.db.deleteFrom('jobs').execute();
    runs.length = 0;
  });

  it('runs each occurrence once across two workers, and backfills only the latest missed one', async () => {
    clock.set('2026-01-15T15:00:30.000Z');
    const every5 = defineRecurring({
      name: 'every-5',
      cron: '*/5 * * * *',
      job: tick,
      payload: { kind: 'five' },
    });
    const options = {
      ctx,
      definitions: [tick],
      recurring: [every5],
      concurrency: 4,
      pollMs: 50,
      leaseMs: MINUTE,
      maintenance: false,
    };
    const a = createWorker({ ...options, workerId: 'cron-a' });
    const b = createWorker({ ...options, workerId: 'cron-b' });
    const tickBoth = async () => [...(await a.runOnce()), ...(await b.runOnce()), ...(await a.runOnce())];

    expect(await tickBoth()).toEqual(['done']);
    clock.set('2026-01-15T15:04:59.999Z');
    expect(await tickBoth()).toEqual([]);
    clock.set('2026-01-15T15:05:00.000Z');
    expect(await tickBoth()).toEqual(['done']);
    // Workers down from 15:06 to 16:02: of 15:10 … 16:00 only 16:00 runs.
    clock.set('2026-01-15T16:02:00.000Z');
    expect(await tickBoth()).toEqual(['done']);
    expect(await tickBoth()).toEqual([]);

    expect(runs).toEqual([
      'five@2026-01-15T15:00:00.000Z',
      'five@2026-01-15T15:05:00.000Z',
      'five@2026-01-15T16:00:00.000Z',
    ]);
    const keys = await t.db.selectFrom('jobs').select('uniqueKey').orderBy('runAt').execute();
    expect(keys.map((row) => row.uniqueKey)).toEqual([
      'cron:every-5:2026-01-15T15:00:00.000Z',
      'cron:every-5:2026-01-15T15:05:00.000Z',
      'cron:every-5:2026-01-15T16:00:00.000Z',
    ]);
  });

  it('reads the expression in its time zone and skips occurrences older than the catch-up window', () => {
    const daily = defineRecurring({
      name: 'daily-9',
      cron: '0 9 * * *',
      timezone: 'America/Chicago',
      job: tick,
      payload: { kind: 'daily' },
      catchUpMs: 2 * HOUR,
    });
    expect(daily.latestOccurrence(new Date('2026-01-15T15:30:00.000Z'))?.toISOString()).toBe(
      '2026-01-15T15:00:00.000Z',
    );
    // Summer time: 09:00 in Chicago is 14:00 UTC.
    expect(daily.latestOccurrence(new Date('2026-07-15T15:30:00.000Z'))?.toISOString()).toBe(
      '2026-07-15T14:00:00.000Z',
    );
    expect(daily.jobFor(new Date('2026-01-15T15:00:00.000Z'))).toMatchObject({
      name: 'test.tick',
      uniqueKey: 'cron:daily-9:2026-01-15T15:00:00.000Z',
      runAt: new Date('2026-01-15T15:00:00.000Z'),
    });
    expect(daily.catchUpMs).toBe(2 * HOUR);
    expect(defineRecurring({ cron: '0 0 1 1 *', job: tick, payload: { kind: 'x' } }).catchUpMs).toBe(
      MAX_CATCH_UP_MS,
    );
    expect(MAX_CATCH_UP_MS).toBeLessThan(7 * DAY);
  });

  it('does not enqueue an occurrence older than the catch-up window', async () => {
    clock.set('2026-01-15T18:00:00.000Z');
    const daily = defineRecurring({
      name: 'daily-9',
      cron: '0 9 * * *',
      timezone: 'America/Chicago',
      job: tick,
      payload: { kind: 'daily' },
      catchUpMs: 2 * HOUR,
    });
    const w = createWorker({
      ctx,
      definitions: [tick],
      recurring: [daily],
      concurrency: 1,
      pollMs: 50,
      leaseMs: MINUTE,
      maintenance: false,
    });
    expect(await w.runOnce()).toEqual([]);
    clock.set('2026-01-16T15:30:00.000Z');
    expect(await w.runOnce()).toEqual(['done']);
  });

  it('fails at definition time on a bad expression, zone or payload', () => {
    expect(() => defineRecurring({ cron: 'every day', job: tick, payload: { kind: 'x' } })).toThrow();
    expect(() =>
      defineRecurring({ cron: '* * * * *', timezone: 'Mars/Olympus', job: tick, payload: { kind: 'x' } }),
    ).toThrow();
    expect(() => defineRecurring({ cron: '* * * * *', job: tick, payload: { kind: 1 } as never })).toThrow(
      /Invalid payload/,
    );
  });

  it('schedules jobs.prune, which deletes done jobs after 7 days and dead ones after 30', async () => {
    clock.set('2026-02-01T00:10:00.000Z');
    const now = clock.now().getTime();
    const finished = async (status: 'done' | 'dead', ageMs: number) => {
      const { id } = await enqueue(t.db, { name: `${status}-${ageMs / DAY}d`, payload: {} }, clock);
      const at = new Date(now - ageMs).toISOString();
      await t.db.updateTable('jobs').set({ status, finishedAt: at }).where('id', '=', id).execute();
    };
    await finished('done', 8 * DAY);
    await finished('done', 6 * DAY);
    await finished('dead', 31 * DAY);
    await finished('dead', 10 * DAY);
    await enqueue(t.db, { name: 'still-ready', payload: {}, runAt: new Date(now - 40 * DAY) }, clock);

    const w = createWorker({
      ctx,
      definitions: [],
      concurrency: 1,
      pollMs: 50,
      leaseMs: MINUTE,
      workerId: 'maint',
    });
    // The first tick enqueues the 00:07 occurrence; the claim sorts it after the older ready job.
    await w.runOnce();
    await drainJobs(ctx, [], { until: new Date(now) });
    const left = await t.db.selectFrom('jobs').select(['name', 'status']).orderBy('name').execute();
    expect(left.map((row) => row.name).sort()).toEqual(
      ['dead-10d', 'done-6d', 'jobs.prune', 'still-ready'].sort(),
    );
    expect(left.find((row) => row.name === 'jobs.prune')?.status).toBe('done');
    expect(pruneJobsJob.maxAttempts).toBeGreaterThan(1);
  });
});
