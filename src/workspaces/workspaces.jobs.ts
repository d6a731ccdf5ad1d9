import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { defineRecurring } from '../jobs/jobs.cron.js';
import { HOUR, MINUTE } from '../platform/clock.js';
import { pruneExpiredSessions } from './auth.service.js';

/** Expired sign-ins are refused anyway; this keeps the sessions table from growing without end. */
export const pruneSessionsJob = defineJob({
  name: 'workspaces.prune-sessions',
  payload: z.object({}),
  maxAttempts: 3,
  backoff: { baseMs: MINUTE, maxMs: HOUR },
  handler: async (_payload, { ctx }) => {
    const { deleted } = await pruneExpiredSessions(ctx);
    ctx.logger
      .child({ category: 'auth' })
      .info({ job: 'workspaces.prune-sessions', deleted }, 'pruned expired sessions');
  },
});

export const pruneSessionsSchedule = defineRecurring({
  cron: '17 3 * * *',
  job: pruneSessionsJob,
  payload: {},
});
