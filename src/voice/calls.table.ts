import type { Insertable, Selectable, Updateable } from 'kysely';

export type CallDirection = 'inbound' | 'outbound';
export type CallProvider = 'twilio' | 'sandbox';
/** Twilio's call statuses, as its callbacks name them. */
export type CallStatus =
  | 'queued'
  | 'ringing'
  | 'in-progress'
  | 'completed'
  | 'busy'
  | 'failed'
  | 'no-answer'
  | 'canceled';
/** How a call ended for the business: what the team reads in the call log. */
export type CallOutcome =
  | 'conversation'
  | 'booked'
  | 'handoff'
  | 'opted_out'
  | 'dropped'
  | 'no_caller_id'
  | 'not_served'
  | 'transferred'
  | 'voicemail'
  | 'machine'
  | 'no_answer'
  | 'busy'
  | 'failed';
export type CallSpeaker = 'caller' | 'assistant';

/** One status the call passed through, and when it was learned. */
export interface CallStatusChange {
  status: string;
  at: string;
}

/** One phone call, in or out; the transfer and recording columns stay empty until those features fill them. */
export interface CallsTable {
  id: string;
  workspaceId: string;
  /** Null only for a caller who withheld their number. */
  leadId: string | null;
  contactId: string | null;
  conversationId: string | null;
  provider: CallProvider;
  providerCallSid: string;
  /** ConversationRelay's session id, once the socket is set up. */
  sessionId: string | null;
  direction: CallDirection;
  fromNumber: string | null;
  toNumber: string | null;
  status: string;
  /** JSON: CallStatusChange[], oldest first. */
  statusHistory: unknown;
  /** human, machine_start, fax… (answering-machine detection on outbound calls). */
  answeredBy: string | null;
  /** What the caller heard first: the disclosure that an AI assistant answers. */
  greeting: string;
  startedAt: string;
  /** When the relay socket was set up: the assistant was on the line from then. */
  connectedAt: string | null;
  endedAt: string | null;
  durationSeconds: number | null;
  outcome: CallOutcome | null;
  handoffReason: string | null;
  /** JSON: what the assistant is waiting for on this call (times offered, a booking to confirm). */
  relayState: unknown;
  transferTo: string | null;
  transferStatus: string | null;
  transferredAt: string | null;
  recordingEnabled: number;
  recordingSid: string | null;
  recordingStatus: string | null;
  recordingPath: string | null;
  recordingDurationSeconds: number | null;
  /** JSON: TransferAttempt[], oldest first; null until the first attempt. */
  transferAttempts: unknown;
  /** Outbound calls: the attempt that placed this call. */
  attemptId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One try at putting the caller through to a person. */
export interface TransferAttempt {
  at: string;
  to: string | null;
  agentId: string | null;
  /** dialing, bridged, no_answer, declined, busy, failed, outside_hours, no_number */
  status: string;
  reason: string;
}

export type CallTrigger = 'new_lead' | 'call_now' | 'retry';
/** scheduled (waiting to run), deferred (the gate holds it), blocked, placed, failed, skipped (calls off). */
export type CallAttemptStatus = 'scheduled' | 'deferred' | 'blocked' | 'placed' | 'failed' | 'skipped';

/** A call we mean to place: asked for, perhaps held by the gate, then placed as a call row. */
export interface CallAttemptsTable {
  id: string;
  workspaceId: string;
  leadId: string;
  contactId: string;
  trigger: CallTrigger;
  /** 1 for the first try, 2 for the retry after no answer. */
  attempt: number;
  status: CallAttemptStatus;
  /** The gate's reason for a hold or a block, or why the provider refused. */
  reason: string | null;
  deferUntil: string | null;
  /** JSON: the gate's details, the rule behind a hold. */
  details: unknown;
  callId: string | null;
  requestedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The transcript: one row per thing said, in order. */
export interface CallTurnsTable {
  id: string;
  workspaceId: string;
  callId: string;
  seq: number;
  speaker: CallSpeaker;
  /** The caller's words as transcribed, or everything the assistant meant to say. */
  text: string;
  /** The assistant's words the caller heard before talking over them; null when not interrupted. */
  heardText: string | null;
  interrupted: number;
  lang: string | null;
  /** Assistant turns: the caller's last word (the final prompt) to our first token. */
  latencyMs: number | null;
  startedAt: string;
  endedAt: string | null;
}

export type CallRow = Selectable<CallsTable>;
export type NewCallRow = Insertable<CallsTable>;
export type CallRowUpdate = Updateable<CallsTable>;
export type CallTurnRow = Selectable<CallTurnsTable>;
export type NewCallTurnRow = Insertable<CallTurnsTable>;
export type CallAttemptRow = Selectable<CallAttemptsTable>;
