import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type JobsTestContext, jobsTestContext } from '../../test/fixtures/jobs-context.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { manualClock, SECOND } from '../platform/clock.js';
import { defineJob, type JobDefinition } from './job-definition.js';
import { drainJobs } from './jobs.drain.js';
import { findJob } from './jobs.repository.js';
import { enqueue } from './jobs.service.js';
import { createWorker } from './jobs.worker.js';

const START = '2026-01-15T15:00:00.000Z';

function worker(ctx: JobsTestContext, definitions: readonly JobDefinition[], workerId = 'worker-a') {
  return createWorker({
    ctx,
    definitions,
    concurrency: 2,
    pollMs: 20,
    leaseMs: 30 * SECOND,
    workerId,
    maintenance: false,
  });
}

describe(`job worker on ${testDialect()}`, () => {
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
    ctx.logLines.length = 0;
  });

  it('runs a due job once with its typed payload, and does not run a delayed job before its time', async () => {
    const seen: string[] = [];
    const greet = defineJob({
      name: 'test.greet',
      payload: z.object({ leadId: z.string() }),
      maxAttempts: 3,
      backoff: { baseMs: 1000, maxMs: 10_000 },
      handler: async ({ leadId }, { job }) => {
        seen.push(`${leadId}@${job.attempts}`);
      },
    });
    const now = await enqueue(t.db, greet.job({ leadId: 'now' }), clock);
    const later = await enqueue(
      t.db,
      greet.job({ leadId: 'later' }, { runAt: new Date(clock.now().getTime() + 60 * SECOND) }),
      clock,
    );
    const w = worker(ctx, [greet]);
    expect(await w.runOnce()).toEqual(['done']);
    expect(await w.runOnce()).toEqual([]);
    clock.advance(59 * SECOND);
    expect(await w.runOnce()).toEqual([]);
    expect((await findJob(t.db, later.id))?.status).toBe('ready');
    clock.advance(SECOND);
    expect(await w.runOnce()).toEqual(['done']);
    expect(seen).toEqual(['now@1', 'later@1']);
    expect(await findJob(t.db, now.id)).toMatchObject({ status: 'done', lockedBy: null, lockedUntil: null });
    expect((await findJob(t.db, later.id))?.finishedAt).toBe('2026-01-15T15:01:00.000Z');
  });

  it('retries with exponential backoff, then marks the job dead keeping the last error', async () => {
    let calls = 0;
    const flaky = defineJob({
      name: 'test.flaky',
      payload: z.object({}),
      maxAttempts: 3,
      backoff: { baseMs: 1000, maxMs: 1500 },
      handler: async () => {
        calls += 1;
        throw new Error(`boom ${calls}`);
      },
    });
    const { id } = await enqueue(t.db, flaky.job({}), clock);
    const w = worker(ctx, [flaky]);
    const start = clock.now().getTime();

    expect(await w.runOnce()).toEqual(['retry']);
    let job = await findJob(t.db, id);
    expect(job).toMatchObject({ status: 'ready', attempts: 1, lastError: 'Error: boom 1', lockedBy: null });
    const firstDelay = Date.parse(job?.runAt ?? '') - start;
    expect(firstDelay).toBeGreaterThanOrEqual(500);
    expect(firstDelay).toBeLessThanOrEqual(1000);
    expect(await w.runOnce()).toEqual([]);

    clock.set(job?.runAt ?? '');
    expect(await w.runOnce()).toEqual(['retry']);
    job = await findJob(t.db, id);
    const secondDelay = Date.parse(job?.runAt ?? '') - clock.now().getTime();
    // Doubled (2000), then capped at maxMs (1500), then jittered into its upper half.
    expect(secondDelay).toBeGreaterThanOrEqual(750);
    expect(secondDelay).toBeLessThanOrEqual(1500);

    clock.set(job?.runAt ?? '');
    expect(await w.runOnce()).toEqual(['dead']);
    job = await findJob(t.db, id);
    expect(job).toMatchObject({ status: 'dead', attempts: 3, lastError: 'Error: boom 3', lockedBy: null });
    expect(job?.finishedAt).toBe(clock.now().toISOString());
    clock.advance(60 * SECOND);
    expect(await w.runOnce()).toEqual([]);
    expect(calls).toBe(3);
  });

  it('sends a payload that no longer validates, or an unknown job, to dead with a clear error', async () => {
    const strict = defineJob({
      name: 'test.strict',
      payload: z.object({ leadId: z.uuid() }),
      maxAttempts: 5,
      backoff: { baseMs: 10, maxMs: 10 },
      handler: async () => {
        throw new Error('must not run');
      },
    });
    const stale = await enqueue(t.db, { name: 'test.strict', payload: { leadId: 7 } }, clock);
    const unknown = await enqueue(t.db, { name: 'test.removed-long-ago', payload: {} }, clock);
    expect((await worker(ctx, [strict]).runOnce()).sort()).toEqual(['dead', 'dead']);
    expect(await findJob(t.db, stale.id)).toMatchObject({
      status: 'dead',
      attempts: 1,
      lastError: expect.stringMatching(
        /^Error: Payload no longer valid for test.strict: leadId: .*expected string/,
      ),
    });
    expect(await findJob(t.db, unknown.id)).toMatchObject({
      status: 'dead',
      lastError:
        'Error: Unknown job name "test.removed-long-ago": no definition is registered in this worker',
    });
  });

  it('aborts a handler that outlives its timeout and retries it', async () => {
    let aborted: unknown;
    const slow = defineJob({
      name: 'test.slow',
      payload: z.object({}),
      maxAttempts: 2,
      backoff: { baseMs: 10, maxMs: 10 },
      timeoutMs: 50,
      handler: (_payload, { signal }) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = signal.reason;
            resolve();
          });
        }),
    });
    const { id } = await enqueue(t.db, slow.job({}), clock);
    expect(await worker(ctx, [slow]).runOnce()).toEqual(['retry']);
    expect(aborted).toBeInstanceOf(Error);
    expect((await findJob(t.db, id))?.lastError).toBe('JobTimeoutError: Timed out after 50 ms');
  });

  it('logs the job name under `job` with category jobs, and never the payload', async () => {
    const quiet = defineJob({
      name: 'test.quiet',
      payload: z.object({ note: z.string() }),
      maxAttempts: 1,
      backoff: { baseMs: 10, maxMs: 10 },
      handler: async () => {
        throw new Error('failed on purpose');
      },
    });
    await enqueue(t.db, quiet.job({ note: 'payload-content-xyzzy' }), clock);
    expect(await worker(ctx, [quiet]).runOnce()).toEqual(['dead']);
    const lines = ctx.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.find((line) => line.msg === 'job is dead')).toMatchObject({
      category: 'jobs',
      job: 'test.quiet',
    });
    expect(ctx.logLines.join('\n')).not.toContain('payload-content-xyzzy');
  });

  it('drains every due job, retries included, for integration tests', async () => {
    let failures = 1;
    const once = defineJob({
      name: 'test.once',
      payload: z.object({ n: z.number() }),
      maxAttempts: 3,
      backoff: { baseMs: 5 * SECOND, maxMs: 5 * SECOND },
      handler: async ({ n }) => {
        if (n === 0 && failures-- > 0) throw new Error('first try fails');
      },
    });
    for (let n = 0; n < 3; n++) await enqueue(t.db, once.job({ n }), clock);
    await enqueue(t.db, once.job({ n: 9 }, { runAt: new Date(clock.now().getTime() + 3_600_000) }), clock);
    expect(await drainJobs(ctx, [once])).toMatchObject({ ran: 3, done: 2, retry: 1, dead: 0 });
    expect(
      await drainJobs(ctx, [once], { until: new Date(clock.now().getTime() + 10 * SECOND) }),
    ).toMatchObject({
      ran: 1,
      done: 1,
    });
    const left = await t.db.selectFrom('jobs').select('status').where('status', '!=', 'done').execute();
    expect(left).toEqual([{ status: 'ready' }]);
  });
});
