import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { defineRecurring } from '../jobs/jobs.cron.js';
import { DAY, HOUR, MINUTE } from '../platform/clock.js';
import { reconcileUsageDay } from './usage.reconcile.js';

/** Compares a UTC day's metered texts with Twilio's records; by default the day before the run. */
export const reconcileUsageJob = defineJob({
  name: 'billing.reconcile-usage',
  payload: z.object({
    day: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  }),
  maxAttempts: 3,
  backoff: { baseMs: 10 * MINUTE, maxMs: 2 * HOUR },
  handler: async (payload, { ctx }) => {
    const day = payload.day ?? new Date(ctx.clock.now().getTime() - DAY).toISOString().slice(0, 10);
    const run = await reconcileUsageDay(ctx, day);
    const differing = run.compared.filter((c) => c.difference !== 0).length;
    ctx.logger
      .child({ category: 'billing' })
      .info(
        { job: 'billing.reconcile-usage', day, compared: run.compared.length, differing },
        'usage reconciled',
      );
  },
});

/** Nightly, once Twilio's records of the UTC day before are complete. */
export const reconcileUsageSchedule = defineRecurring({
  cron: '23 3 * * *',
  job: reconcileUsageJob,
  payload: {},
});
