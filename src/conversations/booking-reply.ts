import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { lockLead, updateConversation, updateLead } from '../leads/leads.repository.js';
import type { LeadStage } from '../leads/leads.table.js';
import { recordStageChange } from '../leads/stage-history.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import { queueOutbound } from '../messaging/outbox.service.js';
import { newId } from '../platform/ids.js';
import type { PendingOffer } from './booking-reading.js';
import type { HandoffReason, ReplyLanguage, StoredProfile } from './engine.types.js';
import { readProfile } from './profile.js';
import { shownIn, textsSinceLeadWroteOf, wouldRepeat } from './repeats.js';
import { handoffText, type Voice } from './replies.js';
import { HANDOFF_LABELS, handoffSummary } from './summary.js';
import { type LoadedTurn, loadTurn, toHistory } from './turn.context.js';
import { insertTurnOnce } from './turns.repository.js';
import type { RequestedTime } from './understanding/understanding.schema.js';
import { fitsTwoSegments } from './wording.js';

/**
 * Sending a booking reply: through the outbox (the gate decides), with the offer remembered or cleared
 * on the profile, a handoff when one is decided (or when the reply would repeat the last text), and the
 * turn recorded so the engine's job for the same text is a no-op.
 */

/**
 * Times a turn decided to offer, still owed (turn.apply.ts): the turn's own words are held back so they
 * open the offer's first text, and a retried turn of the same text finds the offer still to make.
 */
export interface OwedOffer {
  messageId: string;
  leadIn: string[];
  requestedTime: RequestedTime | null;
}

export type BookingProfile = StoredProfile & { pendingOffer?: PendingOffer; owedOffer?: OwedOffer };

export type BookingOutcome = { status: 'replied'; replyMessageIds: string[] };

export interface SendOptions {
  record: boolean;
  key?: string;
}

export const quote = (text: string) => `"${text.length <= 200 ? text : `${text.slice(0, 199)}…`}"`;

export function voiceOf(loaded: LoadedTurn, lang: ReplyLanguage): Voice {
  return {
    agent: loaded.agentFirstName ?? (lang === 'es' ? 'nuestro equipo' : 'our team'),
    agentNamed: loaded.agentFirstName !== null,
    business: loaded.workspace.settings.businessName ?? loaded.workspace.workspaceName,
    assistant: null,
    firstName: loaded.contact.firstName,
    seed: `${loaded.lead.id}:${loaded.turns.length}`,
    zone: loaded.tz,
    lang,
  };
}

/** The agent's summary of a handoff decided here: why, the details, what is known, the last messages. */
export function summaryOf(loaded: LoadedTurn, reason: HandoffReason, details: readonly string[]): string {
  const [why, ...rest] = handoffSummary({
    reason,
    leadName: loaded.contact.firstName,
    profile: readProfile(loaded.lead.profile),
    score: loaded.lead.score,
    history: loaded.history.map(toHistory),
    zone: loaded.tz,
  }).split('\n');
  return [why ?? '', ...details, ...rest].join('\n');
}

export interface ReplyProps {
  text?: string;
  /** Several texts (a long answer packed into texts of two segments). */
  texts?: string[];
  offer: PendingOffer | null;
  /** Where a cancelled appointment leaves the lead. */
  stage?: 'qualified' | 'engaged';
  /** The window the lead asked for, kept on the profile as theirs. */
  requested?: RequestedTime;
  handoff?: { reason: HandoffReason; summary: string };
  note?: { kind: string; subject: string; body: string };
}

/**
 * The reply queued through the outbox (the gate decides), the offer remembered or cleared, and the
 * turn recorded so the engine's job for this text is a no-op. A text that would repeat one the lead has in
 * front of them (sent since they wrote, or the last before) is not sent: the same times offered after the
 * turn's reply are left standing; any other repeat sends the lead to the agent instead.
 */
