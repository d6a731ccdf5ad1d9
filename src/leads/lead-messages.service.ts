import type { AppContext } from '../http/context.js';
import { listLeadMessages } from '../messaging/messaging.repository.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import type { MessageRow } from '../messaging/messaging.table.js';
import { queueOutbound } from '../messaging/outbox.service.js';
import { conflict } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { conversationForLead } from './conversation-for-lead.js';
import { updateConversation, updateLead } from './leads.repository.js';
import { findLeadWithContact } from './leads.service.js';

/** The most of a thread one request returns, oldest first. */
export const THREAD_LIMIT = 1000;

export async function listThread(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string },
): Promise<MessageRow[]> {
  const { lead } = await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  return listLeadMessages(ctx.db, props.workspaceId, lead.id, THREAD_LIMIT);
}

export interface AgentMessageProps {
  workspaceId: string;
  leadId: string;
  body: string;
  /** The client's Idempotency-Key: a retried request returns the first message instead of a second text. */
  idempotencyKey?: string | undefined;
}

/**
 * A text an agent writes. It passes the same gate as an automated one (consent, opt-out, quiet hours;
 * not the automated caps), and the agent taking over pauses the assistant on the conversation, in the
 * same transaction, so the assistant cannot answer over the agent.
 */
export async function sendAgentMessage(ctx: AppContext, props: AgentMessageProps): Promise<MessageRow> {
  const workspace = await loadWorkspaceMessaging(ctx.db, props.workspaceId);
  return ctx.db.transaction().execute(async (trx) => {
    const { lead, contact } = await findLeadWithContact(trx, props.workspaceId, props.leadId);
    const conversation = await conversationForLead(trx, lead, ctx.clock.now().toISOString());
    const key = props.idempotencyKey
      ? `manual:${props.workspaceId}:${props.idempotencyKey}`
      : `manual:${newId(ctx.clock.now().getTime())}`;
    const { message } = await queueOutbound(trx, ctx, {
      workspace,
      contact,
      leadId: lead.id,
      conversationId: conversation.id,
      body: props.body,
      kind: 'manual',
      purpose: 'conversational',
      author: 'agent',
      directReply: false,
      idempotencyKey: key,
    });
    if (message.leadId !== lead.id || message.body !== props.body) {
      throw conflict('This Idempotency-Key was already used for another message', 'idempotency_key_reused');
    }
    const at = message.createdAt;
    await updateConversation(trx, props.workspaceId, conversation.id, {
      assistantPaused: 1,
      pausedReason: 'agent_message',
      lastMessageAt: at,
      updatedAt: ctx.clock.now().toISOString(),
    });
    await updateLead(trx, props.workspaceId, lead.id, { lastActivityAt: at, updatedAt: at });
    return message;
  });
}
