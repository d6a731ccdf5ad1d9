import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type JobsTestContext, jobsTestContext } from '../../test/fixtures/jobs-context.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { manualClock, SECOND } from '../platform/clock.js';
import { defineJob } from './job-definition.js';
import { claimJobs, completeJob, findJob, killJob, retryJob } from './jobs.repository.js';
import { enqueue } from './jobs.service.js';
import { createWorker } from './jobs.worker.js';

const START = '2026-01-15T15:00:00.000Z';
const LEASE = 30 * SECOND;

describe(`job leases on ${testDialect()}`, () => {
  let t: TestDatabase;
  const clock = manualClock(START);
  let ctx: JobsTestContext;
  beforeAll(async () => {
    t = await createTestDatabase();
    ctx = jobsTestContext(t, clock);
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    await t.db.deleteFrom('jobs').execute();
    clock.set(START);
  });

  it('claims a job for one worker only, until its lease expires; then another worker claims it again', async () => {
    const { id } = await enqueue(t.db, { name: 'test.lease', payload: {} }, clock);
    const first = await claimJobs(t.db, { workerId: 'a', now: clock.now(), leaseMs: LEASE, limit: 10 });
    expect(first).toMatchObject([{ id, status: 'running', lockedBy: 'a', attempts: 1 }]);
    expect(first[0]?.lockedUntil).toBe('2026-01-15T15:00:30.000Z');

    expect(await claimJobs(t.db, { workerId: 'b', now: clock.now(), leaseMs: LEASE, limit: 10 })).toEqual([]);
    clock.advance(LEASE);
    expect(await claimJobs(t.db, { workerId: 'b', now: clock.now(), leaseMs: LEASE, limit: 10 })).toEqual([]);
    clock.advance(1);
    const second = await claimJobs(t.db, { workerId: 'b', now: clock.now(), leaseMs: LEASE, limit: 10 });
    expect(second).toMatchObject([{ id, lockedBy: 'b', attempts: 2 }]);
  });

  it('ignores the outcome from a worker whose lease lapsed and was claimed by another', async () => {
    const { id } = await enqueue(t.db, { name: 'test.lease', payload: {} }, clock);
    await claimJobs(t.db, { workerId: 'a', now: clock.now(), leaseMs: LEASE, limit: 1 });
    clock.advance(LEASE + 1);
    await claimJobs(t.db, { workerId: 'b', now: clock.now(), leaseMs: LEASE, limit: 1 });

    const stale = { id, workerId: 'a', now: clock.now() };
    expect(await completeJob(t.db, stale)).toBe(false);
    expect(await retryJob(t.db, { ...stale, runAt: clock.now(), error: 'x' })).toBe(false);
    expect(await killJob(t.db, { ...stale, error: 'x' })).toBe(false);
    expect(await findJob(t.db, id)).toMatchObject({ status: 'running', lockedBy: 'b', lastError: null });

    expect(await completeJob(t.db, { id, workerId: 'b', now: clock.now() })).toBe(true);
    expect(await findJob(t.db, id)).toMatchObject({ status: 'done', lockedBy: null });
  });

  it('re-runs a job whose worker stalled, and the stalled worker cannot overwrite the result', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const runs: string[] = [];
    const stalls = defineJob({
      name: 'test.stalls',
      payload: z.object({}),
      maxAttempts: 5,
      backoff: { baseMs: 10, maxMs: 10 },
      handler: async (_payload, { job }) => {
        runs.push(`${job.lockedBy}#${job.attempts}`);
        if (job.attempts === 1) {
          await gate;
          throw new Error('the stalled worker fails late');
        }
      },
    });
    const { id } = await enqueue(t.db, stalls.job({}), clock);
    const options = {
      ctx,
      definitions: [stalls],
      concurrency: 1,
      pollMs: 20,
      leaseMs: LEASE,
      maintenance: false,
    };
    const a = createWorker({ ...options, workerId: 'stalled-a' });
    const b = createWorker({ ...options, workerId: 'healthy-b' });

    const stalled = a.runOnce();
    await expect.poll(() => runs.length).toBe(1);
    expect(await b.runOnce()).toEqual([]);
    clock.advance(LEASE + 1);
    expect(await b.runOnce()).toEqual(['done']);
    release();
    expect(await stalled).toEqual(['lost']);
    expect(runs).toEqual(['stalled-a#1', 'healthy-b#2']);
    expect(await findJob(t.db, id)).toMatchObject({
      status: 'done',
      attempts: 2,
      lastError: null,
      lockedBy: null,
    });
  });

  it('gives up on a job whose leases keep lapsing once its attempts are spent', async () => {
    const { id } = await enqueue(t.db, { name: 'test.crashes-worker', payload: {}, maxAttempts: 2 }, clock);
    for (const workerId of ['a', 'b']) {
      await claimJobs(t.db, { workerId, now: clock.now(), leaseMs: LEASE, limit: 1 });
      clock.advance(LEASE + 1);
    }
    const w = createWorker({
      ctx,
      definitions: [],
      concurrency: 1,
      pollMs: 20,
      leaseMs: LEASE,
      maintenance: false,
    });
    expect(await w.runOnce()).toEqual(['dead']);
    expect(await findJob(t.db, id)).toMatchObject({
      status: 'dead',
      attempts: 3,
      lastError: 'Error: Gave up after 2 attempts: the last lease expired (worker died or stalled)',
    });
  });

  it('claims the oldest due jobs first, up to the limit', async () => {
    const at = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000);
    await enqueue(t.db, { name: 'c', payload: {}, runAt: at(-1) }, clock);
    await enqueue(t.db, { name: 'a', payload: {}, runAt: at(-10) }, clock);
    await enqueue(t.db, { name: 'future', payload: {}, runAt: at(5) }, clock);
    await enqueue(t.db, { name: 'b', payload: {}, runAt: at(-5) }, clock);
    const claimed = await claimJobs(t.db, { workerId: 'w', now: clock.now(), leaseMs: LEASE, limit: 2 });
    expect(claimed.map((job) => job.name)).toEqual(['a', 'b']);
    const rest = await claimJobs(t.db, { workerId: 'w', now: clock.now(), leaseMs: LEASE, limit: 10 });
    expect(rest.map((job) => job.name)).toEqual(['c']);
  });
});
