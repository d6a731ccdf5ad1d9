import { classifyInbound } from '../consent/keywords.js';
import type { LeadStage } from '../leads/leads.table.js';
import type { ConversationSettings } from './conversation.settings.js';
import type {
  HandoffReason,
  HistoryMessage,
  InquiryContext,
  Persona,
  StoredProfile,
  TurnAction,
} from './engine.types.js';
import type { KnowledgeFacts } from './knowledge/knowledge.types.js';
import { decideTurn } from './policy.js';
import { applyProfileChanges } from './profile.js';
import { deriveState, type TurnRecord } from './state.js';
import { analyze } from './understanding/analyze.js';

/**
 * The whole conversation in memory, with the same pieces the turn job uses (keywords first, the
 * analysis, the state derived from recorded turns, `decideTurn`) but no database: for the multi-turn
 * evaluation and for unit tests that follow a conversation over many turns.
 */
export interface SimulationSetup {
  leadId: string;
  firstName: string | null;
  /** `form`: the lead came in by a form and got the first response before texting; `text`: their first text started it. */
  startsBy: 'form' | 'text';
  firstResponse: string;
  inquiry: InquiryContext | null;
  settings: ConversationSettings;
  knowledge: KnowledgeFacts;
  persona: Persona;
  agentFirstName: string | null;
  tz: string;
}

export interface SimulationState {
  stage: LeadStage;
  profile: StoredProfile;
  score: number;
  paused: boolean;
  optedOut: boolean;
  handoff: HandoffReason | null;
  bookings: number;
  notes: Extract<TurnAction, { type: 'note' }>[];
  history: HistoryMessage[];
  turns: TurnRecord[];
}

export interface Simulation {
  state: SimulationState;
  /** The lead texts `text` at `at`; answers the texts sent back. */
  text(text: string, at: Date): string[];
}

const ENGAGES: readonly LeadStage[] = ['new', 'contacted', 'nurture', 'lost'];

export function simulateConversation(setup: SimulationSetup): Simulation {
  let sequence = 0;
  const nextId = () => {
    sequence += 1;
    return `sim-${String(sequence).padStart(4, '0')}`;
  };
  const state: SimulationState = {
    stage: 'contacted',
    profile: {},
    score: 0,
    paused: false,
    optedOut: false,
    handoff: null,
    bookings: 0,
    notes: [],
    history: [],
    turns: [],
  };
  const say = (body: string, at: string, author: HistoryMessage['author'], kind: string) => {
    state.history.push({ id: nextId(), direction: 'outbound', author, kind, body, at });
    return body;
  };
  if (setup.startsBy === 'form')
    say(setup.firstResponse, new Date(0).toISOString(), 'assistant', 'first_response');

  return {
    state,
    text(text, at) {
      const iso = at.toISOString();
      const inbound: HistoryMessage = {
        id: nextId(),
        direction: 'inbound',
        author: 'lead',
        kind: 'inbound',
        body: text,
        at: iso,
      };
      state.history.push(inbound);
      const firstText = state.history.filter((m) => m.direction === 'inbound').length === 1;
      const greetedAfter = setup.startsBy === 'text' && firstText;
      if (greetedAfter) say(setup.firstResponse, iso, 'assistant', 'first_response');

      const { keyword, optOut } = classifyInbound(text, { optedOut: state.optedOut });
      if (keyword === 'stop' || (optOut && optOut.channel !== 'voice')) {
        const confirm = !state.optedOut;
        state.optedOut = true;
        state.stage = 'opted_out';
        return confirm ? [say('You are unsubscribed.', iso, 'system', 'keyword_reply')] : [];
      }
      if (keyword === 'start') {
        state.optedOut = false;
        if (state.stage === 'opted_out') state.stage = 'engaged';
        return [say('You are subscribed again.', iso, 'system', 'keyword_reply')];
      }
      if (keyword === 'help') return [say('Help text.', iso, 'system', 'keyword_reply')];
      if (ENGAGES.includes(state.stage)) state.stage = 'engaged';
      if (state.paused || state.optedOut) {
        state.turns.push({ status: 'skipped', askedSlot: null, declinedSlot: null, progressed: false });
        return [];
      }

      const turnState = deriveState(state.turns, {
        firstResponseSent: true,
        firstResponseAsks: setup.settings.firstResponseAsks,
        greetedAfter,
      });
      const decision = decideTurn({
        leadId: setup.leadId,
        messages: [
          { id: inbound.id, text, at: iso, understanding: analyze(text, { now: at, tz: setup.tz }) },
        ],
        profile: state.profile,
        stage: state.stage,
        history: state.history.slice(-12),
        state: turnState,
        script: setup.settings.script,
        knowledge: setup.knowledge,
        inquiry: setup.inquiry,
        persona: setup.persona,
        agent: { firstName: setup.agentFirstName },
        lead: { firstName: setup.firstName },
        handoff: setup.settings.handoff,
        now: at,
        tz: setup.tz,
      });
      state.turns.push({
        status: greetedAfter ? 'absorbed' : 'replied',
        askedSlot: decision.askedSlot,
        declinedSlot: decision.declinedSlot,
        progressed: decision.progressed,
      });
      const sent: string[] = [];
      for (const action of decision.actions) {
        switch (action.type) {
          case 'profile':
            state.profile = applyProfileChanges(state.profile, action.changes);
            break;
          case 'stage':
            state.stage = action.stage;
            break;
          case 'score':
            state.score = action.score;
            state.profile = { ...state.profile, scoreFactors: action.factors };
            break;
          case 'handoff':
            state.handoff = action.reason;
            state.paused = true;
            break;
          case 'booking':
            state.bookings += 1;
            break;
          case 'note':
            state.notes.push(action);
            break;
          case 'send':
            sent.push(say(action.draft.text, iso, 'assistant', 'reply'));
            break;
        }
      }
      return sent;
    },
  };
}
