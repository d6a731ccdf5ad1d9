import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { receiveInboundSms } from './inbound.service.js';

/**
 * A text from a lead, as the webhook received it, when the webhook could not take it in at once
 * (inbound-webhook.service.ts). Unlike most jobs it carries the text itself: nothing else is stored yet,
 * so the job row is where the text waits. Finished jobs are pruned after a week.
 */
export const inboundSmsJob = defineJob({
  name: 'messaging.inbound',
  payload: z.object({
    provider: z.enum(['twilio', 'sandbox']),
    providerMessageId: z.string().min(1),
    from: z.string().min(1),
    to: z.string().min(1),
    body: z.string(),
    optOutType: z.enum(['STOP', 'START', 'HELP']).optional(),
    numMedia: z.number().int().min(0).optional(),
  }),
  maxAttempts: 8,
  backoff: { baseMs: 2 * SECOND, maxMs: 10 * MINUTE },
  timeoutMs: 60 * SECOND,
  handler: async (payload, { ctx }) => {
    await receiveInboundSms(ctx, payload);
  },
});
