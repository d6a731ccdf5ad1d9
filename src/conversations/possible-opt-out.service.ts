import { isOptedOut } from '../consent/consent.service.js';
import type { OptOutChannel } from '../consent/keywords.js';
import {
  listStandingFlags,
  resolveStandingFlags,
  standingFlags,
} from '../consent/possible-opt-outs.repository.js';
import type { PossibleOptOutRow } from '../consent/possible-opt-outs.table.js';
import type { DbOrTrx, Trx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { findContact, findLead, lockContactByPhone } from '../leads/leads.repository.js';
import type { ConversationRow } from '../leads/leads.table.js';
import { revokeAsLead } from '../messaging/inbound.actions.js';
import { releaseHeldTexts } from '../messaging/inbound.possible-opt-out.js';
import { findMessage } from '../messaging/messaging.repository.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { conflict, notFound } from '../platform/errors.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import type { PossibleOptOutDecision, PossibleOptOutView } from './possible-opt-out.schema.js';

/** Standing flags are few (each waits for a person); the inbox asks for all of them at once. */
const LIST_LIMIT = 500;

export function toPossibleOptOutView(row: PossibleOptOutRow): PossibleOptOutView {
  return {
    id: row.id,
    conversationId: row.conversationId,
    leadId: row.leadId,
    messageId: row.messageId,
    channel: row.channel,
    score: Number(row.score),
    trigger: row.trigger ?? '',
    source: row.source,
    flaggedAt: row.flaggedAt,
  };
}

/** Every conversation of the workspace waiting on a person's decision, newest first. */
export async function listPossibleOptOuts(
  ctx: AppContext,
  workspaceId: string,
): Promise<{ items: PossibleOptOutView[] }> {
  const rows = await listStandingFlags(ctx.db, workspaceId, LIST_LIMIT);
  return { items: rows.map(toPossibleOptOutView) };
}

export async function getConversationPossibleOptOut(
  ctx: AppContext,
  props: { workspaceId: string; conversationId: string },
): Promise<{ conversationId: string; items: PossibleOptOutView[] }> {
  const conversation = await conversationOf(ctx.db, props.workspaceId, props.conversationId);
  const rows = await standingFlags(ctx.db, props.workspaceId, conversation.contactId);
  return { conversationId: conversation.id, items: rows.map(toPossibleOptOutView) };
}

interface DecisionProps {
  workspaceId: string;
  conversationId: string;
  by: Actor;
  ip?: string | undefined;
}

/**
 * A person read the lead's words as a revocation: it goes into the ledger as the lead's, with their text
 * as evidence, by the very path a STOP takes, so exactly one confirmation text goes however often the
 * button is pressed. The contact is locked first, as an inbound text locks it: a second confirmation
 * waits for the first and then finds no flag standing (409).
 */
export async function confirmPossibleOptOut(
  ctx: AppContext,
  props: DecisionProps,
): Promise<PossibleOptOutDecision> {
  const workspace = await loadWorkspaceMessaging(ctx.db, props.workspaceId);
  return ctx.db.transaction().execute(async (trx) => {
    const { conversation, contact } = await lockThread(trx, props);
    const at = ctx.clock.now();
    const actor = auditActor(props.by);
    const flags = await resolveStandingFlags(trx, {
      workspaceId: props.workspaceId,
      contactId: contact.id,
      resolution: 'confirmed',
      resolvedBy: actor.id,
      at,
    });
    const newest = newestOf(flags);
    const lead = await findLead(trx, props.workspaceId, conversation.leadId);
    if (!lead) throw notFound('Conversation');
    const evidenceText = await findMessage(trx, props.workspaceId, newest.messageId);
    const channel = mergedChannel(flags);
    const { replyMessageId } = await revokeAsLead(trx, ctx, {
      workspace,
      contact,
      lead,
      conversation,
      messageId: newest.messageId,
      ourNumber: evidenceText?.toNumber ?? '',
      optedOut: await isOptedOut(trx, {
        workspaceId: props.workspaceId,
        contactId: contact.id,
        channel: 'sms',
      }),
      optOutType: undefined,
      at,
      channel,
      evidence: {
        inboundMessageId: newest.messageId,
        receivedAt: evidenceText?.createdAt ?? newest.flaggedAt,
        reason: 'possible_opt_out_confirmed',
        possibleOptOutIds: flags.map((flag) => flag.id),
        confirmedBy: actor,
      },
    });
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor,
      action: 'conversation.possible_opt_out_confirmed',
      target: { type: 'conversation', id: conversation.id },
      details: { flagIds: flags.map((flag) => flag.id), channel, messageId: newest.messageId },
      ip: props.ip,
      at,
    });
    return {
      conversationId: conversation.id,
      resolution: 'confirmed',
      flagIds: flags.map((flag) => flag.id),
      channel,
      confirmationMessageId: replyMessageId,
      releasedMessageIds: [],
    };
  });
}

