import type { SendKind, SendPurpose } from '../consent/gate.js';
import type { DbOrTrx } from '../db/database.js';
import { fromJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import {
  findContact,
  findConversationByLead,
  findLead,
  insertConversation,
} from '../leads/leads.repository.js';
import type { ContactRow, ConversationRow } from '../leads/leads.table.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import type { MessageRow } from '../messaging/messaging.table.js';
import { queueOutbound } from '../messaging/outbox.service.js';
import { newId } from '../platform/ids.js';
import { findUser } from '../workspaces/users.repository.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { formatWhen, formatWhere, type TextFields, type TextLanguage } from './appointment-texts.js';
import { findAppointmentTypeAny } from './appointment-types.repository.js';
import type { AppointmentRow } from './scheduling.table.js';

/** The fields every scheduling text is worded from, read in the caller's transaction. */
export async function textFields(
  db: DbOrTrx,
  appointment: AppointmentRow,
): Promise<TextFields & { contact: ContactRow }> {
  const [workspace, contact, type, agent, lang] = await Promise.all([
    loadWorkspaceMessaging(db, appointment.workspaceId),
    findContact(db, appointment.workspaceId, appointment.contactId),
    findAppointmentTypeAny(db, appointment.workspaceId, appointment.appointmentTypeId),
    findUser(db, appointment.workspaceId, appointment.agentId),
    leadLanguage(db, appointment.workspaceId, appointment.leadId),
  ]);
  if (!contact) throw new Error(`Contact of appointment ${appointment.id} not found`);
  return {
    lang,
    contact,
    businessName: workspace.settings.businessName ?? workspace.workspaceName,
    firstName: contact.firstName,
    typeName: type?.name ?? 'Appointment',
    agentName: agent?.name ?? 'our agent',
    when: formatWhen(appointment.startAt, appointment.leadTimezone, lang),
    where: formatWhere(appointment.locationKind, appointment.locationText, lang),
  };
}

/**
 * The language the lead's conversation is in: Spanish when the lead writes Spanish (the conversation
 * keeps it as `language` on the lead's profile) and the workspace answers in the lead's language
 * (`conversation.replyInLeadLanguage`, on unless switched off), else English.
 */
export async function leadLanguage(db: DbOrTrx, workspaceId: string, leadId: string): Promise<TextLanguage> {
  const [lead, workspace] = await Promise.all([
    findLead(db, workspaceId, leadId),
    findWorkspace(db, workspaceId),
  ]);
  const profile = fromJson<{ language?: unknown } | null>(lead?.profile ?? null);
  if (profile?.language !== 'es') return 'en';
  const settings = fromJson<{ conversation?: { replyInLeadLanguage?: unknown } } | null>(
    workspace?.settings ?? null,
  );
  return settings?.conversation?.replyInLeadLanguage === false ? 'en' : 'es';
}

/** The lead's SMS conversation; intake makes it, an older lead without one gets it here. */
async function conversationOf(
  db: DbOrTrx,
  appointment: AppointmentRow,
  at: string,
): Promise<ConversationRow> {
  const existing = await findConversationByLead(db, appointment.workspaceId, appointment.leadId);
  if (existing) return existing;
  const conversation: ConversationRow = {
    id: newId(),
    workspaceId: appointment.workspaceId,
    leadId: appointment.leadId,
    contactId: appointment.contactId,
    channel: 'sms',
    assistantPaused: 0,
    pausedReason: null,
    lastMessageAt: null,
    createdAt: at,
    updatedAt: at,
  };
  await insertConversation(db, conversation);
  return conversation;
}

/** A scheduling text to the lead, through the outbox and so through the compliance gate. */
export async function textLead(
  db: DbOrTrx,
  ctx: AppContext,
  props: {
    appointment: AppointmentRow;
    contact: ContactRow;
    body: string;
    kind: SendKind;
    purpose: SendPurpose;
    directReply?: boolean;
    idempotencyKey: string;
  },
): Promise<MessageRow> {
  const workspace = await loadWorkspaceMessaging(db, props.appointment.workspaceId);
  const conversation = await conversationOf(db, props.appointment, ctx.clock.now().toISOString());
  const { message } = await queueOutbound(db, ctx, {
    workspace,
    contact: props.contact,
    leadId: props.appointment.leadId,
    conversationId: conversation.id,
    body: props.body,
    kind: props.kind,
    purpose: props.purpose,
    author: 'system',
    directReply: props.directReply ?? false,
    idempotencyKey: props.idempotencyKey,
  });
  return message;
}