export async function reply(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: ReplyProps,
  options: SendOptions = { record: true },
): Promise<BookingOutcome> {
  const workspaceId = loaded.lead.workspaceId;
  return ctx.db.transaction().execute(async (trx) => {
    const lead = await lockLead(trx, workspaceId, loaded.lead.id);
    if (!lead) return { status: 'replied', replyMessageIds: [] };
    if (options.record) {
      const current = await loadTurn(trx, { workspaceId, leadId: lead.id, messageId: loaded.message.id });
      if (!current || current.covered) return { status: 'replied', replyMessageIds: [] };
    }
    let texts = props.texts ?? (props.text ? [props.text] : []);
    let { handoff, offer } = props;
    const previous = await textsSinceLeadWroteOf(trx, workspaceId, loaded.conversation.id);
    // Times offered after this turn's own reply, the same as those the lead has: they stand, unsent again.
    if (!options.record && offer && !offer.missed && wouldRepeat(previous, texts))
      texts = texts.filter((text) => !previous.some((seen) => shownIn(seen, text)));
    if (!handoff && wouldRepeat(previous, texts)) {
      const lang: ReplyLanguage = readProfile(lead.profile).language === 'es' ? 'es' : 'en';
      const reason: HandoffReason = offer?.missed ? 'no_time_fits' : 'no_progress';
      const repeated = `The assistant would have repeated its last text: ${quote(texts[0] ?? '')}.`;
      handoff = { reason, summary: summaryOf(loaded, reason, [repeated]) };
      texts = [handoffText(voiceOf(loaded, lang), reason)];
      offer = null;
    }
    const stored = readProfile(lead.profile) as BookingProfile;
    if (stored.owedOffer?.messageId === loaded.message.id) texts = withLeadIn(stored.owedOffer.leadIn, texts);
    const now = ctx.clock.now();
    const at = now.toISOString();
    const key = options.key ?? `reply:${loaded.message.id}:0`;
    const ids: string[] = [];
    for (const [index, body] of texts.entries()) {
      const { message } = await queueOutbound(trx, ctx, {
        workspace: loaded.workspace,
        contact: loaded.contact,
        leadId: lead.id,
        conversationId: loaded.conversation.id,
        body,
        kind: 'reply',
        purpose: 'conversational',
        author: 'assistant',
        directReply: true,
        idempotencyKey: index === 0 ? key : `${key}:${index}`,
      });
      ids.push(message.id);
    }
    // Any reply settles an owed offer: its words went with this one, or a newer text was answered.
    const { pendingOffer: _previous, owedOffer: _owed, ...rest } = stored;
    let profile: BookingProfile = offer ? { ...rest, pendingOffer: offer } : rest;
    if (props.requested) {
      const source = { value: props.requested, messageId: loaded.message.id, at: loaded.message.createdAt };
      profile = {
        ...profile,
        requestedTime: props.requested,
        sources: { ...(profile.sources ?? {}), requestedTime: source },
      };
    }
    // The stage is read again: booking moved it to `appointment` in its own transaction.
    const fresh = await currentStage(trx, workspaceId, lead.id);
    const stage: LeadStage | undefined = handoff
      ? 'handed_off'
      : props.stage && fresh === 'appointment'
        ? props.stage
        : undefined;
    await updateLead(trx, workspaceId, lead.id, {
      profile: toJson(profile),
      ...(stage ? { stage } : {}),
      lastActivityAt: at,
      updatedAt: at,
    });
    if (stage && fresh && stage !== fresh) {
      await recordStageChange(trx, {
        workspaceId,
        leadId: lead.id,
        from: fresh,
        to: stage,
        by: 'assistant',
        at: now,
      });
    }
    await updateConversation(trx, workspaceId, loaded.conversation.id, {
      lastMessageAt: at,
      updatedAt: at,
      ...(handoff ? { assistantPaused: 1, pausedReason: `handoff:${handoff.reason}` } : {}),
    });
    const who = loaded.contact.name ?? loaded.contact.phone ?? 'A lead';
    const tell = (kind: string, subject: string, body: string) =>
      notifyTeam(trx, ctx, {
        workspaceId,
        leadId: lead.id,
        userId: lead.assignedUserId,
        kind,
        subject,
        body,
      });
    if (handoff) {
      const phone = loaded.contact.phone ?? loaded.contact.phoneRaw ?? 'none';
      await tell(
        'handoff',
        `${who} needs you: ${HANDOFF_LABELS[handoff.reason]}`,
        `${handoff.summary}\nPhone: ${phone}. The assistant is paused on this lead.`,
      );
    }
    if (props.note) await tell(props.note.kind, props.note.subject, `${who}: ${props.note.body}`);
    if (options.record) await recordTurn(trx, loaded, ids, at, now.getTime(), handoff?.reason ?? null);
    return { status: 'replied', replyMessageIds: ids };
  });
}

/** The turn's held-back words open the first text when they fit in it, else they go just before. */
function withLeadIn(leadIn: readonly string[], texts: readonly string[]): string[] {
  const [first, ...more] = texts;
  if (leadIn.length === 0) return [...texts];
  if (first === undefined) return [...leadIn];
  const opened = [...leadIn, first].join(' ');
  return fitsTwoSegments(opened) ? [opened, ...more] : [...leadIn, ...texts];
}

async function currentStage(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
): Promise<LeadStage | undefined> {
  const row = await db
    .selectFrom('leads')
    .select('stage')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', leadId)
    .executeTakeFirst();
  return row?.stage;
}

async function recordTurn(
  db: DbOrTrx,
  loaded: LoadedTurn,
  replyIds: string[],
  at: string,
  ms: number,
  handoffReason: HandoffReason | null,
) {
  for (const message of loaded.pending) {
    await insertTurnOnce(db, {
      id: newId(ms),
      workspaceId: loaded.lead.workspaceId,
      leadId: loaded.lead.id,
      conversationId: loaded.conversation.id,
      inboundMessageId: message.id,
      status: message.id === loaded.message.id ? 'replied' : 'coalesced',
      skipReason: null,
      askedSlot: null,
      declinedSlot: null,
      progressed: message.id === loaded.message.id ? 1 : 0,
      answerSource: null,
      handoffReason: message.id === loaded.message.id ? handoffReason : null,
      replyMessageIds: toJson(message.id === loaded.message.id ? replyIds : []),
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
}
