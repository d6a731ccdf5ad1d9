import type { AppContext } from '../http/context.js';
import { MINUTE } from '../platform/clock.js';
import { randomToken } from '../platform/crypto.js';
import { createJobRegistry, type JobDefinition } from './job-definition.js';
import { withMaintenance } from './jobs.maintenance.js';
import { claimJobs } from './jobs.repository.js';
import { type RunOutcome, runJob } from './jobs.runner.js';

export interface DrainOptions {
  /** Also run jobs due up to this instant (later retries included); defaults to the clock's now. */
  until?: Date;
  /** Stops a job that keeps enqueueing itself from draining forever. */
  maxJobs?: number;
  leaseMs?: number;
}

export type DrainResult = Record<RunOutcome, number> & { ran: number };

/**
 * Runs due jobs one at a time, in this process, until none is left: for integration tests of the
 * modules that enqueue jobs, and for the CLI. The same runner as the worker, without polling.
 */
export async function drainJobs(
  ctx: AppContext,
  definitions: readonly JobDefinition[],
  options: DrainOptions = {},
): Promise<DrainResult> {
  const registry = createJobRegistry(withMaintenance(definitions, [], false).definitions);
  const workerId = `drain:${randomToken(4)}`;
  const log = ctx.logger.child({ category: 'jobs', workerId });
  const result: DrainResult = { ran: 0, done: 0, retry: 0, dead: 0, lost: 0, released: 0 };
  const maxJobs = options.maxJobs ?? 10_000;
  const leaseMs = options.leaseMs ?? 5 * MINUTE;
  while (result.ran < maxJobs) {
    const now = ctx.clock.now();
    const dueBy = options.until && options.until > now ? options.until : now;
    const [job] = await claimJobs(ctx.db, { workerId, now, dueBy, leaseMs, limit: 1 });
    if (!job) break;
    const outcome = await runJob({ ctx, registry, job, workerId, leaseMs, log }).done;
    result.ran += 1;
    result[outcome] += 1;
  }
  return result;
}
