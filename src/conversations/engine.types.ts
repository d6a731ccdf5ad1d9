import type { LeadStage } from '../leads/leads.table.js';
import type { KnowledgeFacts } from './knowledge/knowledge.types.js';
import type { QualificationScript } from './script.js';
import type {
  Intent,
  PropertyType,
  RequestedTime,
  Understanding,
} from './understanding/understanding.schema.js';

/**
 * The contract of the conversation engine: what a turn takes in, the actions it decides, and the one
 * seam through which an optional language model helps (`LanguageAssist`). The engine is channel-agnostic
 * and deterministic; the job in turn.service.ts loads the input and applies the actions.
 */

// ---------------------------------------------------------------------------------------------------
// The optional language layer (src/conversations/ai implements it; the engine works without it).

/** Who the assistant is in the workspace's texts. */
export interface Persona {
  /** The name it speaks as: the workspace's assistant name, else the assigned agent's first name. */
  name: string;
  /** A few words: "warm and upbeat", "brief and professional". */
  tone?: string;
  businessName: string;
}

/** A reply the deterministic engine wrote, with the strings any rewording must keep verbatim. */
export interface ReplyDraft {
  text: string;
  /** Addresses, prices, names, times, links: each must appear in a reworded text exactly. */
  facts: readonly string[];
  /** SMS segments the text may take (segments.ts counts them). */
  maxSegments: number;
}

export interface AssistContext {
  workspaceId: string;
  leadId: string;
  /** When the message was received. */
  now: Date;
  /** The lead's IANA zone. */
  tz: string;
  /** The profile field the assistant asked about last: a short answer ("yes", "3") refers to it. */
  pendingSlot: Slot | null;
  /** The last messages of the thread, oldest first. */
  history: readonly HistoryMessage[];
  /** Aborted when the engine's time budget is spent. */
  signal: AbortSignal;
}

/** Tokens a model call used, as the provider reported them. */
export interface AssistUsage {
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
}

/** A model's answer and what it cost; `fellBack` names why the value is the deterministic one after all. */
export interface Assisted<T> {
  value: T;
  usage?: AssistUsage | undefined;
  fellBack?: 'timeout' | 'error' | 'invalid' | undefined;
}

/**
 * An LLM helping the engine understand and word messages. It never decides whether a message may be
 * sent, what is said, or which facts are stated. Each method should resolve within the turn's budget;
 * the engine also stops waiting at the budget and carries on with its deterministic result.
 */
export interface LanguageAssist {
  /** Recorded with every assisted turn, e.g. `openai/gpt-4o-mini`. */
  readonly model: string;
  /** Recorded with every assisted turn: bump it whenever a prompt changes. */
  readonly promptVersion: string;
  /**
   * Fields the model read that the deterministic reading left empty. `keyword` and `optOut` are
   * ignored whatever the model says; the engine merges the rest (a deterministic value always stands).
   */
  understand?(
    text: string,
    context: AssistContext,
    deterministic: Understanding,
  ): Promise<Assisted<Partial<Understanding>>>;
  /**
   * The draft in the persona's voice. The engine sends the deterministic text instead when a fact is
   * missing from the wording or it does not fit `draft.maxSegments`.
   */
  word?(draft: ReplyDraft, persona: Persona, context: AssistContext): Promise<Assisted<string>>;
}

// ---------------------------------------------------------------------------------------------------
// The lead profile: the Understanding fields that accumulate, plus what only the conversation asks.

export interface Profile {
  intent?: Intent;
  timelineMonths?: number;
  budgetMin?: number;
  budgetMax?: number;
  preApproved?: boolean;
  beds?: number;
  baths?: number;
  areas?: string[];
  propertyType?: PropertyType;
  requestedTime?: RequestedTime;
  /** The home a seller means to sell. */
  propertyAddress?: string;
  /** A renter's move-in date, YYYY-MM-DD in their zone. */
  moveInDate?: string;
  /** Whether a renter has pets. */
  pets?: boolean;
}

