import type { Insertable, Selectable } from 'kysely';

export type ConsentChannel = 'sms' | 'voice' | 'email';
export type ConsentPurpose = 'conversational' | 'marketing';
export type ConsentAction = 'granted' | 'revoked';
export type ConsentSource = 'form' | 'api' | 'import' | 'keyword' | 'agent' | 'provider';

/** Append-only: the current state of consent is derived from the latest row per channel and purpose. */
export interface ConsentEventsTable {
  id: string;
  workspaceId: string;
  contactId: string;
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  action: ConsentAction;
  source: ConsentSource;
  /** JSON: disclosure text and version, ip, user agent, page, captured time, the message that revoked... */
  evidence: unknown;
  createdAt: string;
}

/**
 * Numbers and addresses never to contact, stored as a keyed hash so the list itself holds no personal
 * data: the workspace's do-not-contact list, and what remains of an erased person's opt-out.
 */
export interface SuppressionsTable {
  id: string;
  workspaceId: string;
  kind: 'phone' | 'email';
  valueHash: string;
  /** A masked hint for people reading the list ("+1 •••• •• 0143"). */
  display: string;
  reason: 'do_not_contact' | 'erased' | 'opt_out';
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export type GateOutcome = 'allowed' | 'blocked' | 'deferred';

/** Every decision of the compliance gate, with its reason, at queue time and again at send time. */
export interface GateDecisionsTable {
  id: string;
  workspaceId: string;
  messageId: string | null;
  contactId: string;
  stage: 'queue' | 'send';
  outcome: GateOutcome;
  reason: string;
  /** JSON: the facts the decision rested on (zone, local time, window, counts). */
  details: unknown;
  deferUntil: string | null;
  decidedAt: string;
}

export type ConsentEventRow = Selectable<ConsentEventsTable>;
export type NewConsentEventRow = Insertable<ConsentEventsTable>;
export type SuppressionRow = Selectable<SuppressionsTable>;
export type GateDecisionRow = Selectable<GateDecisionsTable>;
