import type { Trx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { AppError } from '../platform/errors.js';
import { calendarRegistry } from '../scheduling/calendar.registry.js';
import type { CalendarRegistry } from '../scheduling/calendar.types.js';
import { bookSlot } from '../scheduling/index.js';
import { defaultAppointmentType } from './booking.js';
import { confirmationOf } from './booking-confirm.js';
import { alternativesOffer, slotsAsked } from './booking-offers.js';
import type { PendingOffer } from './booking-reading.js';
import type { BookingProfile } from './booking-reply.js';
import type { StoredProfile } from './engine.types.js';
import { readProfile } from './profile.js';
import { loadLeadThread, skipReason } from './turn.context.js';

/** What a form or API inquiry's first response says about the time it asked for. */
export interface FirstResponseTimes {
  /** The words, as parts the first response packs after the introduction. */
  parts: string[];
  /** The times on the table, answered by the lead's next text; null when the time asked was booked. */
  offer: PendingOffer | null;
  booked: boolean;
}

/** The profile with the times offered remembered, so the lead's next text is read against them. */
export function withTimesOffered(profile: StoredProfile, times: FirstResponseTimes | null): StoredProfile {
  if (!times?.offer) return profile;
  const offered: BookingProfile = { ...profile, pendingOffer: times.offer };
  return offered;
}

/** A calendar read over the network: not inside the intake's transaction. */
class LiveCalendar extends Error {}

/**
 * The calendars the intake's transaction may read: none that asks a server. An agent with a connected
 * calendar makes the lookup give up, and the inquiry's times follow the first response as before.
 */
function storedCalendarsOnly(ctx: AppContext): CalendarRegistry {
  return {
    async forAgent(local, props) {
      const connected = await calendarRegistry(ctx).forAgent(local, props);
      if (connected.some((calendar) => !calendar.noBusyTimes))
        throw new LiveCalendar('a connected calendar is read over the network');
      return [];
    },
  };
}

/**
 * The time a form or API inquiry asked for, answered in its first response, as a text naming it would
 * be (offerAgain): an exact free time is booked and read back, and with nothing free then the nearest
 * times and the open house of the home asked about are offered.
 * Runs in the intake's transaction, after the inquiry's reading is stored. Null when there is nothing
 * to say of the time here: free times in a wider window (the lead's next text is offered them), no
 * type to book, nothing free at all, or an agent's calendar to read over the network (the
 * `conversations.inquiry-offer` job answers then, after the commit).
 */
export async function timesForFirstResponse(
  trx: Trx,
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; inquiryId: string },
): Promise<FirstResponseTimes | null> {
  const local: AppContext = { ...ctx, db: trx, calendars: storedCalendarsOnly(ctx) };
  const thread = await loadLeadThread(trx, props);
  const inquiry = thread?.inquiries.find((i) => i.id === props.inquiryId);
  if (!thread || !inquiry || skipReason(thread)) return null;
  // A lead already booked who asks again: the agent moves it with them, no second appointment here.
  if (thread.lead.stage === 'appointment') return null;
  const profile = readProfile(thread.lead.profile);
  const requested = profile.requestedTime;
  if (!requested || profile.sources?.requestedTime?.messageId !== `inquiry:${inquiry.id}`) return null;
  const appointmentTypeId = await defaultAppointmentType(local, props.workspaceId, thread.lead, thread);
  if (!appointmentTypeId) return null;
  const lang = thread.settings.replyInLeadLanguage && profile.language === 'es' ? 'es' : 'en';
  const base = { workspaceId: props.workspaceId, leadId: props.leadId, appointmentTypeId, lang } as const;
  try {
    const { found, named } = await slotsAsked(local, base, requested, thread.tz);
    const appointment = named
      ? await bookNamed(local, { ...base, start: named.start, agentId: named.agentId })
      : null;
    if (appointment) {
      const text = await confirmationOf(trx, props.workspaceId, appointment, { verb: 'booked', lang });
      return { parts: [text], offer: null, booked: true };
    }
    // Free times in the window asked for (not one exact time): the lead's next text is offered them, as
    // before; the first response asks what the script asks.
    if (found.slots.length > 0) return null;
    const nearest = await alternativesOffer(local, thread, {
      appointmentTypeId,
      requested,
      lang,
      words: inquiry.message ?? '',
    });
    return nearest ? { ...nearest, booked: false } : null;
  } catch (error) {
    if (error instanceof LiveCalendar) return null;
    // No agent takes the type, or it was just switched off: the agent sets the time with the lead.
    if (error instanceof AppError && error.status === 422) return null;
    throw error;
  }
}

/** The exact time named, booked; null when it was just taken (the times in the window are offered). */
async function bookNamed(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; appointmentTypeId: string; start: string; agentId: string },
) {
  try {
    return await bookSlot(ctx, { ...props, via: 'conversation' });
  } catch (error) {
    if (error instanceof AppError && error.code === 'slot_unavailable') return null;
    throw error;
  }
}
