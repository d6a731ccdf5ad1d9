import { DateTime } from 'luxon';
import type { AppContext } from '../http/context.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import { DAY } from '../platform/clock.js';
import { notFound } from '../platform/errors.js';
import { activeAgents, workspaceZone } from './agents.js';
import { formatWhen, type TextLanguage } from './appointment-texts.js';
import {
  findAppointmentType,
  findAppointmentTypeAny,
  listTypeAgents,
} from './appointment-types.repository.js';
import { findAppointmentRow } from './appointments.repository.js';
import { leadZoneOf } from './booking.service.js';
import type { Slot } from './slots.js';
import { inZone } from './slots.js';
import { findSlots } from './slots.service.js';

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

export interface SlotPreferences {
  /** ISO weekdays in the lead's zone: 1 = Monday … 7 = Sunday. */
  weekdays?: readonly number[] | undefined;
  /** In the lead's zone: morning before 12:00, afternoon 12:00–17:00, evening from 17:00. */
  partsOfDay?: readonly PartOfDay[] | undefined;
  /** Only slots starting at or after this instant ("after 3pm tomorrow"). */
  notBefore?: Date | undefined;
  /** Only slots starting before this instant. */
  notAfter?: Date | undefined;
}

export interface OfferedSlot {
  /** The start with the lead's offset, e.g. `2026-03-10T16:00:00-05:00`; pass it back to bookSlot as is. */
  start: string;
  end: string;
  /** The agent this slot is with; pass it to bookSlot to book exactly what was offered. */
  agentId: string;
  /** "Tue, Mar 10 at 4:00 PM CDT", in the lead's zone (Spanish: "el martes 10 de marzo a las 4 de la tarde (CDT)"). */
  label: string;
}

export interface SlotOffer {
  /** The lead's zone, in which starts and labels are written. */
  timezone: string;
  slots: OfferedSlot[];
}

export interface OfferSlotsProps {
  workspaceId: string;
  leadId: string;
  appointmentTypeId: string;
  /** How many to offer (default 3). */
  count?: number | undefined;
  /** At most this many on one day of the lead's zone (default `MAX_PER_DAY`; 3 for "times on Thursday"). */
  perDay?: number | undefined;
  /** Search window; default now to now + 14 days. */
  from?: Date | undefined;
  to?: Date | undefined;
  preferences?: SlotPreferences | undefined;
  /** Offer new times for this appointment (its agent, its own time left out), for a reschedule. */
  rescheduleOf?: string | undefined;
  /** The language of the labels (English by default). */
  lang?: TextLanguage | undefined;
}

/** Offered times are this far apart, and at most this many fall on one day, so the choices differ. */
export const MIN_GAP_MS = 2 * 60 * 60_000;
export const MAX_PER_DAY = 2;

const partOf = (hour: number): PartOfDay => (hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening');

/**
 * Two or three concrete times for the conversation to offer, in the lead's zone, spread out (two hours
 * apart at least, two a day at most), soonest first, so "none of those" has real alternatives.
 * The lead's own agent is preferred when they take the type and are free at that time.
 */
export async function offerSlots(ctx: AppContext, props: OfferSlotsProps): Promise<SlotOffer> {
  const { workspaceId } = props;
  const { lead, contact } = await findLeadWithContact(ctx.db, workspaceId, props.leadId);
  const zone = leadZoneOf(contact, await workspaceZone(ctx.db, workspaceId));
  const moving = props.rescheduleOf
    ? await findAppointmentRow(ctx.db, workspaceId, props.rescheduleOf)
    : undefined;
  if (props.rescheduleOf && (!moving || moving.leadId !== lead.id)) throw notFound('Appointment');
  const type = moving
    ? await findAppointmentTypeAny(ctx.db, workspaceId, moving.appointmentTypeId)
    : await findAppointmentType(ctx.db, workspaceId, props.appointmentTypeId);
  if (!type) throw notFound('Appointment type');
  const agents = await activeAgents(ctx.db, workspaceId);
  const takers = (await listTypeAgents(ctx.db, workspaceId, [type.id]))
    .map((t) => t.agentId)
    .filter((id) => agents.has(id));
  const now = ctx.clock.now();
  const from = new Date(
    Math.max((props.from ?? now).getTime(), props.preferences?.notBefore?.getTime() ?? 0),
  );
  const to = props.to ?? new Date(from.getTime() + 14 * DAY);
  const until =
    props.preferences?.notAfter && props.preferences.notAfter < to ? props.preferences.notAfter : to;
  if (until <= from) return { timezone: zone, slots: [] };
  const slots = await findSlots(ctx, {
    workspaceId,
    agentIds: moving ? [moving.agentId] : takers,
    durationMinutes: type.durationMinutes,
    stepMinutes: type.slotStepMinutes,
    from,
    to: until,
    excludeAppointmentId: moving?.id,
  });
  // Moving an appointment: its own time is free to build around, but it is no new time to offer.
  const current = moving ? Date.parse(moving.startAt) : null;
  const open = current === null ? slots : slots.filter((slot) => slot.start.getTime() !== current);
  return { timezone: zone, slots: pickSpread(open, { ...props, zone, ownerId: lead.assignedUserId }) };
}

/**
 * Picks up to `count` of the free slots, soonest first: any two picked are at least two hours apart and
 * at most two fall on one day of the lead's zone. When the free time is too bunched for `count` such
 * slots, fewer are offered rather than two close together (the booking link covers the rest).
 */
export function pickSpread(
  slots: readonly Slot[],
  props: {
    count?: number | undefined;
    perDay?: number | undefined;
    preferences?: SlotPreferences | undefined;
    lang?: TextLanguage | undefined;
    zone: string;
    ownerId: string | null;
  },
): OfferedSlot[] {
  const count = props.count ?? 3;
  const perDayMax = props.perDay ?? MAX_PER_DAY;
  const prefs = props.preferences ?? {};
  const byStart = new Map<number, Slot>();
  for (const slot of slots) {
    const local = DateTime.fromJSDate(slot.start).setZone(props.zone);
    if (prefs.weekdays?.length && !prefs.weekdays.includes(local.weekday)) continue;
    if (prefs.partsOfDay?.length && !prefs.partsOfDay.includes(partOf(local.hour))) continue;
    const key = slot.start.getTime();
    const seen = byStart.get(key);
    if (!seen || (slot.agentId === props.ownerId && seen.agentId !== props.ownerId)) byStart.set(key, slot);
  }
  const ordered = [...byStart.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
  const picked: Slot[] = [];
  const perDay = new Map<string, number>();
  for (const slot of ordered) {
    if (picked.length >= count) break;
    const date = DateTime.fromJSDate(slot.start).setZone(props.zone).toISODate() as string;
    const at = slot.start.getTime();
    const onDay = perDay.get(date) ?? 0;
    if (onDay >= perDayMax || picked.some((other) => Math.abs(at - other.start.getTime()) < MIN_GAP_MS))
      continue;
    perDay.set(date, onDay + 1);
    picked.push(slot);
  }
  return picked.map((slot) => ({
    start: inZone(slot.start, props.zone),
    end: inZone(slot.end, props.zone),
    agentId: slot.agentId,
    label: formatWhen(slot.start.toISOString(), props.zone, props.lang),
  }));
}
