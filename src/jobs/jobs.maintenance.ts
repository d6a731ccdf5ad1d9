import { z } from 'zod';
import { HOUR, MINUTE } from '../platform/clock.js';
import { defineJob, type JobDefinition } from './job-definition.js';
import { DEAD_RETENTION_MS, DONE_RETENTION_MS, defineRecurring, type RecurringJob } from './jobs.cron.js';
import { deleteFinishedJobs } from './jobs.repository.js';

/** Keeps the jobs table small: done jobs go after a week; dead ones stay a month for inspection. */
export const pruneJobsJob = defineJob({
  name: 'jobs.prune',
  payload: z.object({}),
  maxAttempts: 3,
  backoff: { baseMs: MINUTE, maxMs: HOUR },
  handler: async (_payload, { ctx }) => {
    const now = ctx.clock.now().getTime();
    const deleted = await deleteFinishedJobs(ctx.db, {
      doneBefore: new Date(now - DONE_RETENTION_MS),
      deadBefore: new Date(now - DEAD_RETENTION_MS),
    });
    ctx.logger.child({ category: 'jobs' }).info({ job: 'jobs.prune', deleted }, 'pruned finished jobs');
  },
});

export const pruneJobsSchedule = defineRecurring({ cron: '7 * * * *', job: pruneJobsJob, payload: {} });

/** The caller's definitions and schedules plus the built-in ones (unless the caller already has them). */
export function withMaintenance(
  definitions: readonly JobDefinition[],
  schedules: readonly RecurringJob[],
  enabled = true,
): { definitions: JobDefinition[]; schedules: RecurringJob[] } {
  const builtInJobs = [pruneJobsJob].filter((job) => !definitions.some((d) => d.name === job.name));
  const builtInSchedules = enabled
    ? [pruneJobsSchedule].filter((schedule) => !schedules.some((s) => s.name === schedule.name))
    : [];
  return { definitions: [...definitions, ...builtInJobs], schedules: [...schedules, ...builtInSchedules] };
}
