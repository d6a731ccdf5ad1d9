import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';
import { JURISDICTIONS, PRIVACY_REQUEST_KINDS, PRIVACY_REQUEST_STATUSES } from './privacy.table.js';

export const requestKind = z.enum(PRIVACY_REQUEST_KINDS);
export const requestStatus = z.enum(PRIVACY_REQUEST_STATUSES);
export const jurisdiction = z.enum(JURISDICTIONS);

export const privacyRequestItem = z.object({
  id: z.string(),
  kind: requestKind,
  status: requestStatus,
  jurisdiction,
  dueAt: isoTimestamp.describe('When the answer is owed (GDPR: one month; CCPA: 45 days)'),
  acknowledgeBy: isoTimestamp.nullable().describe('CCPA: confirm receipt by then (10 business days)'),
  contactId: z.string().nullable(),
  createdAt: isoTimestamp,
  completedAt: isoTimestamp.nullable(),
});
export type PrivacyRequestItem = z.infer<typeof privacyRequestItem>;

export const privacyRequestDetail = privacyRequestItem.extend({
  channel: z.enum(['web', 'team', 'cli']),
  verifiedAt: isoTimestamp.nullable(),
  rejectedReason: z.string().nullable(),
  trail: z.array(
    z.object({
      action: z.string(),
      actorType: z.string(),
      actorId: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
      at: isoTimestamp,
    }),
  ),
});

export const listRequestsQuery = z.object({
  status: requestStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(100).optional().describe('nextCursor from the previous page'),
});

const phoneField = z.string().trim().min(1).max(40);
const emailField = z.string().trim().min(1).max(254);

export const fileRequestBody = z
  .strictObject({
    kind: requestKind,
    contactId: z.string().min(1).max(100).optional(),
    phone: phoneField.optional(),
    email: emailField.optional(),
    jurisdiction: jurisdiction.default('other'),
    note: z.string().max(2000).optional(),
  })
  .refine((b) => [b.contactId, b.phone, b.email].filter(Boolean).length === 1, {
    message: 'Give exactly one of contactId, phone or email',
  });

export const contactCorrection = z
  .strictObject({
    name: z.string().max(200).nullable().optional(),
    email: z.string().max(254).nullable().optional(),
    phone: z.string().max(40).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Give at least one of name, email or phone' });

export const completeRequestBody = z
  .strictObject({ fields: contactCorrection.optional().describe('For a correction: the corrected fields') })
  .nullish()
  .describe('Optional: an empty body answers access, portability, deletion and restriction');

export const rejectRequestBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });

export const completedRequest = z.object({
  request: privacyRequestItem,
  export: z
    .object({ url: z.string(), expiresAt: isoTimestamp, bytes: z.number() })
    .optional()
    .describe('Access and portability: the one-time download link, shown only now'),
  erasure: z
    .object({
      counts: z.record(z.string(), z.number()),
      calendar: z.object({ deleted: z.number(), failed: z.number() }),
    })
    .optional(),
});

export const contactView = z.object({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  restricted: z.boolean(),
  restrictedAt: isoTimestamp.nullable(),
  updatedAt: isoTimestamp,
});

export const exportParams = z.strictObject({ token: z.string().min(20).max(100) });

export const requestPageParams = z.strictObject({ workspaceSlug: z.string().min(1).max(100) });
export const requestPageQuery = z.object({ workspace: z.string().min(1).max(100).optional() });

/** Not strict: posted by browsers; limits mirror the page's maxlength attributes. */
export const requestPageBody = z.object({
  kind: requestKind,
  jurisdiction: jurisdiction.default('other'),
  phone: z.string().max(40).optional(),
  email: z.string().max(254).optional(),
  details: z.string().max(2000).optional(),
});

export const verifyPageBody = z.object({
  ticket: z.string().min(20).max(100),
  code: z.string().trim().max(20),
});
