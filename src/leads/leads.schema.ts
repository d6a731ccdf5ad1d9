import { z } from 'zod';
import { instantSchema, isoTimestamp } from '../http/schemas.js';
import { isTimeZone } from '../workspaces/workspaces.schema.js';
import { LEAD_STAGES } from './leads.table.js';

const trimmed = (max: number) => z.string().trim().max(max);

export const propertySchema = z.strictObject({
  address: trimmed(300).optional(),
  city: trimmed(120).optional(),
  state: trimmed(40).optional(),
  zip: trimmed(20).optional(),
  mlsNumber: trimmed(60).optional(),
  price: z.number().nonnegative().max(1e10).optional(),
  url: z.url().max(2000).optional(),
});

export const consentEvidenceSchema = z.strictObject({
  sms: z.boolean().describe('The lead ticked an SMS consent box that was not pre-checked'),
  voice: z
    .boolean()
    .optional()
    .describe(
      'The lead agreed to calls about the inquiry, including automated and AI-voice calls (a box of its own)',
    ),
  voiceDisclosure: trimmed(4000)
    .min(1)
    .optional()
    .describe('The exact calls disclosure the lead agreed to; it must name automated and AI-voice calls'),
  voiceDisclosureVersion: trimmed(60).optional(),
  marketing: z
    .boolean()
    .optional()
    .describe('Consent to marketing texts, apart from replies about this inquiry'),
  disclosure: trimmed(4000).min(1).describe('The exact disclosure text the lead agreed to'),
  disclosureVersion: trimmed(60).optional(),
  capturedAt: instantSchema,
  ip: trimmed(64).optional(),
  userAgent: trimmed(1000).optional(),
  pageUrl: trimmed(2000).optional(),
});

export const leadTypeSchema = z.enum(['buyer', 'seller', 'renter']);

export const createLeadBody = z
  .strictObject({
    name: trimmed(200).optional(),
    phone: trimmed(40).optional(),
    email: trimmed(254).optional(),
    source: trimmed(80).default('api'),
    message: trimmed(5000).optional(),
    property: propertySchema.optional(),
    leadType: leadTypeSchema.optional(),
    tags: z.array(trimmed(60).min(1)).max(50).default([]),
    consent: consentEvidenceSchema.optional(),
    timezone: trimmed(64)
      .refine(isTimeZone, 'must be an IANA time zone such as America/Chicago')
      .optional()
      .describe('IANA zone of the lead, when the source knows it'),
  })
  .describe('A new inquiry from a lead');

export type CreateLeadBody = z.infer<typeof createLeadBody>;
export type ConsentEvidence = z.infer<typeof consentEvidenceSchema>;
export type PropertyOfInterest = z.infer<typeof propertySchema>;

export const createLeadResponse = z.object({
  leadId: z.string(),
  contactId: z.string(),
  conversationId: z.string(),
  inquiryId: z.string(),
  merged: z.boolean().describe('True when the phone or email matched a contact already in the workspace'),
  phoneValid: z.boolean(),
  firstResponse: z
    .enum(['queued', 'deferred', 'blocked', 'not_queued'])
    .describe(
      'queued: going out now; deferred: held by quiet hours or a cap; blocked: the gate refused (no consent, ' +
        'opted out...); not_queued: no text was attempted (no valid phone, or a first response in the last 24 hours)',
    ),
  firstResponseReason: z.string().describe('The gate reason, or why no text was attempted'),
  firstResponseMessageId: z.string().nullable(),
});

// Resources: what the API shows of leads, their threads and their consent. Presenters build them.

export const leadStageSchema = z.enum(LEAD_STAGES);

export const listLeadsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(300).optional().describe('nextCursor from the previous page'),
  stage: leadStageSchema.optional(),
  source: trimmed(80).min(1).optional(),
  assignedUserId: z.string().min(1).max(100).optional(),
  q: trimmed(100).min(1).optional().describe('Part of a name, an email address or a phone number'),
  needsHuman: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true'))
    .describe('true: only leads handed to the team and waiting on an agent; false: only the others'),
});

