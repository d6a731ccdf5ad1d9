import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { defineRecurring } from '../jobs/jobs.cron.js';
import { HOUR, MINUTE } from '../platform/clock.js';
import { pruneExpiredSessions } from './auth.service.js';

/**
 * The event a resumed workspace leaves, in the transaction that resumes it: the texts held while it was
 * suspended are released by its processor (billing/), above the messaging module that owns them.
 */
export const WORKSPACE_RESUMED_JOB = 'workspace.resumed';

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
