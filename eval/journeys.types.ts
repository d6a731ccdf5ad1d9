import type { factsOf } from '../src/conversations/profile.js';

/** A scripted lead journey (eval/journeys*.jsonl) and what playing it leaves behind. */

export type HoursPreset = 'weekdays' | 'weekdays_and_saturday' | 'every_day';
export type JourneyOutcome = 'booked' | 'handed_off' | 'qualified' | 'engaged' | 'opted_out' | 'answered';
/** What `neverAsks` may name: the qualification slots, and a renter's move-in date and pets. */
export type JourneySlot =
  | 'intent'
  | 'timelineMonths'
  | 'preApproved'
  | 'budget'
  | 'areas'
  | 'beds'
  | 'baths'
  | 'propertyType'
  | 'propertyAddress'
  | 'moveInDate'
  | 'pets';

export interface JourneyTurn {
  lead?: string;
  agent?: string;
  /**
   * Minutes after the previous event (default 2; the first text of a lead who texts first: 0). A lead's
   * text 0 minutes after their previous one was sent with it: it arrives before any job runs.
   */
  after?: number;
}

export interface JourneyExpected {
  outcome: JourneyOutcome;
  appointment?: { kind: 'showing' | 'listing_appointment'; start?: string };
  handoffIncludes?: string[];
  firstReplyIncludes?: string[];
  firstReplyExcludes?: string[];
  replyIncludes?: string[];
  replyExcludes?: string[];
  neverAsks?: JourneySlot[];
  profile?: Record<string, unknown>;
  maxAssistantTexts?: number;
  replyWithinMinutes?: number;
  agentReplyWithinMinutes?: number;
  agentTold?: boolean;
}

export interface Journey {
  name: string;
  category?: string;
  now: string;
  tz: string;
  workspace?: { hours?: HoursPreset };
  lead: {
    firstName: string | null;
    phoneState?: string;
    source: 'form' | 'api' | 'text';
    message: string | null;
    leadType?: 'buyer' | 'seller' | 'renter';
    property?: { address?: string };
  };
  turns: JourneyTurn[];
  /**
   * In a tuned file: `pending` marks a journey that waits for a feature the product lacks (`pendingOn`
   * names it); it is played and reported, and does not gate.
   */
  split?: 'pending';
  pendingOn?: string;
  expected: JourneyExpected;
}

/** A text the workspace wrote to the lead. `sentAt` is null while it is held or when it was blocked. */
export interface OutboundText {
  id: string;
  author: 'assistant' | 'system' | 'agent';
  kind: string;
  body: string;
  status: string;
  writtenAt: string;
  sentAt: string | null;
  /** The gate deferred it when it was written (quiet hours, a cap). */
  held: boolean;
  gateReason: string | null;
  /** The lead's confident facts when it was written: all it may state of theirs. */
  known: ReturnType<typeof factsOf>;
}

export interface TimedText {
  at: string;
  body: string;
}

export interface PlayedJourney {
  journey: Journey;
  workspaceId: string;
  leadId: string;
  phone: string;
  leadTexts: TimedText[];
  /** Each agent text as it was written in the dashboard, with the message it became. */
  agentTexts: (TimedText & { messageId: string })[];
  outbound: OutboundText[];
  stage: string;
  paused: boolean;
  pausedReason: string | null;
  appointments: { id: string; status: string; startAt: string; kind: string }[];
  /** The stored profile, facts and memos alike. */
  profile: Record<string, unknown>;
  notifications: { kind: string; subject: string; body: string; at: string }[];
  /** Slots the engine recorded asking, turn by turn. */
  askedSlots: string[];
  /** What each turn answered from: listing, faq, assistant, confirm. */
  answerSources: string[];
  handoffReasons: string[];
  /** Wall-clock milliseconds the journey took to play. */
  ms: number;
}
