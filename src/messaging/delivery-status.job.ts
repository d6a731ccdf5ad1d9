import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { applyDeliveryStatus } from './delivery-status.service.js';

/** A provider's report on an outbound text: sent, delivered, undelivered or failed. */
export const deliveryStatusJob = defineJob({
  name: 'messaging.delivery-status',
  payload: z.object({
    provider: z.enum(['twilio', 'sandbox']),
    providerMessageId: z.string().min(1),
    status: z.string().min(1),
    errorCode: z.string().nullable(),
    marker: z.object({ workspaceId: z.string(), messageId: z.string() }).optional(),
    to: z.string().optional(),
    price: z.string().optional(),
    priceUnit: z.string().nullable().optional(),
  }),
  // The report can arrive before the dispatcher has recorded the provider's id: retries wait for it.
  maxAttempts: 8,
  backoff: { baseMs: 2 * SECOND, maxMs: 5 * MINUTE },
  timeoutMs: 30 * SECOND,
  handler: async (payload, { ctx }) => {
    await applyDeliveryStatus(ctx, payload);
  },
});
