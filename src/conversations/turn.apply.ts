import type { Trx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { recordModelUsage } from '../jobs/usage.model.js';
import { updateConversation, updateLead } from '../leads/leads.repository.js';
import type { LeadRow, LeadType } from '../leads/leads.table.js';
import { recordStageChange } from '../leads/stage-history.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import { queueOutbound } from '../messaging/outbox.service.js';
import { newId } from '../platform/ids.js';
import type { AssistRecord } from './assist.js';
import type { BookingProfile, OwedOffer } from './booking-reply.js';
import type { TurnDecision } from './engine.types.js';
import { scheduleFollowUp } from './follow-up.service.js';
import { applyProfileChanges, readProfile } from './profile.js';
import { HANDOFF_LABELS } from './summary.js';
import type { LoadedTurn } from './turn.context.js';
import { insertTurnOnce } from './turns.repository.js';

const LEAD_TYPES: Record<string, LeadType> = { buy: 'buyer', sell: 'seller', rent: 'renter' };

export interface AppliedTurn {
  replyMessageIds: string[];
}

/**
 * Carries out a decided turn in the caller's transaction: the profile, score and stage on the lead;
 * the replies through the outbox (the gate decides each); the handoff, booking request and notes to
 * the agent; the turn's record; and the follow-up that fires if the lead goes quiet again.
 */
export async function applyTurn(
  trx: Trx,
  ctx: AppContext,
  props: {
    loaded: LoadedTurn;
    lead: LeadRow;
    decision: TurnDecision;
    texts: readonly string[];
    record: AssistRecord;
    decideMs: number;
    /** The first response had already answered the lead's text (see ConversationState.greetedAfter). */
    greeted: boolean;
  },
): Promise<AppliedTurn> {
  const { loaded, lead, decision } = props;
  const workspaceId = lead.workspaceId;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const who = loaded.contact.name ?? loaded.contact.phone ?? 'A lead';
  const tell = (kind: string, subject: string, body: string) =>
    notifyTeam(trx, ctx, { workspaceId, leadId: lead.id, userId: lead.assignedUserId, kind, subject, body });

  let profile = readProfile(lead.profile);
  let { stage, score } = lead;
  for (const action of decision.actions) {
    switch (action.type) {
      case 'profile':
        profile = applyProfileChanges(profile, action.changes);
        break;
      case 'score':
        score = action.score;
        profile = { ...profile, scoreFactors: action.factors };
        break;
      case 'stage':
        stage = action.stage;
        break;
      case 'handoff':
        await updateConversation(trx, workspaceId, loaded.conversation.id, {
          assistantPaused: 1,
          pausedReason: `handoff:${action.reason}`,
          updatedAt: at,
        });
        await tell(
          'handoff',
          `${who} needs you: ${HANDOFF_LABELS[action.reason]}`,
          `${action.summary}\nPhone: ${loaded.contact.phone ?? loaded.contact.phoneRaw ?? 'none'}. The assistant is paused on this lead.`,
        );
        break;
      case 'booking':
        await tell('booking_requested', `${who} asked for a time to meet`, action.summary);
        break;
      case 'offer':
        break;
      case 'note':
        await tell(action.kind, action.subject, `${who}: ${action.body}`);
        break;
      case 'send':
        break;
    }
  }

  // Times to offer are looked up after this transaction (a calendar may be read over the network): the
  // turn's words wait to open the offer's first text, and the offer owed is kept for a retried turn.
  const offer = decision.actions.find((a) => a.type === 'offer');
  if (offer) {
    const owedOffer: OwedOffer = {
      messageId: loaded.message.id,
      leadIn: [...props.texts],
      requestedTime: offer.requestedTime,
    };
    profile = { ...profile, owedOffer } as BookingProfile;
  }
  const replyMessageIds: string[] = [];
  let lastReply: { id: string; createdAt: string; status: string } | null = null;
  for (const [index, text] of (offer ? [] : props.texts).entries()) {
    const { message } = await queueOutbound(trx, ctx, {
      workspace: loaded.workspace,
      contact: loaded.contact,
      leadId: lead.id,
      conversationId: loaded.conversation.id,
      body: text,
      kind: 'reply',
      purpose: 'conversational',
      author: 'assistant',
      directReply: true,
      idempotencyKey: `reply:${loaded.message.id}:${index}`,
    });
    replyMessageIds.push(message.id);
    lastReply = message;
  }

  const intent = profile.intent;
  await updateLead(trx, workspaceId, lead.id, {
    profile: toJson(profile),
    score,
    stage,
    ...(lead.leadType === null && intent && LEAD_TYPES[intent] ? { leadType: LEAD_TYPES[intent] } : {}),
    updatedAt: at,
  });
  await recordStageChange(trx, {
    workspaceId,
    leadId: lead.id,
    from: lead.stage,
    to: stage,
    by: 'assistant',
    at: now,
  });
  if (lastReply) {
    await updateConversation(trx, workspaceId, loaded.conversation.id, { lastMessageAt: at, updatedAt: at });
  }

  const status = props.greeted ? 'absorbed' : 'replied';
  await insertTurnOnce(trx, {
    id: newId(now.getTime()),
    workspaceId,
    leadId: lead.id,
    conversationId: loaded.conversation.id,
    inboundMessageId: loaded.message.id,
    status,
    skipReason: null,
    askedSlot: decision.askedSlot,
    declinedSlot: decision.declinedSlot,
    progressed: decision.progressed ? 1 : 0,
    answerSource: decision.answered,
    handoffReason: decision.handoff,
    replyMessageIds: toJson(replyMessageIds),
    engine: props.record.used ? 'assisted' : 'deterministic',
    model: props.record.used || props.record.fallback ? props.record.model : null,
    promptVersion: props.record.used || props.record.fallback ? props.record.promptVersion : null,
    assistMs: props.record.used || props.record.fallback ? props.record.ms : null,
    inputTokens: props.record.inputTokens,
    outputTokens: props.record.outputTokens,
    assistFallback: props.record.fallback,
    decideMs: props.decideMs,
    createdAt: at,
  });
  await recordModelUsage(trx, {
    workspaceId,
    leadId: lead.id,
    cause: `turn:${loaded.message.id}`,
    model: props.record.model,
    inputTokens: props.record.inputTokens,
    outputTokens: props.record.outputTokens,
    at,
  });
  for (const earlier of loaded.pending.filter((m) => m.id !== loaded.message.id)) {
    await insertTurnOnce(trx, {
      id: newId(now.getTime()),
      workspaceId,
      leadId: lead.id,
      conversationId: loaded.conversation.id,
      inboundMessageId: earlier.id,
      status: 'coalesced',
      skipReason: null,
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
      createdAt: at,
    });
  }

  const quietWatch = lastReply && lastReply.status !== 'blocked' && !decision.handoff;
  if (quietWatch && lastReply && stage !== 'lost' && stage !== 'appointment') {
    await scheduleFollowUp(trx, ctx, {
      workspaceId,
      leadId: lead.id,
      anchorMessageId: lastReply.id,
      anchorAt: new Date(lastReply.createdAt),
      step: 1,
      settings: loaded.settings,
    });
  }
  return { replyMessageIds };
}
