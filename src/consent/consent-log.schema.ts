import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(300).optional().describe('nextCursor from the previous page'),
};

export const consentLogQuery = z.strictObject({
  ...page,
  action: z.enum(['granted', 'revoked']).optional(),
  channel: z.enum(['sms', 'voice', 'email']).optional(),
});

export const optOutsQuery = z.strictObject(page);

export const consentLogEntrySchema = z.object({
  id: z.string(),
  contactId: z.string(),
  leadId: z.string().nullable(),
  contactName: z.string().nullable(),
  phone: z.string().nullable(),
  channel: z.enum(['sms', 'voice', 'email']),
  purpose: z.enum(['conversational', 'marketing']),
  action: z.enum(['granted', 'revoked']),
  source: z.enum(['form', 'api', 'import', 'keyword', 'agent', 'provider']),
  evidence: z
    .record(z.string(), z.unknown())
    .describe('What proves it: disclosure text and version, ip, page, the message that revoked...'),
  createdAt: isoTimestamp,
});

export const consentLogPageSchema = z.object({
  items: z.array(consentLogEntrySchema).describe('Newest first'),
  nextCursor: z.string().nullable(),
});

export const optOutSchema = z.object({
  contactId: z.string(),
  leadId: z.string().nullable(),
  contactName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  revokedAt: isoTimestamp,
  source: z.enum(['form', 'api', 'import', 'keyword', 'agent', 'provider']),
  consentEventId: z.string().describe('The ledger row that revoked'),
});

export const optOutPageSchema = z.object({
  items: z.array(optOutSchema).describe('Most recent opt-out first'),
  nextCursor: z.string().nullable(),
});

export type ConsentLogQuery = z.infer<typeof consentLogQuery>;
export type OptOutsQuery = z.infer<typeof optOutsQuery>;
export type ConsentLogEntry = z.infer<typeof consentLogEntrySchema>;
export type OptOut = z.infer<typeof optOutSchema>;
