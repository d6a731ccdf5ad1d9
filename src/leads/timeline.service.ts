import { listConsentEvents } from '../consent/consent.repository.js';
import { HANDOFF_LABELS } from '../conversations/summary.js';
import { listTurns } from '../conversations/turns.repository.js';
import { fromJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { listLeadMessages } from '../messaging/messaging.repository.js';
import type { MessageRow } from '../messaging/messaging.table.js';
import { listAppointmentRows } from '../scheduling/appointments.repository.js';
import { listCallsForLead } from '../voice/calls.repository.js';
import { listUsers } from '../workspaces/users.repository.js';
import type { AuditLogRow } from '../workspaces/workspaces.table.js';
import { THREAD_LIMIT } from './lead-messages.service.js';
import { listInquiries } from './leads.repository.js';
import { findLeadWithContact } from './leads.service.js';
import { listNotes } from './notes.repository.js';
import { listAuditForTargets } from './timeline.repository.js';
import type { TimelineEntry, TimelineKind } from './timeline.schema.js';

// Ties at the same instant read in cause-and-effect order: the inquiry, then what it started.
const ORDER: Record<TimelineKind, number> = {
  inquiry: 0,
  consent: 1,
  assignment: 2,
  stage: 3,
  message: 4,
  handoff: 5,
  assistant: 6,
  appointment: 7,
  note: 8,
  call: 4,
};

const WHO: Record<MessageRow['author'], string> = {
  lead: 'the lead',
  assistant: 'the assistant',
  agent: 'an agent',
  system: 'the system',
};

function messageEntry(row: MessageRow): TimelineEntry {
  const held = row.status === 'blocked' || row.status === 'deferred';
  const summary =
    row.direction === 'inbound'
      ? 'Text from the lead'
      : held
        ? `Text by ${WHO[row.author]} ${row.status}: ${row.gateReason ?? 'no reason recorded'}`
        : `Text by ${WHO[row.author]}, ${row.status}`;
  return {
    at: row.createdAt,
    kind: 'message',
    summary,
    data: {
      messageId: row.id,
      body: row.body,
      direction: row.direction,
      author: row.author,
      messageKind: row.kind,
      status: row.status,
      gateReason: held ? row.gateReason : null,
      ...(row.status === 'deferred' ? { deferUntil: row.sendAfter } : {}),
    },
  };
}

const APPOINTMENT_CHANGES: Record<string, string> = {
  'appointment.booked': 'booked',
  'appointment.rescheduled': 'moved',
  'appointment.cancelled': 'cancelled',
  'appointment.status_changed': 'status',
};

function auditEntry(row: AuditLogRow, names: Map<string, string>): TimelineEntry | null {
  const details = fromJson<Record<string, unknown> | null>(row.details) ?? {};
  const base = { at: row.createdAt, data: { ...details, actorType: row.actorType, actorId: row.actorId } };
  switch (row.action) {
    case 'lead.stage_changed':
      return { ...base, kind: 'stage', summary: `Stage ${String(details.from)} → ${String(details.to)}` };
    case 'lead.assigned': {
      const nameOf = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? null) : null);
      const toName = nameOf(details.to);
      return {
        ...base,
        kind: 'assignment',
        summary: details.to ? `Assigned to ${toName ?? 'a former user'}` : 'Unassigned',
        data: { ...base.data, fromName: nameOf(details.from), toName },
      };
    }
    case 'conversation.assistant_paused':
      return {
        ...base,
        kind: 'assistant',
        summary: 'Assistant paused',
        data: { ...base.data, paused: true },
      };
    case 'conversation.assistant_resumed':
      return {
        ...base,
        kind: 'assistant',
        summary: 'Assistant resumed',
        data: { ...base.data, paused: false },
      };
  }
  const change = APPOINTMENT_CHANGES[row.action];
  if (change && row.targetId) {
    const summary =
      change === 'status'
        ? `Appointment marked ${String(details.to)}`
        : `Appointment ${change}${typeof details.start === 'string' ? ` for ${details.start}` : ''}`;
    return {
      ...base,
      kind: 'appointment',
      summary,
      data: { ...base.data, appointmentId: row.targetId, change },
    };
  }
  return null;
}

