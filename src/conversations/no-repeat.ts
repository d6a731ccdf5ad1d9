import type { TurnDecision, TurnInput } from './engine.types.js';
import { decideTurn } from './policy.js';
import { wouldRepeat } from './repeats.js';

const textsOf = (decision: TurnDecision) =>
  decision.actions.flatMap((action) => (action.type === 'send' ? [action.draft.text] : []));

/**
 * The turn decided so that it never repeats the last automated text word for word: reworded first (the
 * wording seed moves on), and if every wording would still repeat, the lead goes to the agent.
 */
export function decideWithoutRepeat(input: TurnInput, previous: string | null): TurnDecision {
  let decision = decideTurn(input);
  for (let bump = 1; bump <= 3 && wouldRepeat(previous, textsOf(decision)); bump += 1) {
    decision = decideTurn({ ...input, state: { ...input.state, turnIndex: input.state.turnIndex + bump } });
  }
  if (wouldRepeat(previous, textsOf(decision)))
    decision = decideTurn({ ...input, forceHandoff: 'no_progress' });
  return decision;
}
