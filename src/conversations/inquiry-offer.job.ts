import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { offerTimesForInquiry } from './inquiry-offer.js';

/** Times for the day a form or API inquiry asked for, sent right after its first response. */
export const inquiryOfferJob = defineJob({
  name: 'conversations.inquiry-offer',
  payload: z.object({
    workspaceId: z.string().min(1),
    leadId: z.string().min(1),
    inquiryId: z.string().min(1),
  }),
  maxAttempts: 5,
  backoff: { baseMs: SECOND, maxMs: MINUTE },
  timeoutMs: 60 * SECOND,
  handler: async (payload, { ctx }) => {
    await offerTimesForInquiry(ctx, payload);
  },
});