const consentSourceSchema = z.enum(['form', 'api', 'import', 'keyword', 'agent', 'provider']);

const consentStatusSchema = z.object({
  status: z.enum(['granted', 'revoked', 'none']),
  since: isoTimestamp.nullable().describe('When the ledger row this rests on was written'),
  source: consentSourceSchema.nullable(),
});

export const consentStateSchema = z.object({
  sms: z.object({ conversational: consentStatusSchema, marketing: consentStatusSchema }),
  voice: consentStatusSchema,
});

export const lastMessageSchema = z.object({
  direction: z.enum(['inbound', 'outbound']),
  status: z.string(),
  preview: z.string().describe('The first 140 characters'),
  createdAt: isoTimestamp,
});

export const leadSummarySchema = z.object({
  id: z.string(),
  contactId: z.string(),
  name: z.string().nullable(),
  phone: z.string().nullable().describe('E.164, or null when the number given was not valid'),
  email: z.string().nullable(),
  source: z.string(),
  leadType: leadTypeSchema.nullable(),
  stage: leadStageSchema,
  score: z.number(),
  assignedUserId: z.string().nullable(),
  assignedUserName: z.string().nullable(),
  needsHuman: z
    .boolean()
    .describe('The assistant handed the conversation to the team and no agent has answered yet'),
  assistantPaused: z.boolean(),
  receivedAt: isoTimestamp,
  lastActivityAt: isoTimestamp,
  firstResponseSentAt: isoTimestamp.nullable(),
  speedToLeadSeconds: z
    .number()
    .nullable()
    .describe('From receipt to the provider accepting the first text; null until it is sent'),
  lastMessage: lastMessageSchema.nullable(),
});

export const leadPageSchema = z.object({
  items: z.array(leadSummarySchema),
  nextCursor: z.string().nullable(),
});

export const contactSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  firstName: z.string().nullable(),
  phone: z.string().nullable(),
  phoneValid: z.boolean(),
  phoneRaw: z.string().nullable().describe('The number as it was given'),
  email: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  timezone: z.string().nullable(),
  restricted: z.boolean().describe('A privacy request restricts processing: no texts, no calls'),
});

export const inquirySchema = z.object({
  id: z.string(),
  source: z.string(),
  channel: z.enum(['api', 'form', 'import', 'sms', 'voice', 'email']),
  message: z.string().nullable(),
  property: z
    .object({
      address: z.string().optional(),
      city: z.string().optional(),
      state: z.string().optional(),
      zip: z.string().optional(),
      mlsNumber: z.string().optional(),
      price: z.number().optional(),
      url: z.string().optional(),
    })
    .nullable(),
  leadType: leadTypeSchema.nullable(),
  startedFirstResponse: z.boolean(),
  receivedAt: isoTimestamp,
});

export const leadSchema = leadSummarySchema
  .omit({ name: true, phone: true, email: true, lastMessage: true })
  .extend({
    contact: contactSchema,
    profile: z.record(z.string(), z.unknown()).describe('What the conversation has learned'),
    tags: z.array(z.string()),
    firstResponseQueuedAt: isoTimestamp.nullable(),
    conversation: z
      .object({ id: z.string(), assistantPaused: z.boolean(), pausedReason: z.string().nullable() })
      .nullable(),
    consent: consentStateSchema,
    inquiries: z.array(inquirySchema).describe('Every submission, oldest first'),
    profileSources: z
      .record(
        z.string(),
        z.object({
          source: z.enum(['message', 'model', 'form', 'agent', 'import']),
          messageId: z.string().optional(),
          at: isoTimestamp,
        }),
      )
      .describe(
        'For each known profile fact, where it came from: the text that said it (`model` when only the language model read it there and the lead confirmed it), or the form',
      ),
    scoreFactors: z
      .array(z.object({ code: z.string(), label: z.string(), points: z.number() }))
      .describe('Why the score is what it is, one line per factor'),
  });

