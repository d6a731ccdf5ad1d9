import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { defineRecurring } from '../jobs/jobs.cron.js';
import { HOUR, MINUTE } from '../platform/clock.js';
import { runRetention } from './retention.service.js';

/** Applies every workspace's retention periods; safe to run again, so a retry finishes what a failure left. */
export const retentionJob = defineJob({
  name: 'privacy.retention',
  payload: z.object({}),
  maxAttempts: 3,
  backoff: { baseMs: 10 * MINUTE, maxMs: 2 * HOUR },
  handler: async (_payload, { ctx }) => {
    const run = await runRetention(ctx);
    ctx.logger.child({ category: 'privacy' }).info({ job: 'privacy.retention', ...run }, 'retention applied');
    if (run.failed.length > 0) {
      throw new Error(`Retention failed for ${run.failed.length} of ${run.workspaces} workspaces`);
    }
  },
});

/** Nightly, in the quiet hours of UTC. */
export const retentionSchedule = defineRecurring({ cron: '41 2 * * *', job: retentionJob, payload: {} });
