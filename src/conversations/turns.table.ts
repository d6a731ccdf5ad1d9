import type { Insertable, Selectable } from 'kysely';
import type { AnswerSource, HandoffReason, Slot } from './engine.types.js';

/**
 * One turn of the assistant per inbound text: what it decided and, when a language model helped,
 * which model, prompt version, time and tokens. The unique inbound message id makes a retried turn
 * job a no-op. The AI columns are null when the built-in engine worked alone.
 */
export interface ConversationTurnsTable {
  id: string;
  workspaceId: string;
  leadId: string;
  conversationId: string;
  inboundMessageId: string;
  /** replied; absorbed (the first response already answered); coalesced (a later text's turn covered it); skipped. */
  status: 'replied' | 'absorbed' | 'coalesced' | 'skipped';
  /** paused, restricted, opted_out: why a skipped turn did nothing. */
  skipReason: string | null;
  askedSlot: Slot | null;
  declinedSlot: Slot | null;
  progressed: number;
  answerSource: AnswerSource | null;
  handoffReason: HandoffReason | null;
  /** JSON: the ids of the texts the turn queued. */
  replyMessageIds: unknown;
  /** `deterministic`, or `assisted` when a model's understanding or wording was used. */
  engine: 'deterministic' | 'assisted';
  model: string | null;
  promptVersion: string | null;
  /** Time spent waiting on the model, all calls of the turn. */
  assistMs: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  /** timeout, error or invalid: the model was asked but the deterministic result was used. */
  assistFallback: string | null;
  /** Reading and deciding, without the model: the engine's own cost. */
  decideMs: number;
  createdAt: string;
}

export type ConversationTurnRow = Selectable<ConversationTurnsTable>;
export type NewConversationTurnRow = Insertable<ConversationTurnsTable>;
