import { z } from 'zod';
import { instantSchema, isoTimestamp } from '../http/schemas.js';

export const E164 = /^\+[1-9]\d{7,14}$/;

export const phoneNumberSchema = z.object({
  id: z.string(),
  number: z.string().describe('E.164'),
  provider: z.enum(['twilio', 'sandbox']),
  messagingServiceSid: z.string().nullable(),
  isDefault: z.boolean().describe('The number this provider texts from'),
  createdAt: isoTimestamp,
});
export type PhoneNumber = z.infer<typeof phoneNumberSchema>;

export const addPhoneNumberBody = z
  .strictObject({
    number: z.string().trim().regex(E164, 'an E.164 number such as +15125550100'),
    provider: z.enum(['twilio', 'sandbox']).optional().describe('Defaults to the SMS provider in use'),
    messagingServiceSid: z
      .string()
      .regex(/^MG[0-9a-fA-F]{32}$/, 'a Messaging Service SID (MG…)')
      .optional(),
    isDefault: z.boolean().default(false),
  })
  .describe('A number the workspace texts from; texts to it are routed to the workspace');

export const sandboxInboundBody = z
  .strictObject({
    from: z.string().trim().min(3).max(40).describe("The lead's phone"),
    to: z
      .string()
      .trim()
      .max(40)
      .optional()
      .describe("One of the workspace's sandbox numbers; the default one if left out"),
    body: z.string().min(1).max(1600),
  })
  .describe('A text from a lead, simulated');

export const inboundHandlingSchema = z.enum([
  'stop',
  'start',
  'help',
  'opt_out',
  'possible_opt_out',
  'reply',
]);

export const sandboxInboundResponse = z.object({
  messageId: z.string(),
  leadId: z.string(),
  conversationId: z.string(),
  handled: inboundHandlingSchema.describe(
    'What the text was taken as: a keyword, an opt-out in words, or a reply',
  ),
  replyMessageId: z.string().nullable().describe('The confirmation or help text queued in answer'),
});

export const sandboxOutboxQuery = z.strictObject({
  since: instantSchema.optional().describe('Only texts created after this instant'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const sandboxOutboxItem = z.object({
  id: z.string(),
  leadId: z.string(),
  to: z.string().nullable(),
  from: z.string().nullable(),
  body: z.string(),
  kind: z.string(),
  status: z.string(),
  gateReason: z.string().nullable(),
  createdAt: isoTimestamp,
  sentAt: isoTimestamp.nullable(),
});

export const sandboxNumberResponse = z.object({ number: z.string().describe('E.164, in the 555 range') });
