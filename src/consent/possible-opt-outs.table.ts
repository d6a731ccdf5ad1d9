import type { Selectable } from 'kysely';
import type { OptOutChannel } from './keywords.js';

/** Which layer raised the flag: the in-process detector, or the optional model's second opinion. */
export type PossibleOptOutSource = 'detector' | 'second_opinion';

/**
 * How a flag ended: a person confirmed it (the revocation is in the ledger) or cleared it, the lead
 * settled it themselves with a clear revocation or START, or the person was erased.
 */
export type PossibleOptOutResolution =
  | 'confirmed'
  | 'cleared'
  | 'revoked_by_lead'
  | 'resumed_by_lead'
  | 'erased';

/**
 * A text that may revoke consent but is not clearly a revocation. While one stands (`resolvedAt` null),
 * the gate holds every automated text to the contact. `trigger` is the person's own words: shown only to
 * the team, never logged, emptied on erasure.
 */
export interface PossibleOptOutsTable {
  id: string;
  workspaceId: string;
  contactId: string;
  leadId: string;
  conversationId: string;
  /** The inbound text that raised it: the evidence if it is confirmed. */
  messageId: string;
  channel: OptOutChannel;
  /** 0–1: how likely the detector thought a revocation. */
  score: number;
  trigger: string | null;
  source: PossibleOptOutSource;
  flaggedAt: string;
  resolvedAt: string | null;
  resolution: PossibleOptOutResolution | null;
  /** The user or API key that confirmed or cleared it; null when the lead settled it. */
  resolvedBy: string | null;
}

export type PossibleOptOutRow = Selectable<PossibleOptOutsTable>;