/** Everything that happened to a lead, oldest first, gathered from the records each module keeps. */
export async function leadTimeline(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string },
): Promise<TimelineEntry[]> {
  const { workspaceId } = props;
  const { lead, contact } = await findLeadWithContact(ctx.db, workspaceId, props.leadId);
  const [inquiries, messages, consent, turns, notes, appointments] = await Promise.all([
    listInquiries(ctx.db, workspaceId, lead.id),
    listLeadMessages(ctx.db, workspaceId, lead.id, THREAD_LIMIT),
    listConsentEvents(ctx.db, workspaceId, contact.id),
    listTurns(ctx.db, workspaceId, lead.id, THREAD_LIMIT),
    listNotes(ctx.db, workspaceId, lead.id),
    listAppointmentRows(ctx.db, workspaceId, {
      from: '1970-01-01T00:00:00.000Z',
      to: '9999-12-31T00:00:00.000Z',
      leadId: lead.id,
    }),
  ]);
  const calls = await listCallsForLead(ctx.db, workspaceId, lead.id, THREAD_LIMIT);
  const [audits, users] = await Promise.all([
    listAuditForTargets(ctx.db, workspaceId, [
      { type: 'lead', ids: [lead.id] },
      { type: 'appointment', ids: appointments.map((a) => a.id) },
    ]),
    listUsers(ctx.db, workspaceId),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));

  const entries: TimelineEntry[] = [
    ...inquiries.map(
      (row): TimelineEntry => ({
        at: row.receivedAt,
        kind: 'inquiry',
        summary: `Inquiry from ${row.source} by ${row.channel}`,
        data: { inquiryId: row.id, source: row.source, channel: row.channel, message: row.message },
      }),
    ),
    ...messages.map(messageEntry),
    ...consent.map(
      (row): TimelineEntry => ({
        at: row.createdAt,
        kind: 'consent',
        summary: `${row.channel.toUpperCase()} ${row.purpose} consent ${row.action} (${row.source})`,
        data: {
          consentEventId: row.id,
          channel: row.channel,
          purpose: row.purpose,
          action: row.action,
          source: row.source,
        },
      }),
    ),
    ...turns
      .filter((row) => row.handoffReason !== null)
      .map(
        (row): TimelineEntry => ({
          at: row.createdAt,
          kind: 'handoff',
          summary: `Handed to the team: ${row.handoffReason ? HANDOFF_LABELS[row.handoffReason] : ''}`,
          data: { reason: row.handoffReason, messageId: row.inboundMessageId },
        }),
      ),
    ...notes.map(
      (row): TimelineEntry => ({
        at: row.createdAt,
        kind: 'note',
        summary: `Note by ${row.authorName ?? 'an integration'}`,
        data: { noteId: row.id, authorId: row.authorId, authorName: row.authorName, body: row.body },
      }),
    ),
    ...audits.flatMap((row) => auditEntry(row, names) ?? []),
    ...calls.map(
      (row): TimelineEntry => ({
        at: row.startedAt,
        kind: 'call',
        summary: `${row.direction === 'inbound' ? 'Call from the lead' : 'Call to the lead'}${row.outcome ? `: ${row.outcome.replaceAll('_', ' ')}` : ''}${transferWords(row.transferAttempts)}`,
        data: {
          callId: row.id,
          direction: row.direction,
          outcome: row.outcome,
          durationSeconds: row.durationSeconds,
          transfers: fromJson<unknown[] | null>(row.transferAttempts ?? null) ?? [],
        },
      }),
    ),
  ];
  return entries.sort((a, b) => (a.at === b.at ? ORDER[a.kind] - ORDER[b.kind] : a.at < b.at ? -1 : 1));
}

/** Each try at putting the caller through to a person, in a few words: "; transfer: no answer, bridged". */
function transferWords(attempts: unknown): string {
  const list = fromJson<{ status: string }[] | null>(attempts ?? null) ?? [];
  return list.length > 0 ? `; transfer: ${list.map((a) => a.status.replaceAll('_', ' ')).join(', ')}` : '';
}
