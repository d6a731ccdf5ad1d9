import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type JobsTestContext, jobsTestContext } from '../../test/fixtures/jobs-context.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { SECOND } from '../platform/clock.js';
import { defineJob } from './job-definition.js';
import { findJob } from './jobs.repository.js';
import { enqueue } from './jobs.service.js';
import { createWorker, startWorker } from './jobs.worker.js';

describe(`job worker loop on ${testDialect()}`, () => {
  let t: TestDatabase;
  let ctx: JobsTestContext;
  beforeAll(async () => {
    t = await createTestDatabase();
    ctx = jobsTestContext(t);
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    await t.db.deleteFrom('jobs').execute();
  });

  it('wakes on a local enqueue and runs jobs concurrently up to its limit', async () => {
    let running = 0;
    let peak = 0;
    const work = defineJob({
      name: 'test.work',
      payload: z.object({}),
      maxAttempts: 1,
      backoff: { baseMs: 10, maxMs: 10 },
      handler: async () => {
        running += 1;
        peak = Math.max(peak, running);
        await sleep(40);
        running -= 1;
      },
    });
    const w = startWorker({
      ctx,
      definitions: [work],
      concurrency: 3,
      pollMs: 60_000,
      leaseMs: 10 * SECOND,
      maintenance: false,
    });
    try {
      await sleep(50);
      const started = Date.now();
      for (let i = 0; i < 7; i++) await enqueue(t.db, work.job({}));
      await expect
        .poll(
          async () =>
            (await t.db.selectFrom('jobs').select('status').execute()).every((j) => j.status === 'done'),
          { timeout: 5000, interval: 20 },
        )
        .toBe(true);
      // A 60 s poll interval: only the enqueue wake-up and the freed slots make this quick.
      expect(Date.now() - started).toBeLessThan(2000);
      expect(peak).toBe(3);
    } finally {
      await w.stop(1000);
    }
  });

  it('extends the lease of a long job by heartbeat, so no other worker claims it', async () => {
    let runs = 0;
    const long = defineJob({
      name: 'test.long',
      payload: z.object({}),
      maxAttempts: 3,
      backoff: { baseMs: 10, maxMs: 10 },
      handler: async () => {
        runs += 1;
        await sleep(1200);
      },
    });
    const { id } = await enqueue(t.db, long.job({}));
    const options = {
      ctx,
      definitions: [long],
      concurrency: 1,
      pollMs: 30,
      leaseMs: 500,
      maintenance: false,
    };
    const a = startWorker({ ...options, workerId: 'heartbeat-a' });
    await expect
      .poll(async () => (await findJob(t.db, id))?.status, { timeout: 2000, interval: 10 })
      .toBe('running');
    const firstLease = (await findJob(t.db, id))?.lockedUntil ?? '';
    await expect
      .poll(async () => ((await findJob(t.db, id))?.lockedUntil ?? '') > firstLease, {
        timeout: 2000,
        interval: 20,
      })
      .toBe(true);
    const b = startWorker({ ...options, workerId: 'heartbeat-b' });
    try {
      await expect
        .poll(async () => (await findJob(t.db, id))?.status, { timeout: 5000, interval: 30 })
        .toBe('done');
      expect(runs).toBe(1);
      expect(await findJob(t.db, id)).toMatchObject({ attempts: 1 });
    } finally {
      await Promise.all([a.stop(100), b.stop(100)]);
    }
  });

  it('waits for running jobs at shutdown, then releases unfinished ones for another worker', async () => {
    let signalled: AbortSignal | undefined;
    const stuck = defineJob({
      name: 'test.stuck',
      payload: z.object({ n: z.number() }),
      maxAttempts: 3,
      backoff: { baseMs: 10, maxMs: 10 },
      // Ignores its signal on purpose: release must not depend on the handler's cooperation.
      handler: async ({ n }, { signal }) => {
        if (n === 1) await sleep(50);
        else {
          signalled = signal;
          await new Promise(() => {});
        }
      },
    });
    const quick = await enqueue(t.db, stuck.job({ n: 1 }));
    const hung = await enqueue(t.db, stuck.job({ n: 2 }));
    const w = startWorker({
      ctx,
      definitions: [stuck],
      concurrency: 2,
      pollMs: 20,
      leaseMs: 60 * SECOND,
      maintenance: false,
    });
    await expect.poll(() => w.running, { timeout: 2000, interval: 5 }).toBe(2);
    await w.stop(300);
    expect(w.running).toBe(0);
    expect(signalled?.aborted).toBe(true);
    expect((await findJob(t.db, quick.id))?.status).toBe('done');
    expect(await findJob(t.db, hung.id)).toMatchObject({
      status: 'ready',
      lockedBy: null,
      lockedUntil: null,
      attempts: 0,
    });
    // Another worker takes it at once, not after the 60 s lease.
    const next = createWorker({
      ctx,
      definitions: [],
      concurrency: 1,
      pollMs: 20,
      leaseMs: SECOND,
      maintenance: false,
    });
    expect(await next.runOnce()).toEqual(['dead']);
    expect((await findJob(t.db, hung.id))?.lastError).toMatch(/Unknown job name "test.stuck"/);
  });
});
