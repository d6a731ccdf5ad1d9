import { assistFor } from '../conversations/ai/ai-settings.service.js';
import {
  type AssistRecord,
  assistUnderstanding,
  assistWording,
  emptyAssistRecord,
  modelReadFields,
} from '../conversations/assist.js';
import { defaultAppointmentType } from '../conversations/booking.js';
import { loadConversationSettings } from '../conversations/conversation.settings.js';
import type {
  HandoffReason,
  LanguageAssist,
  ProfileField,
  TurnDecision,
  TurnInput,
  TurnMessage,
} from '../conversations/engine.types.js';
import { turnLanguage } from '../conversations/language.js';
import { decideTurn } from '../conversations/policy.js';
import { readProfile } from '../conversations/profile.js';
import { handoffSummary } from '../conversations/summary.js';
import { applyTurn } from '../conversations/turn.apply.js';
import { loadKnowledge, skipReason, stateOf, toHistory, turnInput } from '../conversations/turn.context.js';
import { analyze } from '../conversations/understanding/analyze.js';
import type { AppContext } from '../http/context.js';
import { lockLead } from '../leads/leads.repository.js';
import type { LeadRow } from '../leads/leads.table.js';
import type { CallRow, CallTurnRow } from './calls.table.js';
import { type SpokenLanguage, speakable } from './speech.js';
import { loadVoiceTurn, type Utterance } from './voice-turn.context.js';

/** What one engine turn decided for the caller, in speech. */
export interface EngineReply {
  /** Speech-ready sentences, in order. */
  say: string[];
  decision: TurnDecision | null;
  /** The engine let the caller go (not interested) or handed them to a person: the call can end. */
  closing: 'handoff' | 'lost' | null;
  /** Why nothing was decided: the person is restricted, or the team has taken the conversation. */
  skipped: 'restricted' | 'opted_out' | 'paused' | null;
  tz: string;
  /** The language the engine answered in: the caller's, when the workspace replies in the lead's language. */
  language: SpokenLanguage;
}

const NO_REPLY: Omit<EngineReply, 'skipped'> = {
  say: [],
  decision: null,
  closing: null,
  tz: 'UTC',
  language: 'en',
};

/** The language the engine writes this turn in, as its policy chooses it. */
function replyLanguage(input: TurnInput): SpokenLanguage {
  if (input.replyInLeadLanguage === false) return 'en';
  return turnLanguage(input.messages, input.profile.language) ?? 'en';
}

function drafts(decision: TurnDecision) {
  return decision.actions.flatMap((action) => (action.type === 'send' ? [action.draft] : []));
}

function closingOf(decision: TurnDecision, lead: LeadRow): EngineReply['closing'] {
  if (decision.handoff) return 'handoff';
  const stage = decision.actions.find((a) => a.type === 'stage');
  return stage?.type === 'stage' && stage.stage === 'lost' && lead.stage !== 'lost' ? 'lost' : null;
}

/** What a call knows once and keeps for every turn: whether a time can be booked, and the model, if any. */
export interface CallEngine {
  canBook: boolean;
  assist: LanguageAssist | undefined;
  /** Answers follow the caller's language (the workspace's replyInLeadLanguage). */
  followCaller: boolean;
}

/** Looked up once per call, when the relay is set up: neither changes in the minutes a call lasts. */
export async function callEngine(ctx: AppContext, call: CallRow): Promise<CallEngine> {
  const lead = await findLeadForBooking(ctx, call);
  const canBook = (await defaultAppointmentType(ctx, call.workspaceId, lead)) !== null;
  const assist = await assistFor(ctx, call.workspaceId);
  const settings = await loadConversationSettings(ctx.db, call.workspaceId);
  return {
    canBook,
    assist: assist?.understand || assist?.word ? assist : undefined,
    followCaller: settings.replyInLeadLanguage !== false,
  };
}

/**
 * One turn of the conversation engine for what the caller said: the same reading, the same decideTurn,
 * and the same effects on the profile, score, stage, handoff and notes (applyTurn), as a text's turn.
 * Nothing is texted: applyTurn is given no texts to queue, and the words are spoken instead. The turn is
 * read and decided outside any transaction, and `onDecided` gets the words as soon as they are known
 * (with the built-in engine, before anything is written), so the caller never waits on another call's
 * writes; only applying the turn locks the lead.
 */
