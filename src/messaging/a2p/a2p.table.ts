import type { Insertable, Selectable, Updateable } from 'kysely';

/**
 * Where a workspace's registration stands. `not_started`: no brand yet (the row may hold only the setting);
 * `draft`: the brand is saved, nothing is submitted;
 * `pending`: Twilio and The Campaign Registry are reviewing the brand or the campaign (`stage` says which);
 * `approved`: the campaign is verified and US long-code texts may go; `rejected`: the brand or the campaign
 * failed, with Twilio's error codes in `errors`.
 */
export type A2pStatus = 'not_started' | 'draft' | 'pending' | 'approved' | 'rejected';
export type A2pStage = 'brand' | 'campaign';

/** A rejection as Twilio reports it, with our advice beside it. */
export interface A2pError {
  code: number | null;
  description: string;
  fields: string[];
}

export interface A2pRegistrationsTable {
  workspaceId: string;
  /** JSON `BrandDetails` without the EIN: the business as its admin entered it; null before it is. */
  brand: unknown;
  /** The EIN, sealed with the app's secret like every other secret. */
  einSealed: string | null;
  status: A2pStatus;
  stage: A2pStage | null;
  /** 1: automated texts from a US 10DLC number wait for the approved campaign (`a2p_unregistered`). */
  enforce: number;
  customerProfileSid: string | null;
  trustProductSid: string | null;
  brandSid: string | null;
  /** Twilio's own word: PENDING, IN_REVIEW, APPROVED, FAILED... */
  brandStatus: string | null;
  messagingServiceSid: string | null;
  campaignSid: string | null;
  /** Twilio's own word: IN_PROGRESS, VERIFIED, FAILED... */
  campaignStatus: string | null;
  /** JSON `Campaign`: what was last submitted. */
  campaign: unknown;
  /** JSON `A2pError[]` of the last review. */
  errors: unknown;
  submittedAt: string | null;
  checkedAt: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type A2pRegistrationRow = Selectable<A2pRegistrationsTable>;
export type NewA2pRegistration = Insertable<A2pRegistrationsTable>;
export type A2pRegistrationUpdate = Updateable<A2pRegistrationsTable>;
