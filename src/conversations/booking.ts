import { DateTime } from 'luxon';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { findLead } from '../leads/leads.repository.js';
import type { LeadRow } from '../leads/leads.table.js';
import { AppError } from '../platform/errors.js';
import { listAppointmentTypes } from '../scheduling/appointment-types.service.js';
import {
  type Appointment,
  cancelAppointment,
  formatWhen,
  listUpcomingAppointments,
  type OfferedSlot,
} from '../scheduling/index.js';
import { bookChosen } from './booking-confirm.js';
import { bookingLink, handOff, noTimeFits, offerAgain, requestText } from './booking-offers.js';
import {
  acceptsOnlyOffer,
  asksToCancel,
  asksToReschedule,
  chosenByPosition,
  declinesAll,
  goesToOpenHouse,
  hourAsked,
  matchSlots,
  onMissedDay,
  onMissedDaySlots,
  type PendingOffer,
  refusesOffer,
  takesAnyTime,
} from './booking-reading.js';
import {
  type BookingOutcome,
  type BookingProfile,
  type OwedOffer,
  quote,
  reply,
  voiceOf,
} from './booking-reply.js';
import { cancelledText, offerTexts, openHouseNoted, pickOneText } from './booking-texts.js';
import { atSameTime } from './carried-day.js';
import type { ReplyLanguage } from './engine.types.js';
import type { OpenHouseOffer } from './knowledge/open-houses.js';
import { turnLanguage } from './language.js';
import { readProfile } from './profile.js';
import { isQualified } from './script.js';
import { asksToVisit } from './signals.js';
import {
  inquiryContext,
  type LeadThread,
  type LoadedTurn,
  loadTurn,
  skipReason,
  stateOf,
} from './turn.context.js';
import { analyze } from './understanding/analyze.js';
import type { RequestedTime } from './understanding/understanding.schema.js';

export {
  acceptsOnlyOffer,
  asksToCancel,
  asksToReschedule,
  chosenByPosition,
  declinesAll,
  goesToOpenHouse,
  hourAsked,
  matchSlots,
  onMissedDay,
  onMissedDaySlots,
  type PendingOffer,
  preferencesFrom,
  refusesOffer,
  takesAnyTime,
} from './booking-reading.js';
export type { BookingOutcome } from './booking-reply.js';

/**
 * Booking inside the conversation: the slots offered to the lead are remembered on the lead's profile
 * (`pendingOffer`); the lead's next text is read against them ("the second one", "tuesday works",
 * "4 is good", "saturday morning?", "none of those"); with an upcoming appointment, a text can move it
 * ("something came up, can we do thursday?") or cancel it ("I need to cancel the appointment").
 * The scheduling calls run their own transactions, so this runs before the engine's turn, outside it.
 */

interface Props {
  workspaceId: string;
  leadId: string;
  messageId: string;
}

function readOffer(profile: BookingProfile): PendingOffer | undefined {
  const offer = profile.pendingOffer;
  return offer && Array.isArray(offer.slots) && typeof offer.appointmentTypeId === 'string'
    ? offer
    : undefined;
}

/**
 * The workspace's type for this lead: the listing appointment for sellers (and for a lead selling one
 * home and buying another once the home to sell is named); for everyone else a buyer
 * consultation or a showing (a renter: a showing first), never the listing appointment while another is
 * active; else the first active type.
 */
export async function defaultAppointmentType(
  ctx: AppContext,
  workspaceId: string,
  lead: LeadRow | null,
  /** What the lead wrote and asked about: a buyer who asks to see a home is shown it first. */
  thread?: Pick<LeadThread, 'history' | 'inquiries'>,
): Promise<string | null> {
  const types = (await listAppointmentTypes(ctx, workspaceId)).filter((t) => t.active);
  const profile = lead ? readProfile(lead.profile) : undefined;
  const intent = profile?.intent;
  // Selling one home and buying another, with the home to sell named: its valuation comes first.
  const seller =
    lead?.leadType === 'seller' ||
    intent === 'sell' ||
    (intent === 'both' && profile?.propertyAddress !== undefined);
  const renter = lead?.leadType === 'renter' || intent === 'rent';
  const wanted = seller
    ? ['listing_appointment']
    : renter || (thread && wantsToSeeAHome(thread))
      ? ['showing', 'buyer_consultation']
      : ['buyer_consultation', 'showing'];
  for (const kind of wanted) {
    const found = types.find((t) => t.kind === kind);
    if (found) return found.id;
  }
  const other = seller ? undefined : types.find((t) => t.kind !== 'listing_appointment');
  return (other ?? types[0])?.id ?? null;
}

