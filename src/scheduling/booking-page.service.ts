import { DateTime } from 'luxon';
import type { AppContext } from '../http/context.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { notFound } from '../platform/errors.js';
import { findUser } from '../workspaces/users.repository.js';
import { activeAgents, workspaceZone } from './agents.js';
import { rescheduleAppointment } from './appointment-changes.service.js';
import { formatWhen, formatWhere } from './appointment-texts.js';
import { findAppointmentTypeAny, listTypeAgents } from './appointment-types.repository.js';
import { findAppointmentRow, OPEN_STATUSES } from './appointments.repository.js';
import type { Appointment } from './appointments.schema.js';
import { bookSlot, leadZoneOf } from './booking.service.js';
import { resolveBookingLink } from './booking-links.service.js';
import type { AppointmentRow, AppointmentTypeRow, BookingLinkRow } from './scheduling.table.js';
import { findSlots } from './slots.service.js';

/** How many days one page shows, and how far ahead the pages go. */
export const PAGE_DAYS = 7;
const MAX_DAYS_AHEAD = 60;

export interface BookingPageDay {
  date: string;
  label: string;
  slots: { start: string; label: string }[];
}

export interface BookingPageView {
  businessName: string;
  typeName: string;
  durationMinutes: number;
  where: string;
  zone: string;
  /** The appointment this link booked, while it is still to come. */
  booked: { when: string; agentName: string } | null;
  days: BookingPageDay[];
  /** YYYY-MM-DD of the previous and next pages, or null. */
  previous: string | null;
  next: string | null;
}

interface LinkContext {
  link: BookingLinkRow;
  type: AppointmentTypeRow;
  zone: string;
  businessName: string;
  open: AppointmentRow | null;
}

async function linkContext(ctx: AppContext, token: string, tz: string | undefined): Promise<LinkContext> {
  const link = await resolveBookingLink(ctx, token);
  const { contact } = await findLeadWithContact(ctx.db, link.workspaceId, link.leadId);
  const type = await findAppointmentTypeAny(ctx.db, link.workspaceId, link.appointmentTypeId);
  if (!type) throw notFound('Booking link');
  const workspace = await loadWorkspaceMessaging(ctx.db, link.workspaceId);
  const appointment = link.appointmentId
    ? await findAppointmentRow(ctx.db, link.workspaceId, link.appointmentId)
    : undefined;
  const open =
    appointment && (OPEN_STATUSES as readonly string[]).includes(appointment.status) ? appointment : null;
  return {
    link,
    type,
    zone: tz ?? leadZoneOf(contact, await workspaceZone(ctx.db, link.workspaceId)),
    businessName: workspace.settings.businessName ?? workspace.workspaceName,
    open,
  };
}

/** The page behind a booking link: a week of free times in the lead's zone, one button each. */
export async function loadBookingPage(
  ctx: AppContext,
  props: { token: string; day?: string | undefined; tz?: string | undefined },
): Promise<BookingPageView> {
  const c = await linkContext(ctx, props.token, props.tz);
  const now = ctx.clock.now();
  const today = DateTime.fromJSDate(now).setZone(c.zone).startOf('day');
  const asked = props.day ? DateTime.fromISO(props.day, { zone: c.zone }).startOf('day') : today;
  const first = asked.isValid && asked > today ? asked : today;
  const from = new Date(Math.max(first.toMillis(), now.getTime()));
  const to = first.plus({ days: PAGE_DAYS }).toJSDate();
  const agents = await activeAgents(ctx.db, c.link.workspaceId);
  const takers = c.open
    ? [c.open.agentId]
    : (await listTypeAgents(ctx.db, c.link.workspaceId, [c.type.id]))
        .map((t) => t.agentId)
        .filter((id) => agents.has(id));
  const slots =
    c.type.active || c.open
      ? await findSlots(ctx, {
          workspaceId: c.link.workspaceId,
          agentIds: takers,
          durationMinutes: c.type.durationMinutes,
          stepMinutes: c.type.slotStepMinutes,
          from,
          to,
          excludeAppointmentId: c.open?.id,
        })
      : [];
  const days = new Map<string, BookingPageDay>();
  const seen = new Set<number>();
  for (const slot of slots) {
    if (seen.has(slot.start.getTime())) continue;
    seen.add(slot.start.getTime());
    const local = DateTime.fromJSDate(slot.start).setZone(c.zone).setLocale('en-US');
    const date = local.toISODate() as string;
    const day = days.get(date) ?? { date, label: local.toFormat('cccc, LLLL d'), slots: [] };
    day.slots.push({ start: slot.start.toISOString(), label: local.toFormat('h:mm a') });
    days.set(date, day);
  }
  const agent = c.open ? await findUser(ctx.db, c.link.workspaceId, c.open.agentId) : undefined;
  const next = first.plus({ days: PAGE_DAYS });
  return {
    businessName: c.businessName,
    typeName: c.type.name,
    durationMinutes: c.type.durationMinutes,
    where: formatWhere(c.type.locationKind, c.type.locationText).trim(),
    zone: c.zone,
    booked: c.open ? { when: formatWhen(c.open.startAt, c.zone), agentName: agent?.name ?? '' } : null,
    days: [...days.values()],
    previous:
      first > today ? (DateTime.max(today, first.minus({ days: PAGE_DAYS })).toISODate() as string) : null,
    next: next < today.plus({ days: MAX_DAYS_AHEAD }) ? (next.toISODate() as string) : null,
  };
}

export interface BookingPageResult {
  appointment: Appointment;
  when: string;
  where: string;
  agentName: string;
  businessName: string;
  typeName: string;
  rescheduled: boolean;
}

/** Books the time picked on the page, or moves the appointment the link already booked. */
export async function submitBookingPage(
  ctx: AppContext,
  props: { token: string; start: string; tz?: string | undefined; ip?: string | undefined },
): Promise<BookingPageResult> {
  const c = await linkContext(ctx, props.token, props.tz);
  const appointment = c.open
    ? await rescheduleAppointment(ctx, {
        workspaceId: c.link.workspaceId,
        appointmentId: c.open.id,
        start: props.start,
        via: 'booking_page',
        notifyLead: true,
        ip: props.ip,
      })
    : await bookSlot(ctx, {
        workspaceId: c.link.workspaceId,
        leadId: c.link.leadId,
        appointmentTypeId: c.type.id,
        start: props.start,
        via: 'booking_page',
        notifyLead: true,
        bookingLinkId: c.link.id,
        ip: props.ip,
      });
  const agent = await findUser(ctx.db, c.link.workspaceId, appointment.agentId);
  return {
    appointment,
    when: formatWhen(appointment.start, c.zone),
    where: formatWhere(appointment.location.kind, appointment.location.text).trim(),
    agentName: agent?.name ?? '',
    businessName: c.businessName,
    typeName: c.type.name,
    rescheduled: c.open !== null,
  };
}
