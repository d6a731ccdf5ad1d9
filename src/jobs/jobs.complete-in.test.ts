import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type JobsTestContext, jobsTestContext } from '../../test/fixtures/jobs-context.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { manualClock, SECOND } from '../platform/clock.js';
import { createJobRegistry, defineJob } from './job-definition.js';
import { claimJobs, findJob } from './jobs.repository.js';
import { runJob } from './jobs.runner.js';
import { enqueue } from './jobs.service.js';

const START = '2026-01-15T15:00:00.000Z';

/** A handler that completes its job in its own transaction: one commit holds its work and the job's outcome. */
describe(`completing a job in the handler's transaction on ${testDialect()}`, () => {
  let t: TestDatabase;
  const clock = manualClock(START);
  let ctx: JobsTestContext;
  beforeAll(async () => {
    t = await createTestDatabase();
    ctx = jobsTestContext(t, clock);
    await sql`create table complete_in_probe (id text primary key)`.execute(t.db);
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    await t.db.deleteFrom('jobs').execute();
    await sql`delete from complete_in_probe`.execute(t.db);
  });

  const probe = defineJob({
    name: 'test.complete-in',
    payload: z.object({ id: z.string(), failAfter: z.boolean() }),
    maxAttempts: 3,
    backoff: { baseMs: SECOND, maxMs: SECOND },
    handler: async ({ id, failAfter }, run) => {
      await run.ctx.db.transaction().execute(async (trx) => {
        await sql`insert into complete_in_probe (id) values (${id})`.execute(trx);
        expect(await run.completeIn(trx)).toBe(true);
        if (failAfter) throw new Error('the commit failed');
      });
    },
  });

  async function runOne(payload: { id: string; failAfter: boolean }) {
    const { id } = await enqueue(t.db, probe.job(payload), clock);
    const [job] = await claimJobs(t.db, { workerId: 'w', now: clock.now(), leaseMs: 30 * SECOND, limit: 1 });
    if (!job) throw new Error('nothing claimed');
    const outcome = await runJob({
      ctx,
      registry: createJobRegistry([probe]),
      job,
      workerId: 'w',
      leaseMs: 30 * SECOND,
      log: ctx.logger,
    }).done;
    const rows = await sql<{ id: string }>`select id from complete_in_probe`.execute(t.db);
    return { outcome, job: await findJob(t.db, id), rows: rows.rows.map((r) => r.id) };
  }

  it('records the job done with the work, and the runner writes nothing after it', async () => {
    const run = await runOne({ id: 'p1', failAfter: false });
    // Had the runner completed it again, its owned write would have found the job no longer running: 'lost'.
    expect(run.outcome).toBe('done');
    expect(run.job).toMatchObject({ status: 'done', lockedBy: null, finishedAt: START });
    expect(run.rows).toEqual(['p1']);
  });

  it('retries the job when the transaction that completed it rolls back', async () => {
    const run = await runOne({ id: 'p2', failAfter: true });
    expect(run.outcome).toBe('retry');
    expect(run.job).toMatchObject({
      status: 'ready',
      attempts: 1,
      lastError: expect.stringContaining('commit'),
    });
    expect(run.rows).toEqual([]);
  });
});
