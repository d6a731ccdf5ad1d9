import { z } from 'zod';

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
  voice: z.boolean().optional(),
  marketing: z
    .boolean()
    .optional()
    .describe('Consent to marketing texts, apart from replies about this inquiry'),
  disclosure: trimmed(4000).min(1).describe('The exact disclosure text the lead agreed to'),
  disclosureVersion: trimmed(60).optional(),
  capturedAt: z.iso.datetime({ offset: true }),
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
    timezone: trimmed(64).optional().describe('IANA zone of the lead, when the source knows it'),
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
  firstResponse: z.enum(['queued', 'not_queued']),
  firstResponseReason: z.string().optional(),
});
