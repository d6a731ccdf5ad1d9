import { z } from 'zod';

export const accountSidSchema = z
  .string()
  .trim()
  .regex(/^AC[0-9a-fA-F]{32}$/, 'a Twilio Account SID: AC followed by 32 hex digits');
export const messagingServiceSidSchema = z
  .string()
  .trim()
  .regex(/^MG[0-9a-fA-F]{32}$/, 'a Twilio Messaging Service SID: MG followed by 32 hex digits');

/** The workspace's own Twilio account, kept under `settings.smsProvider`; the auth token only sealed. */
export const smsProviderSectionSchema = z.strictObject({
  accountSid: accountSidSchema.optional(),
  authTokenSealed: z.string().min(1).optional(),
  messagingServiceSid: messagingServiceSidSchema.optional(),
});

export type SmsProviderSection = z.output<typeof smsProviderSectionSchema>;

/** The token is write-only: left out, the stored one stays (only while the account stays the same). */
export const putSmsProviderBody = z.strictObject({
  accountSid: accountSidSchema,
  authToken: z.string().trim().min(16, 'a Twilio auth token').max(256).optional(),
  messagingServiceSid: messagingServiceSidSchema.nullable().optional(),
});

export type PutSmsProviderBody = z.output<typeof putSmsProviderBody>;

export const smsProviderView = z.object({
  provider: z.enum(['sandbox', 'twilio']),
  /** Whose Twilio account sends this workspace's texts. */
  source: z.enum(['workspace', 'instance']),
  accountSid: z.string().nullable(),
  authTokenSet: z.boolean(),
  messagingServiceSid: z.string().nullable(),
});

export type SmsProviderView = z.output<typeof smsProviderView>;