/** Whether the workspace has an active listing appointment (valuation) to offer sellers. */
/** The lead asked about a home (a form or portal inquiry naming one) or wrote asking to see one. */
function wantsToSeeAHome(thread: Pick<LeadThread, 'history' | 'inquiries'>): boolean {
  const context = inquiryContext(thread.inquiries);
  if (context?.property) return true;
  const said = [
    ...(context?.messages ?? []),
    ...thread.history.filter((m) => m.direction === 'inbound').map((m) => m.body),
  ];
  return said.some(asksToVisit);
}

export async function hasListingAppointment(ctx: AppContext, workspaceId: string): Promise<boolean> {
  return (await listAppointmentTypes(ctx, workspaceId)).some(
    (t) => t.active && t.kind === 'listing_appointment',
  );
}

type Understood = ReturnType<typeof analyze>;

/** The language of the booking texts: the lead's, when the workspace answers in it. */
function replyLanguage(
  loaded: LoadedTurn,
  texts: { text: string; understanding: Understood }[],
): ReplyLanguage {
  if (loaded.settings.replyInLeadLanguage === false) return 'en';
  const known = readProfile(loaded.lead.profile).language;
  const said = turnLanguage(texts, known) ?? 'en';
  // A short reply in a Spanish conversation ("ninguna me queda", "el 2") stays Spanish.
  const words = texts
    .map((t) => t.text)
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return known === 'es' && said === 'en' && words < 5 ? 'es' : said;
}

/**
 * Handles the lead's text when it is about a booking: a choice among the slots offered, a
 * counter-proposal, "none of those", the open house offered, or a change to an upcoming appointment.
 * Returns null when the text is not about booking (the engine's turn answers it).
 */
