import { DateTime } from 'luxon';
import type { AppContext } from '../http/context.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import { workspaceZone } from './agents.js';
import type { TextLanguage } from './appointment-texts.js';
import { leadZoneOf } from './booking.service.js';
import { type OfferedSlot, offerSlots } from './offers.service.js';

export interface NearestAlternativesProps {
  workspaceId: string;
  leadId: string;
  appointmentTypeId: string;
  /** What the lead asked for, in which nothing is free: an instant window (ISO-8601 with an offset). */
  requested: { start: string; end: string };
  /** New times for this appointment rather than a new booking. */
  rescheduleOf?: string | undefined;
  /** How many in all (default 3). */
  count?: number | undefined;
  lang?: TextLanguage | undefined;
}

export interface NearestAlternatives {
  /** The lead's zone, in which starts and labels are written. */
  timezone: string;
  /** Other free hours on the day asked for (in the lead's zone). */
  sameDay: OfferedSlot[];
  /**
   * The first free times on the days after it, one a day, led by the Saturday of a Sunday asked for (the
   * weekend the lead meant); earlier days otherwise only when nothing comes after.
   */
  nextDays: OfferedSlot[];
}

/**
 * The nearest free times to a request that has none: other hours of the same day, then the next days
 * with free time, one a day, so "Saturday afternoon" with weekday hours gets Monday and Tuesday rather
 * than the same list whatever was asked. Soonest first within each group.
 */
export async function nearestAlternatives(
  ctx: AppContext,
  props: NearestAlternativesProps,
): Promise<NearestAlternatives> {
  const count = props.count ?? 3;
  const { contact } = await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  const zone = leadZoneOf(contact, await workspaceZone(ctx.db, props.workspaceId));
  const asked = DateTime.fromISO(props.requested.start, { setZone: true }).setZone(zone);
  const askedEnd = DateTime.fromISO(props.requested.end, { setZone: true }).setZone(zone);
  const dayStart = asked.startOf('day');
  // The day after the window's last day (its end is exclusive).
  const lastDay = DateTime.max(asked, askedEnd.minus({ milliseconds: 1 }));
  const afterWindow = lastDay.endOf('day').plus({ milliseconds: 1 });
  const base = {
    workspaceId: props.workspaceId,
    leadId: props.leadId,
    appointmentTypeId: props.appointmentTypeId,
    ...(props.rescheduleOf ? { rescheduleOf: props.rescheduleOf } : {}),
    ...(props.lang ? { lang: props.lang } : {}),
  };
  const windowStart = Date.parse(props.requested.start);
  const windowEnd = Date.parse(props.requested.end);
  const sameDay = (
    await offerSlots(ctx, {
      ...base,
      count: 2,
      from: new Date(Math.max(dayStart.toMillis(), ctx.clock.now().getTime())),
      to: dayStart.plus({ days: 1 }).toJSDate(),
    })
  ).slots.filter((slot) => {
    const start = Date.parse(slot.start);
    return start < windowStart || start >= windowEnd;
  });
  const wanted = Math.max(1, count - sameDay.length);
  // "sunday around 2" with nothing free on Sunday: that weekend's Saturday is nearer what the lead can do
  // than Monday ("we both work weekdays")
  const saturday = asked.weekday === 7 ? dayStart.minus({ days: 1 }) : null;
  const sameWeekend = saturday
    ? (
        await offerSlots(ctx, {
          ...base,
          count: 1,
          from: new Date(Math.max(saturday.toMillis(), ctx.clock.now().getTime())),
          to: dayStart.toJSDate(),
        })
      ).slots
    : [];
  const rest = wanted - sameWeekend.length;
  const after =
    rest > 0
      ? (await offerSlots(ctx, { ...base, count: rest, perDay: 1, from: afterWindow.toJSDate() })).slots
      : [];
  let nextDays = [...sameWeekend, ...after];
  if (nextDays.length === 0 && sameDay.length === 0) {
    // Nothing after the day asked for (a request near the end of the schedule): the latest times before it.
    const before = await offerSlots(ctx, { ...base, count: 10, perDay: 1, to: dayStart.toJSDate() });
    nextDays = before.slots.slice(-wanted);
  }
  return { timezone: zone, sameDay, nextDays: nextDays.slice(0, wanted) };
}
