import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { sendFollowUp } from './follow-up.service.js';

/** A quiet lead's follow-up or nurture check-in, queued with a delay and checked again when it falls due. */
export const followUpJob = defineJob({
  name: 'conversations.follow-up',
  payload: z.object({
    workspaceId: z.string().min(1),
    leadId: z.string().min(1),
    /** The unanswered text the sequence counts from. */
    anchorMessageId: z.string().min(1),
    step: z.number().int().min(1),
  }),
  maxAttempts: 5,
  backoff: { baseMs: 5 * SECOND, maxMs: 10 * MINUTE },
  timeoutMs: 30 * SECOND,
  handler: async (payload, { ctx }) => {
    await sendFollowUp(ctx, payload);
  },
});