export async function engineTurn(
  ctx: AppContext,
  props: {
    call: CallRow;
    transcript: readonly CallTurnRow[];
    utterance: Utterance;
    engine?: CallEngine;
    onDecided?: (say: string[], language: SpokenLanguage) => void;
  },
): Promise<EngineReply> {
  const { call, utterance } = props;
  if (!call.leadId) return { ...NO_REPLY, skipped: 'paused' };
  const { canBook, assist } = props.engine ?? (await callEngine(ctx, call));
  // On SQLite every statement outside a transaction waits its own turn for the one connection, behind
  // other calls' writes: the turn's dozen reads take it once.
  const loaded =
    ctx.dialect === 'sqlite'
      ? await ctx.db.transaction().execute((trx) => loadVoiceTurn(trx, props))
      : await loadVoiceTurn(ctx.db, props);
  if (!loaded) return { ...NO_REPLY, skipped: 'paused' };
  const skip = skipReason(loaded);
  if (skip) return { ...NO_REPLY, skipped: skip, tz: loaded.tz };
  const record: AssistRecord = emptyAssistRecord(assist);
  const budgetMs = loaded.settings.assistBudgetMs;
  const now = ctx.clock.now();
  const context = {
    workspaceId: call.workspaceId,
    leadId: loaded.lead.id,
    now,
    tz: loaded.tz,
    pendingSlot: stateOf(loaded).pendingSlot,
    history: loaded.history.map(toHistory),
  };
  const marketAreas = loaded.settings.marketAreas;
  const deterministic = analyze(utterance.text, { now: new Date(utterance.at), tz: loaded.tz, marketAreas });
  const understanding = assist
    ? await assistUnderstanding({
        assist,
        budgetMs,
        record,
        text: utterance.text,
        context,
        deterministic,
        marketAreas,
      })
    : deterministic;
  // What only the model read is asked back, and marked as the model's once the caller confirms it.
  const messages = [messageOf(utterance, understanding, modelReadFields(deterministic, understanding))];
  const knowledge = await loadKnowledge(ctx.db, loaded, messages);
  const started = performance.now();
  const input = turnInput(loaded, messages, knowledge, now, canBook);
  const decision = decideTurn(input);
  const decideMs = performance.now() - started;
  const language = replyLanguage(input);
  const texts: string[] = [];
  for (const draft of drafts(decision)) {
    texts.push(
      assist
        ? await assistWording({ assist, budgetMs, record, draft, persona: input.persona, context })
        : draft.text,
    );
  }
  const say = texts.map((text) => speakable(text, language));
  props.onDecided?.(say, language);
  return ctx.db.transaction().execute(async (trx): Promise<EngineReply> => {
    const lead = await lockLead(trx, call.workspaceId, loaded.lead.id);
    if (!lead) return { ...NO_REPLY, skipped: 'paused' };
    await applyTurn(trx, ctx, {
      loaded,
      lead,
      decision,
      texts: [],
      record,
      decideMs,
      greeted: input.state.greetedAfter,
    });
    return { say, decision, closing: closingOf(decision, lead), skipped: null, tz: loaded.tz, language };
  });
}

async function findLeadForBooking(ctx: AppContext, call: CallRow): Promise<LeadRow | null> {
  if (!call.leadId) return null;
  return (
    (await ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('workspaceId', '=', call.workspaceId)
      .where('id', '=', call.leadId)
      .executeTakeFirst()) ?? null
  );
}

function messageOf(
  utterance: Utterance,
  understanding: TurnMessage['understanding'],
  modelRead: readonly ProfileField[],
): TurnMessage {
  return { id: utterance.id, text: utterance.text, at: utterance.at, understanding, modelRead };
}

/**
 * The caller pressed 0: the engine's own handoff, applied as a turn that decided it (the conversation
 * paused for the team, the agent told why, with the summary the engine writes for any handoff).
 */
export async function handOffCall(
  ctx: AppContext,
  props: { call: CallRow; transcript: readonly CallTurnRow[]; utterance: Utterance; reason: HandoffReason },
): Promise<boolean> {
  const { call } = props;
  if (!call.leadId) return false;
  const leadId = call.leadId;
  return ctx.db.transaction().execute(async (trx) => {
    const lead = await lockLead(trx, call.workspaceId, leadId);
    const loaded = lead ? await loadVoiceTurn(trx, props) : null;
    if (!lead || !loaded || loaded.covered) return false;
    if (loaded.conversation.assistantPaused) return true;
    const profile = readProfile(loaded.lead.profile);
    const decision: TurnDecision = {
      actions: [
        {
          type: 'handoff',
          reason: props.reason,
          summary: handoffSummary({
            reason: props.reason,
            leadName: loaded.contact.firstName,
            profile,
            score: lead.score,
            history: loaded.history.map(toHistory),
            zone: loaded.tz,
          }),
        },
        { type: 'stage', stage: 'handed_off' },
      ],
      askedSlot: null,
      declinedSlot: null,
      progressed: true,
      answered: null,
      handoff: props.reason,
    };
    await applyTurn(trx, ctx, {
      loaded,
      lead,
      decision,
      texts: [],
      record: emptyAssistRecord(undefined),
      decideMs: 0,
      greeted: false,
    });
    return true;
  });
}