export const updateLeadBody = z
  .strictObject({
    assignedUserId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .describe('A user of the workspace (422 otherwise), or null to unassign'),
    stage: leadStageSchema.optional(),
  })
  .describe('Reassign the lead or move its stage; each change is audited and shown on the timeline');

export type UpdateLeadBody = z.infer<typeof updateLeadBody>;

export const holdRuleSchema = z.object({
  code: z
    .string()
    .describe('state_hours, federal_hours, workspace_hours, state_cap, contact_cap, workspace_cap'),
  label: z.string().describe('In words: "Florida calling hours", "Florida daily limit"'),
  state: z.string().nullable().describe('The state whose rule it is, when a state rule'),
  citation: z.string().nullable().describe('The statute or regulation, when a legal rule'),
  sendAnyway: z.boolean().describe('Whether a person may send their own text past this rule'),
});

export const messageSchema = z.object({
  id: z.string(),
  direction: z.enum(['inbound', 'outbound']),
  author: z.enum(['lead', 'assistant', 'agent', 'system']),
  kind: z.string(),
  status: z.enum([
    'received',
    'queued',
    'sending',
    'sent',
    'delivered',
    'undelivered',
    'failed',
    'blocked',
    'deferred',
  ]),
  body: z.string(),
  segments: z.number(),
  createdAt: isoTimestamp,
  sentAt: isoTimestamp.nullable(),
  deliveredAt: isoTimestamp.nullable(),
  errorCode: z.string().nullable(),
  gate: z
    .object({
      outcome: z.enum(['allowed', 'blocked', 'deferred']),
      reason: z
        .string()
        .describe('allowed, no_consent, opted_out, quiet_hours, contact_cap, do_not_contact...'),
      deferUntil: isoTimestamp.nullable(),
      rule: holdRuleSchema
        .optional()
        .describe('Only on a held text: the rule holding it, in words and with its source'),
    })
    .nullable()
    .describe("The compliance gate's latest decision on an outbound text; null for inbound texts"),
});

export const messageListSchema = z.object({ items: z.array(messageSchema) });

export const createMessageBody = z.strictObject({
  body: z.string().trim().min(1).max(1600).describe('The text to send; 1600 characters at most'),
  sendAnyway: z
    .strictObject({
      reason: z
        .string()
        .trim()
        .min(3)
        .max(500)
        .describe('Why it cannot wait; written to the audit log with the rule it passed'),
    })
    .optional()
    .describe(
      'Send now although a rule would hold the text, where the rule allows a person to (see ' +
        'GET /leads/{id}/messages/send-window). 422 send_anyway_not_allowed when it does not.',
    ),
});

export const consentEventSchema = z.object({
  id: z.string(),
  channel: z.enum(['sms', 'voice', 'email']),
  purpose: z.enum(['conversational', 'marketing']),
  action: z.enum(['granted', 'revoked']),
  source: consentSourceSchema,
  evidence: z.record(z.string(), z.unknown()),
  createdAt: isoTimestamp,
});

export const consentLedgerSchema = z.object({
  contactId: z.string(),
  state: consentStateSchema,
  events: z.array(consentEventSchema).describe('The append-only ledger, oldest first'),
});

export type CreateLeadResponse = z.infer<typeof createLeadResponse>;
export type ListLeadsQuery = z.infer<typeof listLeadsQuery>;
export type LeadSummary = z.infer<typeof leadSummarySchema>;
export type Lead = z.infer<typeof leadSchema>;
export type Inquiry = z.infer<typeof inquirySchema>;
export type ConsentEvent = z.infer<typeof consentEventSchema>;
export type Message = z.infer<typeof messageSchema>;
export type ConsentState = z.infer<typeof consentStateSchema>;
export type ConsentLedger = z.infer<typeof consentLedgerSchema>;