/**
 * A person read the lead's words as no revocation: the flags end, automated texting resumes, and the
 * texts held meanwhile go back to the dispatcher (which asks the gate again).
 */
export async function clearPossibleOptOut(
  ctx: AppContext,
  props: DecisionProps,
): Promise<PossibleOptOutDecision> {
  return ctx.db.transaction().execute(async (trx) => {
    const { conversation, contact } = await lockThread(trx, props);
    const at = ctx.clock.now();
    const actor = auditActor(props.by);
    const flags = await resolveStandingFlags(trx, {
      workspaceId: props.workspaceId,
      contactId: contact.id,
      resolution: 'cleared',
      resolvedBy: actor.id,
      at,
    });
    newestOf(flags);
    const released = await releaseHeldTexts(trx, ctx, {
      workspaceId: props.workspaceId,
      contactId: contact.id,
      at,
    });
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor,
      action: 'conversation.possible_opt_out_cleared',
      target: { type: 'conversation', id: conversation.id },
      details: { flagIds: flags.map((flag) => flag.id), released: released.length },
      ip: props.ip,
      at,
    });
    return {
      conversationId: conversation.id,
      resolution: 'cleared',
      flagIds: flags.map((flag) => flag.id),
      channel: null,
      confirmationMessageId: null,
      releasedMessageIds: released,
    };
  });
}

/** The conversation and its contact, the contact locked as an inbound text of theirs would lock it. */
async function lockThread(trx: Trx, props: DecisionProps) {
  const conversation = await conversationOf(trx, props.workspaceId, props.conversationId);
  const found = await findContact(trx, props.workspaceId, conversation.contactId);
  if (!found) throw notFound('Conversation');
  const contact = found.phone ? await lockContactByPhone(trx, props.workspaceId, found.phone) : found;
  return { conversation, contact: contact ?? found };
}

function newestOf(flags: readonly PossibleOptOutRow[]): PossibleOptOutRow {
  const newest = [...flags].sort(
    (a, b) => b.flaggedAt.localeCompare(a.flaggedAt) || b.id.localeCompare(a.id),
  )[0];
  if (!newest) {
    throw conflict('No possible opt-out stands on this conversation', 'no_possible_opt_out');
  }
  return newest;
}

/** Texts and calls both in doubt is a doubt about everything. */
function mergedChannel(flags: readonly PossibleOptOutRow[]): OptOutChannel {
  const channels = new Set(flags.map((flag) => flag.channel));
  if (channels.has('all') || (channels.has('sms') && channels.has('voice'))) return 'all';
  return channels.has('voice') ? 'voice' : 'sms';
}

/** Read here rather than through the leads module, which finds conversations by lead only. */
async function conversationOf(db: DbOrTrx, workspaceId: string, id: string): Promise<ConversationRow> {
  const conversation = await db
    .selectFrom('conversations')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!conversation) throw notFound('Conversation');
  return conversation;
}