export async function bookingTurn(ctx: AppContext, props: Props): Promise<BookingOutcome | null> {
  const loaded = await loadTurn(ctx.db, props);
  if (!loaded || loaded.covered || loaded.laterPending || skipReason(loaded)) return null;
  const profile = readProfile(loaded.lead.profile) as BookingProfile;
  const offer = readOffer(profile);
  const text = requestText(loaded);
  const understanding = analyze(text, { now: ctx.clock.now(), tz: loaded.tz });
  const requested = understanding.requestedTime;
  const lang = replyLanguage(loaded, [{ text, understanding }]);
  const { workspaceId, leadId } = props;

  const upcoming = await listUpcomingAppointments(ctx, { workspaceId, leadId });
  const next = upcoming[0];
  if (next && !offer && asksToCancel(text)) {
    await cancelAppointment(ctx, {
      workspaceId,
      appointmentId: next.id,
      reason: text.slice(0, 300),
      via: 'conversation',
    });
    const when = formatWhen(next.start, next.leadTimezone, lang, { weekday: 'long' });
    // Back to where the conversation stood: qualified only when the script's questions are answered.
    const stage = isQualified(loaded.settings.script, profile, stateOf(loaded).asked)
      ? 'qualified'
      : 'engaged';
    return reply(ctx, loaded, { text: cancelledText(when, lang), offer: null, stage });
  }
  if (next && !offer && (asksToReschedule(text) || (requested && /\b(instead|move|change)\b/i.test(text)))) {
    return moveAppointment(ctx, loaded, { appointment: next, requested, lang });
  }
  if (!offer) return null;

  const position = chosenByPosition(text, offer.slots.length);
  let chosen: OfferedSlot | undefined = position === null ? undefined : offer.slots[position];
  if (!chosen && offer.slots.length === 1 && acceptsOnlyOffer(text)) chosen = offer.slots[0];
  if (!chosen && offer.openHouse && goesToOpenHouse(text)) {
    return openHouseVisit(ctx, loaded, offer.openHouse, lang);
  }
  if (!chosen && !requested && takesAnyTime(text)) chosen = earliest(offer.slots);
  if (!chosen && !requested && offer.slots.length > 1 && acceptsOnlyOffer(text)) {
    return pickOne(ctx, loaded, { offer, said: text, lang });
  }
  if (!chosen && !requested && (declinesAll(text) || (offer.missed && refusesOffer(text)))) {
    return offer.missed
      ? noTimeFits(ctx, loaded, { offer, said: text, lang })
      : bookingLink(ctx, loaded, offer.appointmentTypeId, lang);
  }
  if (!chosen) {
    const matches = onMissedDaySlots(matchSlots(text, offer.slots, offer.timezone, requested), text, offer);
    if (matches.length === 1) chosen = matches[0];
    else if (matches.length > 1) {
      return reply(ctx, loaded, {
        texts: offerTexts(
          matches.map((m) => m.label),
          { kind: 'narrow' },
          lang,
        ),
        offer: { ...offer, slots: matches, offeredAt: ctx.clock.now().toISOString() },
      });
    } else {
      // A counter-proposal: times that fit what they asked for ("saturday morning?", "4 is good").
      const counter = onMissedDay(requested, text, offer, loaded.tz) ?? hourAsked(text, offer);
      if (counter) {
        return offerAgain(ctx, loaded, {
          appointmentTypeId: offer.appointmentTypeId,
          rescheduleOf: offer.rescheduleOf,
          requested: counter,
          intro: { kind: 'counter' },
          missed: offer.missed,
          previous: offer,
          lang,
        });
      }
    }
  }
  if (!chosen) return null;

  const booked = await bookChosen(ctx, loaded, {
    appointmentTypeId: offer.appointmentTypeId,
    rescheduleOf: offer.rescheduleOf,
    slot: chosen,
    lang,
  });
  return (
    booked ??
    offerAgain(ctx, loaded, {
      appointmentTypeId: offer.appointmentTypeId,
      rescheduleOf: offer.rescheduleOf,
      intro: { kind: 'taken' },
      lang,
    })
  );
}

const earliest = (slots: readonly OfferedSlot[]): OfferedSlot | undefined =>
  [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];

/**
 * "Sure" to a list of times picks none: the lead is asked which, in new words, once; a second reply
 * that picks none goes to the agent.
 */
function pickOne(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: { offer: PendingOffer; said: string; lang: ReplyLanguage },
): Promise<BookingOutcome> {
  const { offer, said, lang } = props;
  if (offer.askedToPick) {
    return handOff(ctx, loaded, {
      reason: 'no_progress',
      details: [
        `Offered: ${offer.slots.map((s) => s.label).join('; ')}.`,
        `Said yes without picking a time, was asked which one, then said: ${quote(said)}.`,
      ],
      lang,
    });
  }
  return reply(ctx, loaded, {
    text: pickOneText(offer.slots, offer.timezone, lang, voiceOf(loaded, lang).seed),
    offer: { ...offer, askedToPick: true },
  });
}

/**
 * "Can we do thursday instead?": the lead's exact time when it is free (offerAgain moves it at once),
 * else two or three times on the day asked for, else the nearest alternatives; with no time named,
 * other times to choose from.
 */
function moveAppointment(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: { appointment: Appointment; requested: RequestedTime | null; lang: ReplyLanguage },
): Promise<BookingOutcome> {
  const { appointment, lang } = props;
  const requested = atSameTime(props.requested, requestText(loaded), {
    start: appointment.start,
    zone: appointment.leadTimezone,
  });
  return offerAgain(ctx, loaded, {
    appointmentTypeId: appointment.appointmentTypeId,
    rescheduleOf: appointment.id,
    requested,
    intro: { kind: 'move', ...dayAsked(requested, loaded.tz, lang) },
    lang,
  });
}

