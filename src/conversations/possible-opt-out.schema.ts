import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';

/** A standing "possible opt-out" on a conversation, as the dashboard shows it. */
export const possibleOptOutSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  leadId: z.string(),
  /** The lead's text that raised it. */
  messageId: z.string(),
  channel: z.enum(['sms', 'voice', 'all']).describe('What the lead may have revoked: texts, calls or both'),
  score: z.number().describe('0–1: how likely a revocation the detector thought it'),
  trigger: z.string().describe("The lead's words that raised it, for the team only"),
  source: z.enum(['detector', 'second_opinion']),
  flaggedAt: isoTimestamp,
});

export const possibleOptOutListSchema = z.object({ items: z.array(possibleOptOutSchema) });

export const conversationPossibleOptOutSchema = z.object({
  conversationId: z.string(),
  /** Standing flags, newest first; empty when nothing waits for a person. */
  items: z.array(possibleOptOutSchema),
});

export const possibleOptOutDecisionSchema = z.object({
  conversationId: z.string(),
  resolution: z.enum(['confirmed', 'cleared']),
  /** The flags this decision ended. */
  flagIds: z.array(z.string()),
  /** Confirmed: the channel revoked in the ledger. */
  channel: z.enum(['sms', 'voice', 'all']).nullable(),
  /** Confirmed: the one confirmation text, or null when none is owed (already opted out, calls only). */
  confirmationMessageId: z.string().nullable(),
  /** Cleared: the held automated texts handed back to the dispatcher. */
  releasedMessageIds: z.array(z.string()),
});

export type PossibleOptOutView = z.infer<typeof possibleOptOutSchema>;
export type PossibleOptOutDecision = z.infer<typeof possibleOptOutDecisionSchema>;
