import { holdRulesOf, lastLeadTextAt } from '../consent/gate.conversation.js';
import { evaluateGate, type GateDecision, type HoldRule } from '../consent/gate.js';
import type { AppContext } from '../http/context.js';
import { listLeadMessages } from '../messaging/messaging.repository.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import type { MessageRow } from '../messaging/messaging.table.js';
import { queueOutbound } from '../messaging/outbox.service.js';
import { conflict, unprocessable } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { conversationForLead } from './conversation-for-lead.js';
import type { SendWindow } from './lead-messages.schema.js';
import { updateConversation, updateLead } from './leads.repository.js';
import { findLeadWithContact } from './leads.service.js';

/** The most of a thread one request returns, oldest first. */
export const THREAD_LIMIT = 1000;

/** The thread, with the rule behind each held text. */
export async function listThread(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string },
): Promise<{ messages: MessageRow[]; rules: Map<string, HoldRule> }> {
  const { lead } = await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  const messages = await listLeadMessages(ctx.db, props.workspaceId, lead.id, THREAD_LIMIT);
  const held = messages.filter((m) => m.status === 'deferred').map((m) => m.id);
  return { messages, rules: await holdRulesOf(ctx.db, props.workspaceId, held) };
}

/**
 * What the gate would do with a text an agent sends now, asked twice: as it stands, and with "send
 * anyway", which says whether a person may send past every rule holding it. Nothing is stored.
 */
export async function sendWindow(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string },
): Promise<SendWindow> {
  const { contact } = await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  const workspace = await loadWorkspaceMessaging(ctx.db, props.workspaceId);
  const now = ctx.clock.now();
  const ask = (sendAnyway: boolean) =>
    evaluateGate(ctx.db, {
      workspaceId: props.workspaceId,
      contact,
      kind: 'manual',
      purpose: 'conversational',
      directReply: false,
      now,
      settings: workspace.settings,
      workspaceTimezone: workspace.timezone,
      sendAnyway,
    });
  const decision = await ask(false);
  const anyway = decision.outcome === 'deferred' ? await ask(true) : null;
  const leadWroteAt = await lastLeadTextAt(ctx.db, {
    workspaceId: props.workspaceId,
    contactId: contact.id,
    before: now,
  });
  return {
    sendsNow: decision.outcome === 'allowed',
    outcome: decision.outcome,
    reason: decision.reason,
    holdUntil: decision.deferUntil?.toISOString() ?? null,
    rule: decision.rule ?? null,
    sendAnyway:
      decision.outcome === 'allowed'
        ? 'not_needed'
        : anyway?.outcome === 'allowed'
          ? 'allowed'
          : 'not_allowed',
    leadWroteAt: leadWroteAt?.toISOString() ?? null,
  };
}

export interface AgentMessageProps {
  workspaceId: string;
  leadId: string;
  body: string;
  /** The client's Idempotency-Key: a retried request returns the first message instead of a second text. */
  idempotencyKey?: string | undefined;
  /** Send now past the rules a person may pass, for this reason (audited). */
  sendAnyway?: { reason: string } | undefined;
  by?: Actor | undefined;
  ip?: string | undefined;
}

export interface SentAgentMessage {
  row: MessageRow;
  /** The rule holding it, when it is held. */
  rule: HoldRule | null;
}

function refuseSendAnyway(decision: GateDecision): never {
  const what =
    decision.outcome === 'blocked'
      ? 'No text may go to this lead'
      : `${decision.rule?.label ?? 'A rule'} does not let anyone send past it`;
  throw unprocessable(
    `${what}; nothing was sent or kept`,
    {
      reason: decision.reason,
      holdUntil: decision.deferUntil?.toISOString() ?? null,
      rule: decision.rule ?? null,
    },
    'send_anyway_not_allowed',
  );
}

/**
 * A text an agent writes. It passes the same gate as an automated one (consent, opt-out, calling hours,
 * the state limits; not the workspace's caps on automation), and the agent taking over pauses the assistant
 * on the conversation, in the same transaction, so the assistant cannot answer over the agent.
 *
 * With `sendAnyway`, a text the gate would hold goes now if every rule holding it lets a person past it; the
 * reason is written to the audit log in the same commit. If any rule does not (or the lead cannot be texted
 * at all), 422 and nothing is kept: the agent decides again rather than finding a held text later.
 */
export async function sendAgentText(ctx: AppContext, props: AgentMessageProps): Promise<SentAgentMessage> {
  const workspace = await loadWorkspaceMessaging(ctx.db, props.workspaceId);
  return ctx.db.transaction().execute(async (trx) => {
    const { lead, contact } = await findLeadWithContact(trx, props.workspaceId, props.leadId);
    const conversation = await conversationForLead(trx, lead, ctx.clock.now().toISOString());
    const key = props.idempotencyKey
      ? `manual:${props.workspaceId}:${props.idempotencyKey}`
      : `manual:${newId(ctx.clock.now().getTime())}`;
    const { message, created, decision } = await queueOutbound(trx, ctx, {
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
      ...(props.sendAnyway && { sendAnyway: true }),
    });
    if (message.leadId !== lead.id || message.body !== props.body) {
      throw conflict('This Idempotency-Key was already used for another message', 'idempotency_key_reused');
    }
    if (created && props.sendAnyway) {
      if (decision.outcome !== 'allowed') refuseSendAnyway(decision);
      if (decision.reason === 'sent_anyway') {
        await audit(trx, {
          workspaceId: props.workspaceId,
          actor: auditActor(props.by),
          action: 'message.sent_anyway',
          target: { type: 'message', id: message.id },
          details: {
            leadId: lead.id,
            reason: props.sendAnyway.reason,
            passed: decision.details.overridden,
          },
          ip: props.ip,
          at: ctx.clock.now(),
        });
      }
    }
    const at = message.createdAt;
    await updateConversation(trx, props.workspaceId, conversation.id, {
      assistantPaused: 1,
      pausedReason: 'agent_message',
      lastMessageAt: at,
      updatedAt: ctx.clock.now().toISOString(),
    });
    await updateLead(trx, props.workspaceId, lead.id, { lastActivityAt: at, updatedAt: at });
    return { row: message, rule: message.status === 'deferred' ? (decision.rule ?? null) : null };
  });
}

/** The stored text alone (see `sendAgentText`). */
export async function sendAgentMessage(ctx: AppContext, props: AgentMessageProps): Promise<MessageRow> {
  return (await sendAgentText(ctx, props)).row;
}