/** The one day a window lies in, written out in the lead's language ("Thursday", "jueves"). */
function dayAsked(requested: RequestedTime | null, zone: string, lang: ReplyLanguage): { day?: string } {
  if (!requested) return {};
  const start = DateTime.fromISO(requested.start, { zone });
  const end = DateTime.fromISO(requested.end, { zone }).minus({ milliseconds: 1 });
  return start.hasSame(end, 'day') ? { day: start.setLocale(lang).toFormat('cccc') } : {};
}

/**
 * After a turn that decided to offer times (the lead is qualified, or asked to meet): 2–3 concrete
 * slots, remembered on the profile; the nearest alternatives when nothing is free when asked; the
 * booking link when nothing fits at all. Queued as the turn's reply, opened by the turn's own words
 * (held back for it); those go alone when no times can follow them.
 */
export async function offerAfterTurn(
  ctx: AppContext,
  props: Props & { requestedTime: RequestedTime | null },
): Promise<string[]> {
  const loaded = await loadTurn(ctx.db, props);
  if (!loaded || skipReason(loaded)) return [];
  const typeId = await defaultAppointmentType(ctx, loaded.lead.workspaceId, loaded.lead, loaded);
  if (!typeId) return heldBackAlone(ctx, loaded);
  const types = await listAppointmentTypes(ctx, loaded.lead.workspaceId);
  const listing = types.find((t) => t.id === typeId)?.kind === 'listing_appointment';
  const lang = replyLanguage(loaded, []);
  const agent = loaded.agentFirstName ?? (lang === 'es' ? 'Nuestro equipo' : 'Our team');
  try {
    const outcome = await offerAgain(
      ctx,
      loaded,
      {
        appointmentTypeId: typeId,
        intro: listing ? { kind: 'valuation', agent } : { kind: 'meet', agent },
        requested: props.requestedTime,
        lang,
      },
      { record: false, key: `offer:${props.messageId}` },
    );
    return outcome.replyMessageIds;
  } catch (error) {
    // No agent takes the type, or it was just switched off: the agent sets the time with the lead.
    if (error instanceof AppError && error.status === 422) return heldBackAlone(ctx, loaded);
    throw error;
  }
}

/** The turn's words held back for times that cannot follow: sent on their own. */
async function heldBackAlone(ctx: AppContext, loaded: LoadedTurn): Promise<string[]> {
  const outcome = await reply(
    ctx,
    loaded,
    { texts: [], offer: null },
    { record: false, key: `reply:${loaded.message.id}:0` },
  );
  return outcome.replyMessageIds;
}

/** The offer a turn of this text decided and did not make (the process stopped in between), if any. */
export async function owedOfferOf(db: DbOrTrx, props: Props): Promise<OwedOffer | null> {
  const lead = await findLead(db, props.workspaceId, props.leadId);
  const owed = lead ? (readProfile(lead.profile) as BookingProfile).owedOffer : undefined;
  return owed?.messageId === props.messageId ? owed : null;
}

/** The lead will drop in to the open house: no booking; the agent is told. */
function openHouseVisit(
  ctx: AppContext,
  loaded: LoadedTurn,
  openHouse: OpenHouseOffer,
  lang: ReplyLanguage,
): Promise<BookingOutcome> {
  const agent = loaded.agentFirstName ?? (lang === 'es' ? 'nuestro equipo' : 'our team');
  const who = loaded.contact.name ?? loaded.contact.phone ?? 'A lead';
  return reply(ctx, loaded, {
    text: openHouseNoted(openHouse, agent, lang),
    offer: null,
    note: {
      kind: 'open_house_visit',
      subject: `${who} plans to drop in to the open house`,
      body: `Plans to visit the open house at ${openHouse.street}, ${openHouse.label} (no booking).`,
    },
  });
}
