import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';
import { importMappingSchema } from '../leads/import.schema.js';
import { PAYLOAD_STATUSES, SOURCE_KINDS } from './sources.table.js';

const trimmed = (max: number) => z.string().trim().max(max);

export const sourceKindSchema = z.enum(SOURCE_KINDS);

export const sourceConsentSchema = z
  .strictObject({
    sms: z
      .boolean()
      .describe('Leads from this source agreed to texts: the source shows them the disclosure below'),
    disclosure: trimmed(4000).min(1).optional().describe('The consent text the source shows, word for word'),
    disclosureVersion: trimmed(60).min(1).optional(),
  })
  .refine((c) => !c.sms || c.disclosure !== undefined, {
    message: 'a disclosure is required when sms is true',
    path: ['disclosure'],
  })
  .describe('Whether leads of this source carry SMS consent; without it they are saved and never texted');

export type SourceConsent = z.infer<typeof sourceConsentSchema>;

/** What a source keeps in `settings`. */
export const sourceSettingsSchema = z.object({
  mapping: importMappingSchema.default({}),
  consent: sourceConsentSchema.default({ sms: false }),
  /** The lead's source label (`leads.source`); the kind's own name when unset. */
  leadSource: trimmed(80).min(1).optional(),
});

export type SourceSettings = z.output<typeof sourceSettingsSchema>;

const metaCredentials = {
  pageId: z.string().regex(/^\d{1,30}$/, 'must be the numeric id of the Facebook page'),
  appSecret: z.string().trim().min(8).max(200).describe("The Meta app's secret: signs the webhook"),
  pageAccessToken: z.string().trim().min(10).max(2000).describe('A page token with leads_retrieval'),
};

export const createSourceBody = z
  .strictObject({
    kind: sourceKindSchema,
    name: trimmed(80).min(1).optional(),
    enabled: z.boolean().default(true),
    mapping: importMappingSchema.optional(),
    consent: sourceConsentSchema.optional(),
    leadSource: trimmed(80).min(1).optional(),
    meta: z.strictObject(metaCredentials).optional().describe('Required for kind "meta"'),
  })
  .refine((b) => b.kind !== 'meta' || b.meta !== undefined, {
    message: 'a Meta source needs pageId, appSecret and pageAccessToken',
    path: ['meta'],
  })
  .describe('A new lead source; its secrets are in the answer, once');

export type CreateSourceBody = z.output<typeof createSourceBody>;

export const updateSourceBody = z
  .strictObject({
    name: trimmed(80).min(1).optional(),
    enabled: z.boolean().optional(),
    mapping: importMappingSchema.optional(),
    consent: sourceConsentSchema.optional(),
    leadSource: trimmed(80).min(1).nullable().optional(),
    meta: z
      .strictObject({
        pageId: metaCredentials.pageId.optional(),
        appSecret: metaCredentials.appSecret.optional(),
        pageAccessToken: metaCredentials.pageAccessToken.optional(),
      })
      .optional(),
  })
  .describe('Only the fields given change');

export type UpdateSourceBody = z.output<typeof updateSourceBody>;

export const sourceView = z.object({
  id: z.string(),
  kind: sourceKindSchema,
  name: z.string(),
  enabled: z.boolean(),
  leadSource: z.string(),
  tokenHint: z.string().nullable().describe('The last characters of the secret address or URL'),
  mapping: importMappingSchema,
  consent: sourceConsentSchema,
  meta: z
    .object({ pageId: z.string().nullable(), appSecretSet: z.boolean(), pageAccessTokenSet: z.boolean() })
    .nullable(),
  callbackUrl: z.string().nullable().describe('Meta: the webhook URL to give Meta (it has no secret)'),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export type SourceView = z.infer<typeof sourceView>;

export const sourceSecrets = z
  .object({
    address: z.string().optional().describe('Email: the lead address to forward portal emails to'),
    url: z.string().optional().describe('The secret URL to post to'),
    verifyToken: z.string().optional().describe('Meta: the verify token to give Meta'),
    googleKey: z.string().optional().describe('Google Ads: the key to give Google'),
  })
  .describe('Shown once: only hashes are kept');

export const sourceWithSecrets = z.object({ source: sourceView, secrets: sourceSecrets });
export type SourceWithSecrets = z.infer<typeof sourceWithSecrets>;

export const sourceList = z.object({ sources: z.array(sourceView) });

export const payloadSummary = z.object({
  id: z.string(),
  sourceId: z.string().nullable(),
  kind: sourceKindSchema,
  status: z.enum(PAYLOAD_STATUSES),
  externalId: z.string().nullable(),
  from: z.string().nullable(),
  subject: z.string().nullable(),
  leadId: z.string().nullable(),
  error: z.string().nullable(),
  attempts: z.number().int(),
  receivedAt: isoTimestamp,
  processedAt: isoTimestamp.nullable(),
});

export const payloadList = z.object({ payloads: z.array(payloadSummary) });

export const listPayloadsQuery = z.strictObject({
  status: z.enum(PAYLOAD_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const unparsedEmail = payloadSummary.extend({
  text: z.string().describe("The email's text, for reading it and giving its fields"),
  raw: z.string().nullable().describe('The whole message as it came (MIME)'),
});

export const unparsedEmailList = z.object({
  emails: z.array(payloadSummary.extend({ excerpt: z.string() })),
});

export const emailParams = z.strictObject({ emailId: z.string().min(1).max(100) });

export const mapEmailBody = z
  .strictObject({
    name: trimmed(200).optional(),
    phone: trimmed(40).optional(),
    email: trimmed(254).optional(),
    message: trimmed(5000).optional(),
    address: trimmed(300).optional(),
    city: trimmed(120).optional(),
    state: trimmed(40).optional(),
    zip: trimmed(20).optional(),
    price: z.number().nonnegative().max(1e10).optional(),
    leadType: z.enum(['buyer', 'seller', 'renter']).optional(),
    source: trimmed(80).min(1).optional(),
  })
  .describe('The fields of an email an admin read: it becomes a lead like a parsed one');

export type MapEmailBody = z.output<typeof mapEmailBody>;

export const ingestResult = z.object({
  payloadId: z.string(),
  status: z.enum(PAYLOAD_STATUSES),
  leadId: z.string().nullable(),
  duplicate: z.boolean(),
});

export type IngestResult = z.infer<typeof ingestResult>;