export type ProfileField = keyof Profile;

export const PROFILE_FIELDS = [
  'intent',
  'timelineMonths',
  'budgetMin',
  'budgetMax',
  'preApproved',
  'beds',
  'baths',
  'areas',
  'propertyType',
  'requestedTime',
  'propertyAddress',
  'moveInDate',
  'pets',
] as const satisfies readonly ProfileField[];

/** Who read a fact in a text, when not the built-in rules. */
export type FactReader = 'model';

/**
 * Where a fact came from, so the dashboard can show the message behind it. A fact the lead source gave
 * (the lead type of a portal inquiry) names the inquiry instead: `inquiry:<id>`.
 */
export interface FactSource {
  value: unknown;
  messageId: string;
  at: string;
  /** Only the language model read it in that message (the text supports it; the lead confirmed it). */
  by?: FactReader;
}

/** One factor of the 0–100 score, shown beside it. */
export interface ScoreFactor {
  code: string;
  label: string;
  points: number;
}

/** The language the assistant answers in. */
export type ReplyLanguage = 'en' | 'es';

/**
 * Facts read with too little confidence to state: asked back as one question, kept until the lead's
 * next text settles it (yes: stored as stated; anything else: dropped).
 */
export interface FactCheck {
  /** The script slot the question is about, so a short correction ("no, 350k") is read as its answer. */
  slot: Slot;
  changes: { field: ProfileField; value: unknown; by?: FactReader }[];
  /** The text that said it. */
  messageId: string;
  at: string;
}

/** The profile as stored on the lead: the facts by name, their sources, and the score's factors. */
export interface StoredProfile extends Profile {
  sources?: Partial<Record<ProfileField, FactSource>>;
  scoreFactors?: ScoreFactor[];
  /** A doubtful reading waiting for the lead's yes or no: never a fact of theirs. */
  check?: FactCheck;
  /** The language of the conversation so far, for a text that has none of its own ("3", "ok"). */
  language?: ReplyLanguage;
  /** What the first response built from the inquiry asked and whether it answered the inquiry's question. */
  opening?: OpeningMemo;
}

export interface OpeningMemo {
  asked: Slot | null;
  answered: boolean;
}

/** Kept on the stored profile beside the facts, changed by the same profile action. */
export type ConversationMemo = 'check' | 'language' | 'opening';

/** A question of the qualification script asks for one of these. `budget` is either end of the range. */
export type Slot =
  | 'intent'
  | 'propertyAddress'
  | 'timelineMonths'
  | 'preApproved'
  | 'budget'
  | 'areas'
  | 'beds'
  | 'baths'
  | 'propertyType'
  | 'moveInDate'
  | 'pets'
  /** Not a script question: the assistant asks for a time to meet once the lead is qualified. */
  | 'requestedTime';

// ---------------------------------------------------------------------------------------------------
// A turn.

export interface HistoryMessage {
  id: string;
  direction: 'inbound' | 'outbound';
  author: 'lead' | 'assistant' | 'agent' | 'system';
  /** first_response, reply, follow_up, manual, keyword_reply, inbound... */
  kind: string;
  body: string;
  at: string;
}

/** A text from the lead this turn answers; several when the lead sent more before the engine replied. */
export interface TurnMessage {
  id: string;
  text: string;
  at: string;
  understanding: Understanding;
  /** The profile fields of `understanding` that only the language model read (the rules left them empty). */
  modelRead?: readonly ProfileField[];
}

/** What earlier turns leave behind, derived from the recorded turns. */
export interface ConversationState {
  /** Replies the assistant has made in this conversation: varies the wording. */
  turnIndex: number;
  /** The slot the last question asked about. */
  pendingSlot: Slot | null;
  /** How many times each slot has been asked: a question is asked at most twice. */
  asked: Partial<Record<Slot, number>>;
  /** Consecutive turns before this one that learned nothing and answered nothing. */
  turnsWithoutProgress: number;
  /** An assistant text (the first response) already answered these messages: do not ask again now. */
  greetedAfter: boolean;
}

