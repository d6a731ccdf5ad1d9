import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { runConversationTurn } from './turn.service.js';

/** The assistant's turn after a lead's text: queued with the text, in the same transaction. */
export const conversationTurnJob = defineJob({
  name: 'conversations.turn',
  payload: z.object({
    workspaceId: z.string().min(1),
    leadId: z.string().min(1),
    /** The stored inbound text. */
    messageId: z.string().min(1),
  }),
  maxAttempts: 5,
  backoff: { baseMs: SECOND, maxMs: MINUTE },
  timeoutMs: 60 * SECOND,
  handler: async (payload, { ctx }) => {
    await runConversationTurn(ctx, payload);
  },
});
