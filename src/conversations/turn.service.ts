import { SECOND_OPINION_BUDGET_MS } from '../consent/opt-out-second-opinion.js';
import type { DbOrTrx, Trx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { lockLead } from '../leads/leads.repository.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import { newId } from '../platform/ids.js';
import { assistFor } from './ai/ai-settings.service.js';
import { modelHealth } from './ai/assist.js';
import { modelSlotsFor } from './ai/model-slots.js';
import {
  type AssistRecord,
  assistUnderstanding,
  assistWording,
  emptyAssistRecord,
  modelReadFields,
} from './assist.js';
import {
  bookingTurn,
  defaultAppointmentType,
  hasListingAppointment,
  offerAfterTurn,
  owedOfferOf,
} from './booking.js';
import { loadConversationSettings } from './conversation.settings.js';
import type { LanguageAssist, TurnAction, TurnDecision, TurnMessage } from './engine.types.js';
import { decideWithoutRepeat } from './no-repeat.js';
import { escalateBySecondOpinion, opinionModelFor } from './possible-opt-out.second-opinion.js';
import { lastAutomatedText } from './repeats.js';
import { applyTurn } from './turn.apply.js';
import {
  type LoadedTurn,
  loadKnowledge,
  loadTurn,
  skipReason,
  stateOf,
  toHistory,
  turnInput,
} from './turn.context.js';
import { insertTurnOnce } from './turns.repository.js';
import { analyze } from './understanding/analyze.js';

export interface TurnProps {
  workspaceId: string;
  leadId: string;
  /** The lead's text that started this turn. */
  messageId: string;
}

export type TurnOutcome =
  | { status: 'replied'; replyMessageIds: string[] }
  | { status: 'skipped'; reason: 'restricted' | 'opted_out' | 'paused' }
  /** Nothing to do: answered already, the text is gone, or a later text's turn answers it. */
  | { status: 'noop' };

/**
 * One turn of the conversation for a lead's text. With a language model, the reading and the model's
 * calls run outside the transaction; the decision is applied in one transaction with the lead locked,
 * after checking that nothing changed meanwhile (if something did, the turn is decided again inside,
 * deterministically).
 */
export async function runConversationTurn(ctx: AppContext, props: TurnProps): Promise<TurnOutcome> {
  // The workspace's own model, none, or the instance's.
  const assist = await assistFor(ctx, props.workspaceId);
  const opinion = await opinionModelFor(ctx, props.workspaceId);
  // Only a few turns at a time may wait on a model, so they never hold the worker slots first responses
  // need; with none free, or the workspace's model resting after failures, the engine answers alone.
  const slot = assist || opinion ? modelSlotsFor(ctx, ctx.config.worker.concurrency).take() : null;
  try {
    const started = performance.now();
    // A configured model may see a revocation the layers missed: flagged before anything is said, so the
    // gate holds whatever this turn answers until a person decides. Within the turn's one budget, and under
    // the same breaker as the turn's other calls to the model: a dead model stops being asked.
    if (slot && opinion) {
      const { assistBudgetMs } = await loadConversationSettings(ctx.db, props.workspaceId);
      await escalateBySecondOpinion(ctx, props, opinion, {
        budgetMs: Math.min(SECOND_OPINION_BUDGET_MS, assistBudgetMs),
        health: modelHealth(assist, props.workspaceId),
      });
    }
    const spentMs = Math.round(performance.now() - started);
    // A choice among offered times, a counter-proposal, a change to an appointment: booking answers it.
    const booked = await bookingTurn(ctx, props);
    if (booked) return booked;
    const canBook = (await defaultAppointmentType(ctx, props.workspaceId, null)) !== null;
    const canBookListing = canBook && (await hasListingAppointment(ctx, props.workspaceId));
    const model = slot && assist ? { assist, spentMs } : null;
    const turn = await decidedTurn(ctx, props, { canBook, canBookListing }, model);
    if (turn.offer && turn.outcome.status === 'replied') {
      const offered = await offerAfterTurn(ctx, { ...props, requestedTime: turn.offer.requestedTime });
      return { status: 'replied', replyMessageIds: [...turn.outcome.replyMessageIds, ...offered] };
    }
    // The turn was applied but the process stopped before its times were offered: offer them now.
    const owed = turn.outcome.status === 'noop' ? await owedOfferOf(ctx.db, props) : null;
    if (owed) {
      const offered = await offerAfterTurn(ctx, { ...props, requestedTime: owed.requestedTime });
      return offered.length > 0 ? { status: 'replied', replyMessageIds: offered } : turn.outcome;
    }
    return turn.outcome;
  } finally {
    slot?.release();
  }
}

interface Decided {
  outcome: TurnOutcome;
  /** The turn decided to offer times: looked up once its transaction is done. */
  offer?: Extract<TurnAction, { type: 'offer' }>;
}

/** What the workspace can book: any appointment, and a listing appointment for sellers. */
interface Booking {
  canBook: boolean;
  canBookListing: boolean;
}

/** The model a turn may use, holding one of the model slots, and the time its model calls took so far. */
interface TurnModel {
  assist: LanguageAssist;
  spentMs: number;
}

async function decidedTurn(
  ctx: AppContext,
  props: TurnProps,
  booking: Booking,
  model: TurnModel | null,
): Promise<Decided> {
  const assist = model?.assist;
  if (!model || (!assist?.understand && !assist?.word)) {
    // The built-in engine alone decides in a millisecond or two: the whole turn runs with the lead locked.
    return ctx.db.transaction().execute(async (trx): Promise<Decided> => {
      if (!(await lockLead(trx, props.workspaceId, props.leadId))) return { outcome: { status: 'noop' } };
      const loaded = await loadTurn(trx, props);
      if (!loaded || loaded.covered) return { outcome: { status: 'noop' } };
      return decideInside(trx, ctx, loaded, emptyAssistRecord(assist), booking);
    });
  }
  return assistedTurn(ctx, props, booking, model);
}

/** The turn with the model's help: its calls outside any transaction, within the turn's one budget. */
async function assistedTurn(
  ctx: AppContext,
  props: TurnProps,
  booking: Booking,
  { assist, spentMs }: TurnModel,
): Promise<Decided> {
  const loaded = await loadTurn(ctx.db, props);
  if (!loaded || loaded.covered) return { outcome: { status: 'noop' } };
  const skip = skipReason(loaded);
  if (skip) return { outcome: await skipTurn(ctx, loaded, skip) };
  if (loaded.laterPending) return { outcome: { status: 'noop' } };

  const now = ctx.clock.now();
  // One budget for every model call of the turn, the second opinion's included.
  const record = { ...emptyAssistRecord(assist), ms: spentMs };
  const budgetMs = loaded.settings.assistBudgetMs;
  const assistContext = {
    workspaceId: props.workspaceId,
    leadId: props.leadId,
    now,
    tz: loaded.tz,
    pendingSlot: stateOf(loaded).pendingSlot,
    history: loaded.history.map(toHistory),
  };
  const messages: TurnMessage[] = [];
  for (const row of loaded.pending) {
    const deterministic = analyze(row.body, {
      now: new Date(row.createdAt),
      tz: loaded.tz,
      marketAreas: loaded.settings.marketAreas,
    });
    const understanding = await assistUnderstanding({
      assist,
      budgetMs,
      record,
      text: row.body,
      context: assistContext,
      deterministic,
      marketAreas: loaded.settings.marketAreas,
    });
    const modelRead = modelReadFields(deterministic, understanding);
    messages.push({ id: row.id, text: row.body, at: row.createdAt, understanding, modelRead });
  }
  const knowledge = await loadKnowledge(ctx.db, loaded, messages);
  const started = performance.now();
  const input = {
    ...turnInput(loaded, messages, knowledge, now, booking.canBook),
    canBookListing: booking.canBookListing,
  };
  const decision = decideWithoutRepeat(input, lastAutomatedText(loaded.history));
  const decideMs = performance.now() - started;
  const texts: string[] = [];
  for (const draft of drafts(decision)) {
    texts.push(
      await assistWording({
        assist,
        budgetMs,
        record,
        draft,
        persona: input.persona,
        context: assistContext,
      }),
    );
  }

  return ctx.db.transaction().execute(async (trx): Promise<Decided> => {
    const lead = await lockLead(trx, props.workspaceId, props.leadId);
    if (!lead) return { outcome: { status: 'noop' } };
    const current = await loadTurn(trx, props);
    if (!current || current.covered) return { outcome: { status: 'noop' } };
    if (current.version === loaded.version) {
      const applied = await applyTurn(trx, ctx, {
        loaded: current,
        lead,
        decision,
        texts,
        record,
        decideMs,
        greeted: input.state.greetedAfter,
      });
      return {
        outcome: { status: 'replied', replyMessageIds: applied.replyMessageIds },
        ...offerOf(decision),
      };
    }
    return decideInside(trx, ctx, current, record, booking);
  });
}

/**
 * The turn decided and applied inside the transaction, by the built-in engine: the usual path without a
 * language model, and the fallback when something changed while a model was being waited on.
 */
async function decideInside(
  trx: Trx,
  ctx: AppContext,
  loaded: LoadedTurn,
  record: AssistRecord,
  booking: Booking,
): Promise<Decided> {
  const skip = skipReason(loaded);
  if (skip) return { outcome: await skipTurn(ctx, loaded, skip, trx) };
  if (loaded.laterPending) return { outcome: { status: 'noop' } };
  const messages = loaded.pending.map((row) => ({
    id: row.id,
    text: row.body,
    at: row.createdAt,
    understanding: analyze(row.body, {
      now: new Date(row.createdAt),
      tz: loaded.tz,
      marketAreas: loaded.settings.marketAreas,
    }),
  }));
  const knowledge = await loadKnowledge(trx, loaded, messages);
  const started = performance.now();
  const input = {
    ...turnInput(loaded, messages, knowledge, ctx.clock.now(), booking.canBook),
    canBookListing: booking.canBookListing,
  };
  const decision = decideWithoutRepeat(input, lastAutomatedText(loaded.history));
  const decideMs = performance.now() - started;
  const lead = loaded.lead;
  const texts = drafts(decision).map((draft) => draft.text);
  const deterministic: AssistRecord = { ...record, used: false };
  const applied = await applyTurn(trx, ctx, {
    loaded,
    lead,
    decision,
    texts,
    record: deterministic,
    decideMs,
    greeted: input.state.greetedAfter,
  });
  return { outcome: { status: 'replied', replyMessageIds: applied.replyMessageIds }, ...offerOf(decision) };
}

function offerOf(decision: TurnDecision): Pick<Decided, 'offer'> {
  const offer = decision.actions.find((a) => a.type === 'offer');
  return offer ? { offer } : {};
}

function drafts(decision: TurnDecision) {
  return decision.actions.flatMap((action) => (action.type === 'send' ? [action.draft] : []));
}

/**
 * The assistant stays silent, but the text is not lost on anyone: the agent hears about it, once
 * (the turn's record is what makes a retried job a no-op).
 */
async function skipTurn(
  ctx: AppContext,
  loaded: LoadedTurn,
  reason: 'restricted' | 'opted_out' | 'paused',
  trx?: Trx,
): Promise<TurnOutcome> {
  const work = async (db: DbOrTrx) => {
    const at = ctx.clock.now();
    const recorded = await insertTurnOnce(db, {
      id: newId(at.getTime()),
      workspaceId: loaded.lead.workspaceId,
      leadId: loaded.lead.id,
      conversationId: loaded.conversation.id,
      inboundMessageId: loaded.message.id,
      status: 'skipped',
      skipReason: reason,
      askedSlot: null,
      declinedSlot: null,
      progressed: 0,
      answerSource: null,
      handoffReason: null,
      replyMessageIds: toJson([]),
      engine: 'deterministic',
      model: null,
      promptVersion: null,
      assistMs: null,
      inputTokens: null,
      outputTokens: null,
      assistFallback: null,
      decideMs: 0,
      createdAt: at.toISOString(),
    });
    if (!recorded) return;
    const who = loaded.contact.name ?? loaded.contact.phone ?? 'A lead';
    const body = loaded.message.body;
    await notifyTeam(db, ctx, {
      workspaceId: loaded.lead.workspaceId,
      leadId: loaded.lead.id,
      userId: loaded.lead.assignedUserId,
      kind: 'lead_replied',
      subject: `Reply from ${who}`,
      body: `"${body.length <= 300 ? body : `${body.slice(0, 299)}…`}"`,
    });
  };
  if (trx) await work(trx);
  else await ctx.db.transaction().execute(work);
  return { status: 'skipped', reason };
}
