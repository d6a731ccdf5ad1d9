import { z } from 'zod';
import type { DbOrTrx } from '../db/database.js';
import { defineJob } from '../jobs/job-definition.js';
import { releaseUniqueKey } from '../jobs/jobs.repository.js';
import { enqueue } from '../jobs/jobs.service.js';
import { type Clock, HOUR, MINUTE } from '../platform/clock.js';
import { rewriteErasedTables } from './rewrite.service.js';

/** Held by the rewrite that has not started yet, so every erasure until then joins it. */
export const REWRITE_KEY = 'privacy.rewrite:pending';
/** Erasures in a burst (a batch, a retention run) share one rewrite this long after the first. */
export const REWRITE_DELAY_MS = 5 * MINUTE;

/**
 * On PostgreSQL, rewrites the tables erasure touched so the old row versions leave the files. Off the
 * request path, in a worker; one pending job however many people are erased before it starts.
 */
export const rewriteJob = defineJob({
  name: 'privacy.rewrite',
  payload: z.object({}),
  maxAttempts: 10,
  backoff: { baseMs: 5 * MINUTE, maxMs: 2 * HOUR },
  handler: async (_payload, { ctx, job, signal }) => {
    // From here on an erasure queues a new rewrite: this one may already be past its tables.
    await releaseUniqueKey(ctx.db, job.id);
    const report = await rewriteErasedTables(ctx, signal);
    ctx.logger.child({ category: 'privacy' }).info(
      {
        job: 'privacy.rewrite',
        tables: report.tables.length,
        busy: report.busy,
        lockMsMax: Math.max(0, ...report.tables.map((t) => t.lockMs)),
        statistics: report.statistics === 'not_permitted' ? report.statistics : 'rewritten',
        checkpoint: report.checkpoint,
      },
      'tables rewritten after erasure',
    );
    if (report.busy.length > 0) {
      throw new Error(`Rewrite after erasure postponed: ${report.busy.join(', ')} stayed locked`);
    }
  },
});

/**
 * Queues the rewrite in the caller's transaction, so it exists if and only if the erasure commits.
 * Call it after the erasure's writes: a rewrite that already holds the key then waits for their locks.
 */
export async function scheduleRewrite(db: DbOrTrx, clock: Clock): Promise<void> {
  const runAt = new Date(clock.now().getTime() + REWRITE_DELAY_MS);
  await enqueue(db, rewriteJob.job({}, { uniqueKey: REWRITE_KEY, runAt }), clock);
}