export interface AgentInfo {
  /** The assigned agent's first name; null when nobody is assigned. */
  firstName: string | null;
}

/** The property the lead asked about when they came in (a portal inquiry), to match "is it available?". */
export interface InquiryProperty {
  address?: string | undefined;
  mlsNumber?: string | undefined;
}

/** The lead's latest inquiry: what the source already told us. */
export interface InquiryContext {
  id: string;
  at: string;
  leadType: 'buyer' | 'seller' | 'renter' | null;
  property: InquiryProperty | null;
  /** The lead's words in each inquiry, oldest first (a lead's first text is one too). */
  messages?: readonly string[];
}

export interface HandoffSettings {
  /** A qualified lead moving within this many months is handed to the agent at once. */
  hotTimelineMonths: number;
  /** Turns in a row without progress before a person takes over. */
  maxTurnsWithoutProgress: number;
}

export interface TurnInput {
  leadId: string;
  /** The lead's texts this turn answers, oldest first; the last one is the newest. */
  messages: readonly TurnMessage[];
  profile: StoredProfile;
  stage: LeadStage;
  history: readonly HistoryMessage[];
  state: ConversationState;
  script: QualificationScript;
  knowledge: KnowledgeFacts;
  inquiry: InquiryContext | null;
  persona: Persona;
  agent: AgentInfo;
  lead: { firstName: string | null };
  handoff: HandoffSettings;
  now: Date;
  tz: string;
  /** The workspace has an active appointment type: the turn offers concrete times rather than asking. */
  canBook?: boolean;
  /** Answer a lead who writes Spanish in Spanish (the workspace setting; on when absent). */
  replyInLeadLanguage?: boolean;
  /** The workspace has an active listing appointment: a seller with an address and a timeline is offered it. */
  canBookListing?: boolean;
  /** Hand the lead to the agent whatever else is decided (the draft would have repeated the last text). */
  forceHandoff?: 'no_progress';
}

export type HandoffReason =
  | 'requested_human'
  | 'hot_lead'
  | 'frustration'
  | 'legal_question'
  | 'lending_question'
  | 'no_progress'
  /** The lead asked a question again, or said one went unanswered. */
  | 'unanswered_question'
  /** Nothing free when the lead asked, and the nearest times offered did not suit them either. */
  | 'no_time_fits'
  /** A renter whose move-in date, monthly budget, pets and bedrooms are known. */
  | 'renter_ready';

export type AnswerSource = 'listing' | 'faq' | 'assistant' | 'confirm';

export interface ProfileChange {
  field: ProfileField | ConversationMemo;
  value: unknown;
  messageId: string;
  at: string;
  by?: FactReader;
}

export type TurnAction =
  | { type: 'send'; draft: ReplyDraft }
  | { type: 'profile'; changes: ProfileChange[] }
  | { type: 'stage'; stage: LeadStage }
  | { type: 'score'; score: number; factors: ScoreFactor[] }
  | { type: 'handoff'; reason: HandoffReason; summary: string }
  | { type: 'booking'; requestedTime: RequestedTime; messageId: string; summary: string }
  /** Offer 2–3 concrete times (the service looks them up after the turn), near the time asked for if any. */
  | { type: 'offer'; requestedTime: RequestedTime | null; summary: string }
  | {
      type: 'note';
      kind: 'question_for_agent' | 'lead_lost' | 'no_calls';
      subject: string;
      body: string;
    };

export interface TurnDecision {
  actions: TurnAction[];
  /** The slot this turn's question asks, if it asks one. */
  askedSlot: Slot | null;
  /** The pending question the lead would rather not answer: it is not asked again. */
  declinedSlot: Slot | null;
  /** The turn learned a fact, answered a question or moved the lead on. */
  progressed: boolean;
  answered: AnswerSource | null;
  handoff: HandoffReason | null;
}
