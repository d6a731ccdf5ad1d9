import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { CALL_LEAD_JOB, callNewLead, runAttempt } from './outbound-call.service.js';

/**
 * Calls a lead. Queued by intake (by name: intake knows nothing of voice) for a new lead who gave voice
 * consent, and by this module for an attempt whose time has come (after the speed-to-lead delay, a hold by
 * the gate, or the retry rule).
 */
export const callLeadJob = defineJob({
  name: CALL_LEAD_JOB,
  payload: z.object({
    workspaceId: z.string().min(1),
    leadId: z.string().min(1),
    inquiryId: z.string().min(1).optional(),
    attemptId: z.string().min(1).optional(),
  }),
  maxAttempts: 3,
  backoff: { baseMs: 5 * SECOND, maxMs: MINUTE },
  timeoutMs: 30 * SECOND,
  handler: async (payload, { ctx }) => {
    if (payload.attemptId) {
      await runAttempt(ctx, { workspaceId: payload.workspaceId, attemptId: payload.attemptId });
    } else if (payload.inquiryId) {
      await callNewLead(ctx, { ...payload, inquiryId: payload.inquiryId });
    }
  },
});
