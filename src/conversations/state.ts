import type { ConversationState, Slot } from './engine.types.js';
import { MAX_ASKS } from './script.js';

/**
 * A recorded turn, as far as the next turn cares. `absorbed`: the turn took in a lead's first text,
 * which the first response had already answered, so it asked nothing of its own.
 */
export interface TurnRecord {
  status: 'replied' | 'absorbed' | 'coalesced' | 'skipped';
  askedSlot: Slot | null;
  declinedSlot: Slot | null;
  progressed: boolean;
}

/**
 * What the earlier turns leave behind, oldest turn first. The first response counts as having asked
 * `firstResponseAsks`, since its template asks it.
 */
export function deriveState(
  turns: readonly TurnRecord[],
  props: { firstResponseSent: boolean; firstResponseAsks: Slot | null; greetedAfter: boolean },
): ConversationState {
  const decided = turns.filter((t) => t.status === 'replied' || t.status === 'absorbed');
  const asked: Partial<Record<Slot, number>> = {};
  const greeting = props.firstResponseSent ? props.firstResponseAsks : null;
  if (greeting) asked[greeting] = 1;
  for (const turn of decided) {
    if (turn.askedSlot) asked[turn.askedSlot] = (asked[turn.askedSlot] ?? 0) + 1;
    if (turn.declinedSlot) asked[turn.declinedSlot] = MAX_ASKS;
  }
  let turnsWithoutProgress = 0;
  for (let i = decided.length - 1; i >= 0 && !decided[i]?.progressed; i -= 1) turnsWithoutProgress += 1;
  const last = decided.at(-1);
  // An absorbed turn asks nothing of its own, unless it went on in the lead's language (a Spanish first text).
  const pending = !last
    ? greeting
    : last.status === 'absorbed'
      ? (last.askedSlot ?? greeting)
      : last.askedSlot;
  return {
    turnIndex: decided.length,
    // The lead's first text came before the greeting's question, so it cannot be an answer to it.
    pendingSlot: props.greetedAfter ? null : pending,
    asked,
    turnsWithoutProgress,
    greetedAfter: props.greetedAfter,
  };
}
