import { HISTORY_LIMIT, type LoadedTurn, loadLeadThread } from '../conversations/turn.context.js';
import type { DbOrTrx } from '../db/database.js';
import type { MessageRow } from '../messaging/messaging.table.js';
import type { CallRow, CallTurnRow } from './calls.table.js';

/** What the caller just said, as the engine's turn takes it in. */
export interface Utterance {
  /** The caller's call turn: it names the engine's turn, as a text's message id does. */
  id: string;
  text: string;
  at: string;
}

/**
 * A call turn in the shape of the thread's messages, so the engine reads the call with the texts around
 * it: what was said on the line counts as said (a repeated question, the summary for the agent).
 */
export function asMessage(
  call: CallRow,
  turn: Pick<CallTurnRow, 'id' | 'speaker' | 'text' | 'heardText' | 'startedAt'>,
): MessageRow {
  const inbound = turn.speaker === 'caller';
  return {
    id: turn.id,
    workspaceId: call.workspaceId,
    leadId: call.leadId ?? '',
    contactId: call.contactId ?? '',
    conversationId: call.conversationId ?? '',
    direction: inbound ? 'inbound' : 'outbound',
    author: inbound ? 'lead' : 'assistant',
    kind: inbound ? 'voice' : 'voice_reply',
    purpose: 'conversational',
    // What the caller heard of the assistant, when they cut it short.
    body: inbound ? turn.text : (turn.heardText ?? turn.text),
    toNumber: null,
    fromNumber: null,
    status: inbound ? 'received' : 'delivered',
    provider: null,
    providerId: null,
    idempotencyKey: `call-turn:${turn.id}`,
    segments: 1,
    encoding: 'GSM-7',
    errorCode: null,
    errorMessage: null,
    gateReason: null,
    sendAfter: null,
    attempts: 0,
    firstAttemptAt: null,
    attemptStartedAt: null,
    reviewReason: null,
    createdAt: turn.startedAt,
    updatedAt: turn.startedAt,
    sentAt: null,
    deliveredAt: null,
  };
}

/**
 * Everything the engine's turn reads, as `loadTurn` loads it for a text, for something said on a call:
 * the thread's recent texts and the call so far make the history, and the caller's words are the one
 * message the turn answers.
 */
export async function loadVoiceTurn(
  db: DbOrTrx,
  props: { call: CallRow; transcript: readonly CallTurnRow[]; utterance: Utterance },
): Promise<LoadedTurn | null> {
  const { call, utterance } = props;
  if (!call.leadId) return null;
  const thread = await loadLeadThread(db, { workspaceId: call.workspaceId, leadId: call.leadId });
  if (!thread) return null;
  const message = asMessage(call, {
    id: utterance.id,
    speaker: 'caller',
    text: utterance.text,
    heardText: null,
    startedAt: utterance.at,
  });
  const spoken = props.transcript.filter((t) => t.id !== utterance.id).map((t) => asMessage(call, t));
  // The caller's words are a message of the thread already when they raised a possible opt-out.
  const texts = thread.history.filter((m) => m.id !== utterance.id);
  const history = [...texts, ...spoken]
    .sort((a, b) =>
      a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt < b.createdAt ? -1 : 1,
    )
    .slice(-(HISTORY_LIMIT - 1));
  history.push(message);
  return {
    ...thread,
    message,
    history,
    pending: [message],
    laterPending: false,
    covered: thread.turns.some((t) => t.inboundMessageId === utterance.id),
    // Calling us is always answered: a texting opt-out is about texts (the gate still holds every text).
    optedOut: false,
  };
}
