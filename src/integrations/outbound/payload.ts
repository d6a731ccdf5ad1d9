import type { DbOrTrx } from '../../db/database.js';
import { fromJson } from '../../db/schema.js';
import type { DomainEventRow } from '../../jobs/domain-events.js';
import { findContact, findLead, findLeadByContact } from '../../leads/leads.repository.js';
import { findMessage } from '../../messaging/messaging.repository.js';
import { findAppointmentRow } from '../../scheduling/appointments.repository.js';
import { findCall } from '../../voice/calls.repository.js';

/**
 * The body of an event as endpoints receive it: `{type, timestamp, data}` as Standard Webhooks suggests,
 * with the ids and a snapshot of the lead (and of the message, appointment or call) as they stand when the
 * event is dispatched. A phone number only goes to an endpoint the admin marked as the workspace's own.
 */
export interface EventPayload {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

export async function buildEventPayload(
  db: DbOrTrx,
  event: DomainEventRow,
  options: { includePhone: boolean },
): Promise<EventPayload> {
  const { workspaceId } = event;
  const lead = event.leadId
    ? await findLead(db, workspaceId, event.leadId)
    : event.contactId
      ? await findLeadByContact(db, workspaceId, event.contactId)
      : undefined;
  const contactId = lead?.contactId ?? event.contactId;
  const contact = contactId ? await findContact(db, workspaceId, contactId) : undefined;
  const data: Record<string, unknown> = {
    eventId: event.id,
    workspaceId,
    leadId: lead?.id ?? event.leadId,
    ...fromJson<Record<string, unknown>>(event.data),
  };
  if (lead)
    data.lead = {
      id: lead.id,
      name: contact?.name ?? null,
      email: contact?.email ?? null,
      ...(options.includePhone ? { phone: contact?.phone ?? null } : {}),
      stage: lead.stage,
      leadType: lead.leadType,
      source: lead.source,
      score: lead.score,
      tags: fromJson<string[] | null>(lead.tags) ?? [],
      assignedUserId: lead.assignedUserId,
      receivedAt: lead.receivedAt,
      updatedAt: lead.updatedAt,
    };
  if (event.subjectId) Object.assign(data, await subjectSnapshot(db, event, event.subjectId));
  return { type: event.type, timestamp: event.occurredAt, data };
}

async function subjectSnapshot(
  db: DbOrTrx,
  event: DomainEventRow,
  subjectId: string,
): Promise<Record<string, unknown>> {
  const { workspaceId } = event;
  if (event.type.startsWith('message.')) {
    const message = await findMessage(db, workspaceId, subjectId);
    if (!message) return { messageId: subjectId };
    return {
      messageId: message.id,
      message: {
        id: message.id,
        direction: message.direction,
        author: message.author,
        kind: message.kind,
        body: message.body,
        status: message.status,
        createdAt: message.createdAt,
        sentAt: message.sentAt,
      },
    };
  }
  if (event.type.startsWith('appointment.')) {
    const appointment = await findAppointmentRow(db, workspaceId, subjectId);
    if (!appointment) return { appointmentId: subjectId };
    return {
      appointmentId: appointment.id,
      appointment: {
        id: appointment.id,
        agentId: appointment.agentId,
        appointmentTypeId: appointment.appointmentTypeId,
        startAt: appointment.startAt,
        endAt: appointment.endAt,
        status: appointment.status,
        location: appointment.locationKind,
        sequence: appointment.sequence,
      },
    };
  }
  if (event.type === 'call.completed') {
    const call = await findCall(db, workspaceId, subjectId);
    if (!call) return { callId: subjectId };
    return {
      callId: call.id,
      call: {
        id: call.id,
        direction: call.direction,
        status: call.status,
        outcome: call.outcome,
        startedAt: call.startedAt,
        endedAt: call.endedAt,
        durationSeconds: call.durationSeconds,
      },
    };
  }
  return { subjectId };
}
