import { Cron } from 'croner';
import type { DbOrTrx } from '../db/database.js';
import { type Clock, DAY } from '../platform/clock.js';
import type { JobDefinition } from './job-definition.js';
import { enqueue } from './jobs.service.js';

/** Finished jobs, and with them their unique keys, are kept this long before `jobs.prune` deletes them. */
export const DONE_RETENTION_MS = 7 * DAY;
export const DEAD_RETENTION_MS = 30 * DAY;
/**
 * An occurrence older than this is not enqueued late. It stays under the retention of finished jobs,
 * so the unique key of any occurrence young enough to be enqueued still exists once it has run.
 */
export const MAX_CATCH_UP_MS = DONE_RETENTION_MS - DAY;

export interface RecurringSpec<P, I> {
  /** Names the schedule in unique keys; defaults to the job's name. */
  name?: string;
  /** Five fields, or six with seconds first. */
  cron: string;
  /** IANA zone the expression is read in; defaults to UTC. */
  timezone?: string;
  job: JobDefinition<P, I>;
  payload: I;
  /** How late a missed occurrence may still run; at most (and by default) MAX_CATCH_UP_MS. */
  catchUpMs?: number;
}

export interface RecurringJob {
  readonly name: string;
  readonly catchUpMs: number;
  /** The most recent occurrence at or before `now`, if there is one. */
  latestOccurrence(now: Date): Date | undefined;
  /** The job for one occurrence, validated, keyed `cron:<name>:<ISO occurrence>`. */
  jobFor(occurrence: Date): ReturnType<JobDefinition['job']>;
}

export function defineRecurring<P, I>(spec: RecurringSpec<P, I>): RecurringJob {
  const name = spec.name ?? spec.job.name;
  // Built once here so a bad expression or zone fails at start, not on a tick.
  const cron = new Cron(spec.cron, { timezone: spec.timezone ?? 'UTC', mode: '5-or-6-parts' });
  cron.nextRun();
  spec.job.job(spec.payload);
  let known: { latest: Date | undefined; from: number; until: number } | undefined;
  return {
    name,
    catchUpMs: Math.min(spec.catchUpMs ?? MAX_CATCH_UP_MS, MAX_CATCH_UP_MS),
    latestOccurrence(now) {
      // Every worker tick asks, and croner's search is costly: reuse the answer until the next occurrence.
      const at = now.getTime();
      if (known && at >= known.from && at < known.until) return known.latest;
      // croner counts an occurrence earlier in the same second as the reference, not one exactly at it.
      const latest = cron.previousRuns(1, new Date(at + 1))[0];
      const next = cron.nextRun(now);
      known = {
        latest,
        from: latest ? latest.getTime() : Number.NEGATIVE_INFINITY,
        until: next ? next.getTime() : Number.POSITIVE_INFINITY,
      };
      return latest;
    },
    jobFor(occurrence) {
      return spec.job.job(spec.payload, {
        runAt: occurrence,
        uniqueKey: `cron:${name}:${occurrence.toISOString()}`,
      });
    },
  };
}

/**
 * Called by every worker on every tick. Each worker enqueues the latest occurrence of each schedule;
 * the unique key makes all but the first insert a no-op, so with N workers each occurrence runs once.
 * `seen` remembers per schedule the occurrence this worker already enqueued, to skip the insert.
 */
export async function enqueueDueOccurrences(
  db: DbOrTrx,
  schedules: readonly RecurringJob[],
  clock: Clock,
  seen: Map<string, number>,
): Promise<number> {
  const now = clock.now();
  let enqueued = 0;
  for (const schedule of schedules) {
    const occurrence = schedule.latestOccurrence(now);
    if (!occurrence || seen.get(schedule.name) === occurrence.getTime()) continue;
    if (now.getTime() - occurrence.getTime() > schedule.catchUpMs) continue;
    const result = await enqueue(db, schedule.jobFor(occurrence), clock);
    seen.set(schedule.name, occurrence.getTime());
    if (result.enqueued) enqueued += 1;
  }
  return enqueued;
}

export function assertUniqueSchedules(schedules: readonly RecurringJob[]): void {
  const names = new Set<string>();
  for (const schedule of schedules) {
    if (names.has(schedule.name)) throw new Error(`Recurring job ${schedule.name} is scheduled twice`);
    names.add(schedule.name);
  }
}
