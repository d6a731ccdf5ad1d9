import type { Selectable } from 'kysely';

export const SOURCE_KINDS = ['email', 'meta', 'google_ads', 'webhook'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A way leads reach a workspace by themselves: its lead address, an ad platform, a webhook URL. */
export interface LeadSourcesTable {
  id: string;
  workspaceId: string;
  kind: SourceKind;
  name: string;
  enabled: number;
  /** sha256 of the secret in the address or URL; the secret itself is shown once. */
  tokenHash: string | null;
  /** The last characters of the secret, so people can tell two apart. */
  tokenHint: string | null;
  /** Meta: sha256 of the verify token Meta echoes when the webhook is set up. */
  verifyTokenHash: string | null;
  /** Google Ads: sha256 of the key Google sends in every lead (`google_key`). */
  keyHash: string | null;
  /** Meta: the page id whose leads this source takes. */
  externalAccount: string | null;
  /** Sealed JSON of the secrets sent on to the source (Meta's app secret and page token). */
  secretsSealed: string | null;
  /** JSON: SourceSettings (field mapping, consent). */
  settings: unknown;
  createdAt: string;
  updatedAt: string;
}

export const PAYLOAD_STATUSES = [
  'received',
  'processed',
  'duplicate',
  'unparsed',
  'failed',
  'mapped',
  'dismissed',
] as const;
export type PayloadStatus = (typeof PAYLOAD_STATUSES)[number];

/**
 * Everything a source sent, stored before it is read: `received` until it is read; then `processed` (a
 * lead), `duplicate` (the source's retry of a lead already made), `unparsed` (an email nobody could read,
 * waiting for an admin), `failed` (unreadable or unreachable after the retries), `mapped` (an admin made
 * the lead by hand) or `dismissed`.
 */
export interface SourcePayloadsTable {
  id: string;
  workspaceId: string;
  sourceId: string | null;
  kind: SourceKind;
  status: PayloadStatus;
  /** The source's own id of the lead (Message-ID, leadgen_id, lead_id, the webhook's id field). */
  externalId: string | null;
  contentType: string | null;
  raw: string | null;
  fetched: string | null;
  summary: unknown;
  parsed: unknown;
  leadId: string | null;
  inquiryId: string | null;
  attempts: number;
  error: string | null;
  receivedAt: string;
  processedAt: string | null;
}

/** The source's own id of each lead it made: a retry of the same id is the same lead. */
export interface SourceLeadsTable {
  sourceId: string;
  externalId: string;
  workspaceId: string;
  leadId: string;
  payloadId: string;
  createdAt: string;
}

export type LeadSourceRow = Selectable<LeadSourcesTable>;
export type SourcePayloadRow = Selectable<SourcePayloadsTable>;
