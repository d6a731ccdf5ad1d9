import type { DbOrTrx } from '../db/database.js';
import { type Clock, systemClock } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { countJobs, insertJob } from './jobs.repository.js';
import { type Enqueued, JOB_PRIORITY, type NewJob, type QueueStats } from './jobs.types.js';

/** Used when a job is enqueued by name without a definition to say otherwise. */
export const DEFAULT_MAX_ATTEMPTS = 5;

const enqueueListeners = new Set<() => void>();

/**
 * Lets a worker in this process wake as soon as a job is enqueued instead of at its next poll.
 * If the enqueue is inside a transaction not yet committed, the worker finds nothing and polls again.
 */
export function onEnqueue(listener: () => void): () => void {
  enqueueListeners.add(listener);
  return () => enqueueListeners.delete(listener);
}

/**
 * Stores a job, inside the caller's transaction when given one, so the job exists if and only if the
 * write that caused it commits. With a unique key already taken nothing is stored.
 */
export async function enqueue(db: DbOrTrx, job: NewJob, clock: Clock = systemClock): Promise<Enqueued> {
  const now = clock.now();
  const maxAttempts = job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`Job ${job.name}: bad maxAttempts`);
  const result = await insertJob(db, {
    id: newId(),
    name: job.name,
    payload: job.payload,
    workspaceId: job.workspaceId ?? null,
    uniqueKey: job.uniqueKey ?? null,
    status: 'ready',
    runAt: (job.runAt ?? now).toISOString(),
    priority: JOB_PRIORITY[job.priority ?? 'normal'],
    maxAttempts,
    lastError: null,
    lockedBy: null,
    lockedUntil: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    finishedAt: null,
  });
  if (result.enqueued) for (const listener of enqueueListeners) listener();
  return result;
}

/** Counts per status plus the due backlog, for /metrics and the CLI. */
export function queueStats(db: DbOrTrx, clock: Clock = systemClock): Promise<QueueStats> {
  return countJobs(db, clock.now());
}
