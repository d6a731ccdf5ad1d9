import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { findContact } from '../leads/leads.repository.js';
import { DAY } from '../platform/clock.js';
import { findUser } from '../workspaces/users.repository.js';
import { toCalendarAgent, workspaceZone } from './agents.js';
import { findAppointmentTypeAny } from './appointment-types.repository.js';
import { findAppointmentRow, listAppointmentRows } from './appointments.repository.js';
import type { CalendarAgent, CalendarAppointment } from './calendar.types.js';
import type { AppointmentRow } from './scheduling.table.js';

/** An appointment as calendars see it (calendar.types.ts). */
export async function toCalendarAppointment(db: DbOrTrx, row: AppointmentRow): Promise<CalendarAppointment> {
  const [contact, type] = await Promise.all([
    findContact(db, row.workspaceId, row.contactId),
    findAppointmentTypeAny(db, row.workspaceId, row.appointmentTypeId),
  ]);
  const leadName = contact?.name ?? contact?.phone ?? 'a lead';
  const typeName = type?.name ?? 'Appointment';
  const description = [
    `${typeName} with ${leadName}`,
    contact?.phone ? `Phone: ${contact.phone}` : null,
    contact?.email ? `Email: ${contact.email}` : null,
    row.notes ? `Notes: ${row.notes}` : null,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    agentId: row.agentId,
    leadId: row.leadId,
    appointmentTypeId: row.appointmentTypeId,
    title: `${typeName} with ${leadName}`,
    description,
    start: row.startAt,
    end: row.endAt,
    timezone: row.agentTimezone,
    location: { kind: row.locationKind, text: row.locationText },
    status: row.status,
    sequence: row.sequence,
    attendee: { name: contact?.name ?? null, email: contact?.email ?? null, phone: contact?.phone ?? null },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function calendarAgent(
  db: DbOrTrx,
  workspaceId: string,
  agentId: string,
): Promise<CalendarAgent | undefined> {
  const user = await findUser(db, workspaceId, agentId);
  return user ? toCalendarAgent(user, await workspaceZone(db, workspaceId)) : undefined;
}

/** One appointment for a calendar provider, or undefined when it is not the workspace's. */
export async function getCalendarAppointment(
  ctx: AppContext,
  props: { workspaceId: string; appointmentId: string },
): Promise<CalendarAppointment | undefined> {
  const row = await findAppointmentRow(ctx.db, props.workspaceId, props.appointmentId);
  return row ? toCalendarAppointment(ctx.db, row) : undefined;
}

/**
 * An agent's appointments for a calendar feed (the ICS provider): cancelled ones included, so a feed
 * can carry STATUS:CANCELLED. Defaults to 30 days back and a year ahead.
 */
export async function listAppointmentsForCalendar(
  ctx: AppContext,
  props: { workspaceId: string; agentId: string; from?: Date; to?: Date },
): Promise<CalendarAppointment[]> {
  const now = ctx.clock.now().getTime();
  const rows = await listAppointmentRows(ctx.db, props.workspaceId, {
    from: (props.from ?? new Date(now - 30 * DAY)).toISOString(),
    to: (props.to ?? new Date(now + 366 * DAY)).toISOString(),
    agentIds: [props.agentId],
    limit: 5000,
  });
  return Promise.all(rows.map((row) => toCalendarAppointment(ctx.db, row)));
}
