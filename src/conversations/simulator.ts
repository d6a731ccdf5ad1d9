import { classifyInbound } from '../consent/keywords.js';
import type { LeadStage } from '../leads/leads.table.js';
import { DEFAULT_MESSAGING_SETTINGS } from '../messaging/messaging.settings.js';
import type { ConversationSettings } from './conversation.settings.js';
import type {
  HandoffReason,
  HistoryMessage,
  InquiryContext,
  Persona,
  StoredProfile,
  TurnAction,
} from './engine.types.js';
import { firstResponseText, inquiryReading } from './first-response.js';
import type { KnowledgeFacts } from './knowledge/knowledge.types.js';
import { decideTurn } from './policy.js';
import { applyProfileChanges } from './profile.js';
import { deriveState, type TurnRecord } from './state.js';
import { HANDOFF_LABELS } from './summary.js';
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
  /**
   * A workspace's own first-response text, as written; absent: the first response is built from the
   * inquiry (its message, lead type and property) and the script, as intake builds it.
   */
  firstResponse?: string;
  inquiry: InquiryContext | null;
  /** What the lead wrote in the form or API inquiry. */
  inquiryMessage?: string | null;
  settings: ConversationSettings;
  knowledge: KnowledgeFacts;
  persona: Persona;
  agentFirstName: string | null;
  /** The agent's full name, for the introduction ("working with Maria Lopez"). */
  agentName?: string | null;
  tz: string;
  /** When a form lead's first response goes out. */
  startAt?: Date;
}

export interface SimulationState {
  stage: LeadStage;
  profile: StoredProfile;
  score: number;
  paused: boolean;
  optedOut: boolean;
  handoff: HandoffReason | null;
  /** What the agent was told at the handoff. */
  handoffSummary: string | null;
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
    handoffSummary: null,
    bookings: 0,
    notes: [],
    history: [],
    turns: [],
  };
  const say = (body: string, at: string, author: HistoryMessage['author'], kind: string) => {
    state.history.push({ id: nextId(), direction: 'outbound', author, kind, body, at });
    return body;
  };
  let greeted = false;
  /** The first response: the workspace's text as given, or built from the inquiry as intake builds it. */
  const greet = (at: Date, firstText: { id: string; text: string } | null) => {
    greeted = true;
    const iso = at.toISOString();
    const message = firstText?.text ?? setup.inquiryMessage ?? null;
    const reading = inquiryReading({
      message,
      understanding: message
        ? analyze(message, { now: at, tz: setup.tz, marketAreas: setup.settings.marketAreas })
        : null,
      sourceId: firstText?.id ?? `inquiry:${setup.inquiry?.id ?? 'form'}`,
      turnFollows: firstText !== null,
      at: iso,
      inquiry: setup.inquiry,
      profile: state.profile,
      script: setup.settings.script,
      knowledge: setup.knowledge,
      leadId: setup.leadId,
      firstName: setup.firstName,
      agentFirstName: setup.agentFirstName,
      businessName: setup.persona.businessName,
      tz: setup.tz,
      now: at,
      replyInLeadLanguage: setup.settings.replyInLeadLanguage,
      hotTimelineMonths: setup.settings.handoff.hotTimelineMonths,
    });
    state.profile = reading.profile;
    state.score = reading.score;
    if (setup.firstResponse !== undefined)
      return say(setup.firstResponse, iso, 'assistant', 'first_response');
    const first = firstResponseText(reading, {
      workspace: {
        workspaceId: 'simulation',
        workspaceName: setup.persona.businessName,
        timezone: setup.knowledge.zone,
        defaultRegion: 'US',
        settings: DEFAULT_MESSAGING_SETTINGS,
      },
      firstName: setup.firstName,
      agentName: setup.agentName ?? setup.agentFirstName,
      propertyAddress: setup.inquiry?.property?.address ?? null,
      at: iso,
      sourceId: firstText?.id ?? 'inquiry',
    });
    state.profile = applyProfileChanges(state.profile, [first.memo]);
    if (first.forAgent) {
      state.notes.push({
        type: 'note',
        kind: 'question_for_agent',
        subject: 'A question for you to confirm',
        body: `The lead asked: "${first.forAgent}".`,
      });
    }
    if (reading.opening.handoff) {
      state.handoff = reading.opening.handoff;
      state.handoffSummary = `Why: ${HANDOFF_LABELS[reading.opening.handoff]}. Lead: ${message ?? ''}`;
      state.paused = true;
      state.stage = 'handed_off';
    }
    const body = say(first.body, iso, 'assistant', 'first_response');
    // The rest of a form's answer too long for the first response follows it.
    for (const rest of first.rest) say(rest, iso, 'assistant', 'reply');
    return body;
  };
  if (setup.startsBy === 'form') greet(setup.startAt ?? new Date(0), null);

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
      const { keyword, optOut } = classifyInbound(text, { optedOut: state.optedOut });
      // A first text that is a keyword or an opt-out is no inquiry: only the keyword is answered.
      const isKeyword = keyword !== null || (optOut !== null && optOut.channel !== 'voice');
      const greetedAfter = setup.startsBy === 'text' && firstText && !isKeyword;
      if (greetedAfter) greet(at, { id: inbound.id, text });
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
      if (keyword === 'help') {
        // Asking who we are is writing back: engaged, answered by the help text alone.
        if (ENGAGES.includes(state.stage)) state.stage = 'engaged';
        return [say('Help text.', iso, 'system', 'keyword_reply')];
      }
      if (ENGAGES.includes(state.stage)) state.stage = 'engaged';
      if (state.paused || state.optedOut) {
        state.turns.push({ status: 'skipped', askedSlot: null, declinedSlot: null, progressed: false });
        return [];
      }

      const turnState = deriveState(state.turns, {
        firstResponseSent: greeted,
        firstResponseAsks: state.profile.opening
          ? state.profile.opening.asked
          : setup.settings.firstResponseAsks,
        greetedAfter,
      });
      const decision = decideTurn({
        leadId: setup.leadId,
        messages: [
          {
            id: inbound.id,
            text,
            at: iso,
            understanding: analyze(text, { now: at, tz: setup.tz, marketAreas: setup.settings.marketAreas }),
          },
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
        replyInLeadLanguage: setup.settings.replyInLeadLanguage,
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
            state.handoffSummary = action.summary;
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
