import type { Insertable, Selectable, Updateable } from 'kysely';

export const PRIVACY_REQUEST_KINDS = [
  'access',
  'correction',
  'deletion',
  'restriction',
  'portability',
  'opt_out_of_sale',
] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];

export const PRIVACY_REQUEST_STATUSES = [
  'pending_verification',
  'verified',
  'in_progress',
  'completed',
  'rejected',
] as const;
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];

export const JURISDICTIONS = ['gdpr', 'ccpa', 'other'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** A person's request about their data, from the public page or filed by the team on their behalf. */
export interface PrivacyRequestsTable {
  id: string;
  workspaceId: string;
  /** The person on file the identifier matched; null when nothing matched or after erasure. */
  contactId: string | null;
  kind: PrivacyRequestKind;
  jurisdiction: Jurisdiction;
  status: PrivacyRequestStatus;
  /** `web`: the public page; `team`: filed through the API; `cli`: by the operator. */
  channel: 'web' | 'team' | 'cli';
  identifierKind: 'phone' | 'email' | 'contact';
  /** The phone or email given, sealed with APP_SECRET; null once the request is finished. */
  identifierSealed: string | null;
  /** Keyed hash of the identifier (the workspace's salt), for the per-identifier rate limit. */
  identifierHash: string;
  /** What the person or the team wrote about the request, sealed; null once finished. */
  noteSealed: string | null;
  /** sha256 of the ticket the public page carries between its two steps. */
  ticketHash: string | null;
  /** HMAC of the one-time code; null once used or when none was sent. */
  codeHash: string | null;
  codeExpiresAt: string | null;
  codeAttempts: number;
  /** The outbox text that carried the code, scrubbed once the code is spent. */
  codeMessageId: string | null;
  /** CCPA: confirm receipt within 10 business days. */
  acknowledgeBy: string | null;
  dueAt: string;
  verifiedAt: string | null;
  completedAt: string | null;
  rejectedReason: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The trail of a request: who did what, when. Details hold codes and ids, never personal data. */
export interface PrivacyRequestEventsTable {
  id: string;
  workspaceId: string;
  requestId: string;
  action: string;
  actorType: 'person' | 'user' | 'api_key' | 'system' | 'operator';
  actorId: string | null;
  details: unknown;
  createdAt: string;
}

/** An export waiting for its one download; the file in DATA_DIR is sealed under the link's token. */
export interface PrivacyExportsTable {
  id: string;
  workspaceId: string;
  requestId: string | null;
  contactId: string | null;
  tokenHash: string;
  fileName: string;
  bytes: number;
  expiresAt: string;
  downloadedAt: string | null;
  purgedAt: string | null;
  createdAt: string;
}

export type PrivacyRequestRow = Selectable<PrivacyRequestsTable>;
export type NewPrivacyRequestRow = Insertable<PrivacyRequestsTable>;
export type PrivacyRequestUpdate = Updateable<PrivacyRequestsTable>;
export type PrivacyRequestEventRow = Selectable<PrivacyRequestEventsTable>;
export type PrivacyExportRow = Selectable<PrivacyExportsTable>;
