import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { deliverNotification } from './notifications.delivery.js';

/** Delivers a team notification by the workspace's chosen channels (agent SMS, email, or the log). */
export const deliverNotificationJob = defineJob({
  name: 'messaging.notify-team',
  payload: z.object({ workspaceId: z.string(), notificationId: z.string() }),
  maxAttempts: 6,
  backoff: { baseMs: 5 * SECOND, maxMs: 30 * MINUTE },
  handler: async (payload, { ctx, job }) =>
    deliverNotification(ctx, { ...payload, lastAttempt: job.attempts >= job.maxAttempts }),
});
