import type { Trx } from '../db/database.js';
import { newId } from '../platform/ids.js';
import { findConversationByLead, insertConversation } from './leads.repository.js';
import type { ConversationRow, LeadRow } from './leads.table.js';

/** The lead's SMS conversation, made on first need (intake makes it; older rows may lack one). */
export async function conversationForLead(trx: Trx, lead: LeadRow, at: string): Promise<ConversationRow> {
  const existing = await findConversationByLead(trx, lead.workspaceId, lead.id);
  if (existing) return existing;
  const conversation: ConversationRow = {
    id: newId(new Date(at).getTime()),
    workspaceId: lead.workspaceId,
    leadId: lead.id,
    contactId: lead.contactId,
    channel: 'sms',
    assistantPaused: 0,
    pausedReason: null,
    lastMessageAt: null,
    createdAt: at,
    updatedAt: at,
  };
  await insertConversation(trx, conversation);
  return conversation;
}
