import type { AppContext } from '../http/context.js';
import { findConversationByLead, updateConversation, updateLead } from '../leads/leads.repository.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import { notFound } from '../platform/errors.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';

export interface AssistantState {
  conversationId: string;
  paused: boolean;
  pausedReason: string | null;
}

/**
 * Pauses or resumes the assistant on a lead's conversation. Pausing is what an agent's own text does
 * too; resuming happens only here, by a person's explicit choice. A lead handed off and resumed is
 * engaged again, so the assistant picks the conversation up where the profile stands.
 */
export async function setAssistantPaused(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; paused: boolean; by: Actor; ip?: string | undefined },
): Promise<AssistantState> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const { lead } = await findLeadWithContact(trx, props.workspaceId, props.leadId);
    const conversation = await findConversationByLead(trx, props.workspaceId, lead.id);
    if (!conversation) throw notFound('Conversation');
    const pausedReason = props.paused ? 'agent' : null;
    await updateConversation(trx, props.workspaceId, conversation.id, {
      assistantPaused: props.paused ? 1 : 0,
      pausedReason,
      updatedAt: at,
    });
    if (!props.paused && lead.stage === 'handed_off') {
      await updateLead(trx, props.workspaceId, lead.id, { stage: 'engaged', updatedAt: at });
    }
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: props.paused ? 'conversation.assistant_paused' : 'conversation.assistant_resumed',
      target: { type: 'lead', id: lead.id },
      ip: props.ip,
      at: now,
    });
    return { conversationId: conversation.id, paused: props.paused, pausedReason };
  });
}
