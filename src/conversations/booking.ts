import { DateTime } from 'luxon';
import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { lockLead, updateConversation, updateLead } from '../leads/leads.repository.js';
import type { LeadRow, LeadStage } from '../leads/leads.table.js';
import { recordStageChange } from '../leads/stage-history.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import { queueOutbound } from '../messaging/outbox.service.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { listAppointmentTypes } from '../scheduling/appointment-types.service.js';
import {
  type Appointment,
  bookSlot,
  cancelAppointment,
  createBookingLink,
  formatWhen,
  formatWhere,
  listUpcomingAppointments,
  nearestAlternatives,
  type OfferedSlot,
  offerSlots,
  rescheduleAppointment,
  type SlotPreferences,
} from '../scheduling/index.js';
import { findUser } from '../workspaces/users.repository.js';
import {
  alternativesParts,
  bookingLinkText,
  cancelledText,
  confirmationText,
  type OfferIntro,
  offerTexts,
  openHouseNoted,
} from './booking-texts.js';
import type { HandoffReason, ReplyLanguage, StoredProfile } from './engine.types.js';
import { type OpenHouseOffer, openHousesForLead } from './knowledge/open-houses.js';
import { turnLanguage } from './language.js';
import { readProfile } from './profile.js';
import { lastAutomatedTextOf, wouldRepeat } from './repeats.js';
import { handoffText, type Voice } from './replies.js';
import { HANDOFF_LABELS, handoffSummary } from './summary.js';
import { inquiryContext, type LoadedTurn, loadTurn, skipReason, toHistory } from './turn.context.js';
import { insertTurnOnce } from './turns.repository.js';
import { analyze } from './understanding/analyze.js';
import type { RequestedTime } from './understanding/understanding.schema.js';
import { packTexts, windowPhrase } from './wording.js';

/**
 * Booking inside the conversation: the slots offered to the lead are remembered on the lead's profile
 * (`pendingOffer`); the lead's next text is read against them ("the second one", "tuesday works",
 * "4 is good", "saturday morning?", "none of those"); with an upcoming appointment, a text can move it
 * ("something came up, can we do thursday?") or cancel it ("I need to cancel the appointment").
 * The scheduling calls run their own transactions, so this runs before the engine's turn, outside it.
 */

export interface PendingOffer {
  appointmentTypeId: string;
  timezone: string;
  slots: OfferedSlot[];
  offeredAt: string;
  /** The offer moves this appointment rather than booking a new one. */
  rescheduleOf?: string;
  /**
   * Nothing was free when the lead asked: their words and the window asked for. These times are the
   * nearest alternatives, and a refusal of them hands the lead to the agent.
   */
  missed?: { texts: string[]; requested: RequestedTime };
  /** An open house offered beside the times: the lead may drop in, no booking. */
  openHouse?: OpenHouseOffer;
}

type BookingProfile = StoredProfile & { pendingOffer?: PendingOffer };

interface Props {
  workspaceId: string;
  leadId: string;
  messageId: string;
}

export type BookingOutcome = { status: 'replied'; replyMessageIds: string[] };

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ORDINALS: [RegExp, number][] = [
  [/\b(first|1st|earliest)\b/, 0],
  [/\b(second|2nd|middle)\b/, 1],
  [/\b(third|3rd)\b/, 2],
  [/\blast\b/, -1],
];

/** "I need to cancel the appointment": a sentence, never the bare carrier keyword (handled before us). */
export function asksToCancel(text: string): boolean {
  const t = text.toLowerCase().trim();
  if (/^\W*(cancel|stop|end|quit|unsubscribe)\W*$/.test(t)) return false;
  return /\b(cancel|call (it|this) off|can'?t make it|won'?t make it|cancelar|no (?:podemos|puedo) ir)\b/.test(
    t,
  );
}

export function asksToReschedule(text: string): boolean {
  return /\b(reschedul\w*|something came up|move (it|the|our)|push (it|the)|another (day|time)|different (day|time)|instead|change the (time|day)|can we do|could we do|reprogramar\w*|cambiar(?:la)? (?:la |mi )?(?:cita|hora|d[ií]a)|cambiarla|mover(?:la)? (?:la |mi )?cita|otro d[ií]a|otra hora|surgi[oó] algo)\b/i.test(
    text,
  );
}

export function declinesAll(text: string): boolean {
  return /\b(none of (those|them|these)|neither|none work|none of those work|not any of)\b/i.test(text);
}

/** The slot a choice names by its place in the list: "the second one", "2", "#2", "option 3". */
export function chosenByPosition(text: string, count: number): number | null {
  const t = text.toLowerCase().trim();
  const bare =
    /^(?:(?:yes|yeah|yep|ok|okay|sure|great)\b\W*)?(?:#|no\.?\s*|number\s*|option\s*)?([1-9])(?:\s*please)?\W*$/.exec(
      t,
    ) ?? /(?:#|option\s*|number\s*)([1-9])\b/.exec(t);
  if (bare) {
    const n = Number(bare[1]) - 1;
    return n < count ? n : null;
  }
  for (const [pattern, index] of ORDINALS) {
    if (pattern.test(t)) {
      const i = index < 0 ? count - 1 : index;
      return i < count ? i : null;
    }
  }
  return null;
}

/**
 * "yes", "sounds good", "that works": an answer to "Does that work? Reply 1 to book it." when one time
 * was offered. Never with a no, a not or a question about something else.
 */
export function acceptsOnlyOffer(text: string): boolean {
  const t = text.toLowerCase().trim();
  if (/\b(no|nope|not|n'?t|cannot|none|neither|instead|other|else|different|but)\b|\?/.test(t)) return false;
  // "sí", "claro que sí", "perfecto", "me queda bien": a Spanish yes.
  if (
    /^(?:(?:s[ií]|claro(?: que s[ií])?|dale|perfecto|listo|de acuerdo|ok|va|bueno|excelente)(?![\p{L}\p{N}])[\s\p{P}]*)+(?:(?:me|nos) (?:queda|viene) bien|est[aá] bien|agéndela|agendela|por favor|gracias)?[\s\W]*$/u.test(
      t,
    )
  ) {
    return true;
  }
  return (
    /^(?:(?:yes|yeah|yea|yep|yup|ya|sure|ok|okay|k|perfect|great|awesome|cool|alright|all right|absolutely|definitely)\b[\s\W]*)*(?:(?:that|this|it)\s+)?(?:works?|would work|works for (?:me|us)|sounds (?:good|great|perfect)|is (?:good|fine|perfect)|book (?:it|that|me)|let'?s do (?:it|that)|do it|lock it in|see you then)?[\s\W]*(?:thanks?|thank you|please|pls|👍|🙂|😊)?[\s\W]*$/u.test(
      t,
    ) &&
    /\b(?:yes|yeah|yea|yep|yup|ya|sure|ok|okay|k|perfect|great|awesome|cool|alright|all right|absolutely|definitely|works?|sounds|good|fine|book|do it|lock|see you)\b|👍/u.test(
      t,
    )
  );
}

/** Offered slots that match the weekday and hour named ("tuesday works", "4 is good") and the NLU's window. */
export function matchSlots(
  text: string,
  slots: readonly OfferedSlot[],
  zone: string,
  requested: RequestedTime | null,
): OfferedSlot[] {
  const t = text.toLowerCase();
  const days = WEEKDAYS.flatMap((d, i) =>
    new RegExp(`\\b${d.slice(0, 3)}(${d.slice(3)})?\\b`).test(t) ? [i + 1] : [],
  );
  const hours = [...t.matchAll(/\b(1[0-2]|[1-9])(?::(\d\d))?\s*(am|pm|a\.m\.|p\.m\.|o'?clock)?\b/g)]
    .filter((m) => m[3] !== undefined || /\b(is good|works|is fine|please|sounds good|at)\b/.test(t))
    .map((m) => Number(m[1]) % 12);
  if (days.length === 0 && hours.length === 0 && !requested) return [];
  return slots.filter((slot) => {
    const at = DateTime.fromISO(slot.start, { zone });
    if (days.length > 0 && !days.includes(at.weekday)) return false;
    if (hours.length > 0 && !hours.includes(at.hour % 12)) return false;
    if (days.length === 0 && hours.length === 0 && requested) {
      const start = Date.parse(slot.start);
      return start >= Date.parse(requested.start) && start < Date.parse(requested.end);
    }
    return true;
  });
}

/** A counter-proposal as preferences: the requested window, on its weekday. */
export function preferencesFrom(requested: RequestedTime, zone: string): SlotPreferences {
  const start = DateTime.fromISO(requested.start, { zone });
  const end = DateTime.fromISO(requested.end, { zone });
  const oneDay = end.minus({ milliseconds: 1 }).hasSame(start, 'day');
  return {
    ...(oneDay ? { weekdays: [start.weekday] } : {}),
    notBefore: new Date(requested.start),
    notAfter: new Date(requested.end),
  };
}

function readOffer(profile: BookingProfile): PendingOffer | undefined {
  const offer = profile.pendingOffer;
  return offer && Array.isArray(offer.slots) && typeof offer.appointmentTypeId === 'string'
    ? offer
    : undefined;
}

/** "no", "neither works", "we can only do weekends": the nearest times offered do not suit the lead. */
export function refusesOffer(text: string): boolean {
  const t = text.toLowerCase();
  return (
    declinesAll(t) ||
    /^\W*(?:no|nope|nah|not really)\b/.test(t) ||
    /\b(?:doesn'?t|don'?t|won'?t|can'?t|cannot|not) (?:work|make it|do (?:it|that|those|them|any))\b/.test(
      t,
    ) ||
    /\bonly (?:do |on |have |free )?(?:the )?(?:weekends?|saturdays?|sundays?|evenings?|nights?|mornings?|afternoons?)\b/.test(
      t,
    ) ||
    /\btoo (?:early|late|soon)\b|\bnot (?:good|great|possible|available|free)\b|\b(?:ninguna|ningún|no puedo|no me queda)\b/.test(
      t,
    )
  );
}

/** "we'll drop in to the open house", "the open house works": the lead takes the open house offered. */
export function goesToOpenHouse(text: string): boolean {
  const t = text.toLowerCase();
  if (/\b(?:no|not|can'?t|cannot|won'?t|neither|none)\b/.test(t)) return false;
  return /\bopen ?house\b|\bdrop (?:in|by)\b|\bcasa abierta\b/.test(t);
}

const NAMES_A_DAY =
  /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:today|tonight|tomorrow|tmrw|tmr|weekend|week)\b|\d{1,2}\/\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b(?:hoy|mañana|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b/i;

/**
 * "How about 2pm?" after nothing was free on the day asked for: that hour on that day, not today's.
 * A time with a day of its own stands as read.
 */
export function onMissedDay(
  requested: RequestedTime | null,
  text: string,
  offer: PendingOffer,
  zone: string,
): RequestedTime | null {
  if (!requested || !offer.missed || NAMES_A_DAY.test(text) || !isExactTime(requested)) return requested;
  const day = DateTime.fromISO(offer.missed.requested.start, { setZone: true }).setZone(zone);
  const at = DateTime.fromISO(requested.start, { setZone: true }).setZone(zone);
  const start = day.set({ hour: at.hour, minute: at.minute, second: 0, millisecond: 0 });
  const end = start.plus({ milliseconds: Date.parse(requested.end) - Date.parse(requested.start) });
  return { start: start.toISO() ?? requested.start, end: end.toISO() ?? requested.end };
}

/** An exact time ("thursday at 2") rather than a day or a part of it: at most 90 minutes. */
const isExactTime = (requested: RequestedTime) =>
  Date.parse(requested.end) - Date.parse(requested.start) <= 90 * 60_000;

/**
 * The workspace's type for this lead: the listing appointment for sellers; for everyone else a buyer
 * consultation or a showing (a renter: a showing first), never the listing appointment while another is
 * active; else the first active type.
 */
export async function defaultAppointmentType(
  ctx: AppContext,
  workspaceId: string,
  lead: LeadRow | null,
): Promise<string | null> {
  const types = (await listAppointmentTypes(ctx, workspaceId)).filter((t) => t.active);
  const intent = lead ? readProfile(lead.profile).intent : undefined;
  const seller = lead?.leadType === 'seller' || intent === 'sell';
  const renter = lead?.leadType === 'renter' || intent === 'rent';
  const wanted = seller
    ? ['listing_appointment']
    : renter
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

/** The lead's words this turn answers (after the engine's turn, the text that started it). */
const requestText = (loaded: LoadedTurn) =>
  loaded.pending.length > 0 ? loaded.pending.map((m) => m.body).join(' ') : loaded.message.body;

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
    const when = formatWhen(next.start, next.leadTimezone, lang);
    return reply(ctx, loaded, { text: cancelledText(when, lang), offer: null, stage: 'qualified' });
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
  if (!chosen && !requested && (declinesAll(text) || (offer.missed && refusesOffer(text)))) {
    return offer.missed
      ? noTimeFits(ctx, loaded, { offer, said: text, lang })
      : bookingLink(ctx, loaded, offer.appointmentTypeId, lang);
  }
  if (!chosen) {
    const matches = matchSlots(text, offer.slots, offer.timezone, requested);
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

  try {
    const appointment = offer.rescheduleOf
      ? await rescheduleAppointment(ctx, {
          workspaceId,
          appointmentId: offer.rescheduleOf,
          start: chosen.start,
          agentId: chosen.agentId,
          via: 'conversation',
        })
      : await bookSlot(ctx, {
          workspaceId,
          leadId,
          appointmentTypeId: offer.appointmentTypeId,
          start: chosen.start,
          agentId: chosen.agentId,
          via: 'conversation',
        });
    return reply(ctx, loaded, {
      text: await confirmation(ctx, workspaceId, appointment, offer.rescheduleOf ? 'moved' : 'booked', lang),
      offer: null,
    });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'slot_unavailable')) throw error;
    return offerAgain(ctx, loaded, {
      appointmentTypeId: offer.appointmentTypeId,
      rescheduleOf: offer.rescheduleOf,
      intro: { kind: 'taken' },
      lang,
    });
  }
}

/**
 * "Can we do thursday instead?": the lead's exact time when it is free, else two or three times on
 * the day asked for, else the nearest alternatives; with no time named, other times to choose from.
 */
async function moveAppointment(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: { appointment: Appointment; requested: RequestedTime | null; lang: ReplyLanguage },
): Promise<BookingOutcome> {
  const { appointment, requested, lang } = props;
  const base = { appointmentTypeId: appointment.appointmentTypeId, rescheduleOf: appointment.id };
  if (requested && isExactTime(requested)) {
    const found = await offerSlots(ctx, {
      workspaceId: loaded.lead.workspaceId,
      leadId: loaded.lead.id,
      ...base,
      preferences: preferencesFrom(requested, loaded.tz),
      lang,
    });
    const target = found.slots.find((s) => within(s, requested));
    if (target) {
      try {
        const moved = await rescheduleAppointment(ctx, {
          workspaceId: loaded.lead.workspaceId,
          appointmentId: appointment.id,
          start: target.start,
          agentId: target.agentId,
          via: 'conversation',
        });
        return reply(ctx, loaded, {
          text: await confirmation(ctx, loaded.lead.workspaceId, moved, 'moved', lang),
          offer: null,
        });
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'slot_unavailable')) throw error;
      }
    }
  }
  return offerAgain(ctx, loaded, { ...base, requested, intro: { kind: 'move' }, lang });
}

/**
 * After a turn that decided to offer times (the lead is qualified, or asked to meet): 2–3 concrete
 * slots, remembered on the profile; the nearest alternatives when nothing is free when asked; the
 * booking link when nothing fits at all. Queued as the turn's reply.
 */
export async function offerAfterTurn(
  ctx: AppContext,
  props: Props & { requestedTime: RequestedTime | null },
): Promise<string[]> {
  const loaded = await loadTurn(ctx.db, props);
  if (!loaded || skipReason(loaded)) return [];
  const typeId = await defaultAppointmentType(ctx, loaded.lead.workspaceId, loaded.lead);
  if (!typeId) return [];
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
    if (error instanceof AppError && error.status === 422) return [];
    throw error;
  }
}

interface SendOptions {
  record: boolean;
  key?: string;
}

/**
 * Times to offer: those in the window asked for (up to three on one day), else the nearest
 * alternatives; a window asked for after alternatives were offered, with nothing free either, hands
 * the lead to the agent.
 */
async function offerAgain(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: {
    appointmentTypeId: string;
    rescheduleOf?: string | undefined;
    requested?: RequestedTime | null;
    intro: OfferIntro;
    /** The request nothing was free for, carried while its alternatives are on the table. */
    missed?: PendingOffer['missed'];
    /** The offer this answers, for the summary of a handoff. */
    previous?: PendingOffer;
    lang: ReplyLanguage;
  },
  options: SendOptions = { record: true },
): Promise<BookingOutcome> {
  const base = {
    workspaceId: loaded.lead.workspaceId,
    leadId: loaded.lead.id,
    appointmentTypeId: props.appointmentTypeId,
    lang: props.lang,
    ...(props.rescheduleOf ? { rescheduleOf: props.rescheduleOf } : {}),
  };
  const requested = props.requested ?? null;
  if (requested) {
    const preferences = preferencesFrom(requested, loaded.tz);
    const found = await offerSlots(ctx, {
      ...base,
      preferences,
      ...(preferences.weekdays ? { perDay: 3 } : {}),
    });
    if (found.slots.length > 0) {
      return reply(
        ctx,
        loaded,
        {
          texts: offerTexts(
            found.slots.map((s) => s.label),
            props.intro,
            props.lang,
          ),
          offer: {
            ...offerOf(found.slots, found.timezone, ctx, props),
            ...(props.missed ? { missed: props.missed } : {}),
          },
          requested,
        },
        options,
      );
    }
    if (props.missed && props.previous) {
      return noTimeFits(ctx, loaded, {
        offer: props.previous,
        said: requestText(loaded),
        lang: props.lang,
        againAt: requested,
      });
    }
    return alternatives(ctx, loaded, { ...props, requested }, options);
  }
  const found = await offerSlots(ctx, base);
  if (found.slots.length === 0) return bookingLink(ctx, loaded, props.appointmentTypeId, props.lang, options);
  return reply(
    ctx,
    loaded,
    {
      texts: offerTexts(
        found.slots.map((s) => s.label),
        props.intro,
        props.lang,
      ),
      offer: offerOf(found.slots, found.timezone, ctx, props),
    },
    options,
  );
}

function offerOf(
  slots: OfferedSlot[],
  timezone: string,
  ctx: AppContext,
  props: { appointmentTypeId: string; rescheduleOf?: string | undefined },
): PendingOffer {
  return {
    appointmentTypeId: props.appointmentTypeId,
    timezone,
    slots,
    offeredAt: ctx.clock.now().toISOString(),
    ...(props.rescheduleOf ? { rescheduleOf: props.rescheduleOf } : {}),
  };
}

/**
 * Nothing is free when the lead asked: other hours that day, the next days with free time, and the
 * open house of the home they asked about (a drop-in, no booking), never the same list whatever was
 * asked. A refusal of these hands the lead to the agent.
 */
async function alternatives(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: {
    appointmentTypeId: string;
    rescheduleOf?: string | undefined;
    requested: RequestedTime;
    lang: ReplyLanguage;
  },
  options: SendOptions,
): Promise<BookingOutcome> {
  const workspaceId = loaded.lead.workspaceId;
  const found = await nearestAlternatives(ctx, {
    workspaceId,
    leadId: loaded.lead.id,
    appointmentTypeId: props.appointmentTypeId,
    requested: props.requested,
    rescheduleOf: props.rescheduleOf,
    lang: props.lang,
  });
  const slots = [...found.sameDay, ...found.nextDays];
  const type = (await listAppointmentTypes(ctx, workspaceId)).find((t) => t.id === props.appointmentTypeId);
  const visit = !props.rescheduleOf && type?.kind !== 'listing_appointment';
  const openHouse = visit
    ? ((
        await openHousesForLead(ctx.db, workspaceId, {
          inquiry: inquiryContext(loaded.inquiries)?.property ?? null,
          // The inquiry's own words ("I'd like to see 12 Oak St") and the lead's texts.
          texts: [
            ...loaded.inquiries.flatMap((i) => (i.message ? [i.message] : [])),
            ...loaded.history.filter((m) => m.direction === 'inbound').map((m) => m.body),
          ],
          now: ctx.clock.now(),
          zone: loaded.workspace.timezone,
          near: props.requested,
          lang: props.lang,
        })
      )[0] ?? null)
    : null;
  if (slots.length === 0 && !openHouse) {
    return bookingLink(ctx, loaded, props.appointmentTypeId, props.lang, options);
  }
  const es = props.lang === 'es';
  const parts = alternativesParts({
    agent: loaded.agentFirstName ?? (es ? 'Nuestro equipo' : 'Our team'),
    when: windowPhrase(props.requested, loaded.tz, props.lang),
    openHouse,
    labels: slots.map((s) => s.label),
    moving: Boolean(props.rescheduleOf),
    lang: props.lang,
  });
  const offer: PendingOffer = {
    ...offerOf(slots, found.timezone, ctx, props),
    missed: { texts: [requestWords(loaded, props.requested)], requested: props.requested },
    ...(openHouse ? { openHouse } : {}),
  };
  return reply(ctx, loaded, { texts: packTexts(parts), offer, requested: props.requested }, options);
}

const DAY_NAMES: Record<string, string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};

/** "Saturday, Mar 7 in the afternoon": the window for the agent, the day written out. */
const longWindow = (requested: RequestedTime, tz: string) =>
  windowPhrase(requested, tz).replace(
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun),/,
    (_m, day: string) => `${DAY_NAMES[day]},`,
  );

/**
 * The lead's words that asked for the time: this turn's texts, or (when the engine's turn offers a time
 * the first response noted) the inquiry or first text that said it.
 */
function requestWords(loaded: LoadedTurn, requested: RequestedTime): string {
  const profile = readProfile(loaded.lead.profile);
  if (JSON.stringify(profile.requestedTime) !== JSON.stringify(requested)) return requestText(loaded);
  const source = profile.sources?.requestedTime?.messageId;
  if (source?.startsWith('inquiry:')) {
    const inquiry = loaded.inquiries.find((i) => `inquiry:${i.id}` === source);
    if (inquiry?.message) return inquiry.message;
  }
  const said = loaded.history.find((m) => m.id === source && m.direction === 'inbound');
  return said?.body ?? requestText(loaded);
}

const quote = (text: string) => `"${text.length <= 200 ? text : `${text.slice(0, 199)}…`}"`;

/**
 * The nearest times did not suit the lead (a refusal, or a second request with nothing free): the
 * agent takes over, with what the lead asked for quoted in the handoff.
 */
function noTimeFits(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: { offer: PendingOffer; said: string; lang: ReplyLanguage; againAt?: RequestedTime },
): Promise<BookingOutcome> {
  const { offer, said } = props;
  const tz = loaded.tz;
  const lines: string[] = [];
  if (offer.missed) {
    const asked = offer.missed.texts.map(quote).join(', then ');
    lines.push(`Asked for: ${asked} (${longWindow(offer.missed.requested, tz)}); nothing was open then.`);
  }
  if (offer.openHouse) {
    lines.push(`Offered the open house at ${offer.openHouse.street}, ${offer.openHouse.label} (drop-in).`);
  }
  if (offer.slots.length > 0) lines.push(`Offered: ${offer.slots.map((s) => s.label).join('; ')}.`);
  lines.push(
    props.againAt
      ? `Then asked for: ${quote(said)} (${longWindow(props.againAt, tz)}); nothing open then either.`
      : `Then said: ${quote(said)}.`,
  );
  return handOff(ctx, loaded, { reason: 'no_time_fits', details: lines, lang: props.lang });
}

function voiceOf(loaded: LoadedTurn, lang: ReplyLanguage): Voice {
  return {
    agent: loaded.agentFirstName ?? (lang === 'es' ? 'nuestro equipo' : 'our team'),
    agentNamed: loaded.agentFirstName !== null,
    business: loaded.workspace.settings.businessName ?? loaded.workspace.workspaceName,
    assistant: null,
    firstName: loaded.contact.firstName,
    seed: `${loaded.lead.id}:${loaded.turns.length}`,
    zone: loaded.tz,
    lang,
  };
}

/** The agent's summary of a handoff decided here: why, the details, what is known, the last messages. */
function summaryOf(loaded: LoadedTurn, reason: HandoffReason, details: readonly string[]): string {
  const [why, ...rest] = handoffSummary({
    reason,
    leadName: loaded.contact.firstName,
    profile: readProfile(loaded.lead.profile),
    score: loaded.lead.score,
    history: loaded.history.map(toHistory),
    zone: loaded.tz,
  }).split('\n');
  return [why ?? '', ...details, ...rest].join('\n');
}

function handOff(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: { reason: HandoffReason; details: readonly string[]; lang: ReplyLanguage },
): Promise<BookingOutcome> {
  return reply(ctx, loaded, {
    text: handoffText(voiceOf(loaded, props.lang), props.reason),
    offer: null,
    handoff: { reason: props.reason, summary: summaryOf(loaded, props.reason, props.details) },
  });
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

async function bookingLink(
  ctx: AppContext,
  loaded: LoadedTurn,
  appointmentTypeId: string,
  lang: ReplyLanguage,
  options: SendOptions = { record: true },
): Promise<BookingOutcome> {
  const link = await createBookingLink(ctx, {
    workspaceId: loaded.lead.workspaceId,
    leadId: loaded.lead.id,
    appointmentTypeId,
  });
  return reply(ctx, loaded, { text: bookingLinkText(link.url, lang), offer: null }, options);
}

/** "4 is good" when no offered time is at 4: that hour (afternoon for 1–7) on the first day offered. */
export function hourAsked(text: string, offer: PendingOffer): RequestedTime | null {
  const match = /\b(1[0-2]|[1-9])(?::(\d\d))?\s*(am|pm)?\s*(is good|works|is fine|would work|please)\b/i.exec(
    text,
  );
  const first = offer.slots[0];
  if (!match || !first) return null;
  let hour = Number(match[1]) % 12;
  const suffix = match[3]?.toLowerCase();
  if (suffix === 'pm' || (suffix === undefined && hour < 8)) hour += 12;
  const start = DateTime.fromISO(first.start, { zone: offer.timezone }).set({
    hour,
    minute: Number(match[2] ?? 0),
    second: 0,
    millisecond: 0,
  });
  return { start: start.toISO() ?? first.start, end: start.plus({ hours: 1 }).toISO() ?? first.end };
}

function within(slot: OfferedSlot, requested: RequestedTime): boolean {
  const start = Date.parse(slot.start);
  return start >= Date.parse(requested.start) && start < Date.parse(requested.end);
}

async function confirmation(
  ctx: AppContext,
  workspaceId: string,
  appointment: Appointment,
  verb: 'booked' | 'moved',
  lang: ReplyLanguage,
): Promise<string> {
  const agent = await findUser(ctx.db, workspaceId, appointment.agentId);
  return confirmationText({
    verb,
    when: formatWhen(appointment.start, appointment.leadTimezone, lang),
    where: formatWhere(appointment.location.kind, appointment.location.text, lang),
    agent: agent?.name ?? (lang === 'es' ? 'su agente' : 'your agent'),
    lang,
  });
}

interface ReplyProps {
  text?: string;
  /** Several texts (a long answer packed into texts of two segments). */
  texts?: string[];
  offer: PendingOffer | null;
  stage?: 'qualified';
  /** The window the lead asked for, kept on the profile as theirs. */
  requested?: RequestedTime;
  handoff?: { reason: HandoffReason; summary: string };
  note?: { kind: string; subject: string; body: string };
}

/**
 * The reply queued through the outbox (the gate decides), the offer remembered or cleared, and the
 * turn recorded so the engine's job for this text is a no-op. A reply that would repeat the last
 * automated text word for word is not sent: the lead goes to the agent instead.
 */
async function reply(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: ReplyProps,
  options: SendOptions = { record: true },
): Promise<BookingOutcome> {
  const workspaceId = loaded.lead.workspaceId;
  return ctx.db.transaction().execute(async (trx) => {
    const lead = await lockLead(trx, workspaceId, loaded.lead.id);
    if (!lead) return { status: 'replied', replyMessageIds: [] };
    if (options.record) {
      const current = await loadTurn(trx, { workspaceId, leadId: lead.id, messageId: loaded.message.id });
      if (!current || current.covered) return { status: 'replied', replyMessageIds: [] };
    }
    let texts = props.texts ?? (props.text ? [props.text] : []);
    let { handoff, offer } = props;
    const previous = await lastAutomatedTextOf(trx, workspaceId, loaded.conversation.id);
    if (!handoff && wouldRepeat(previous, texts)) {
      const lang: ReplyLanguage = readProfile(lead.profile).language === 'es' ? 'es' : 'en';
      const reason: HandoffReason = offer?.missed ? 'no_time_fits' : 'no_progress';
      const repeated = `The assistant would have repeated its last text: ${quote(texts[0] ?? '')}.`;
      handoff = { reason, summary: summaryOf(loaded, reason, [repeated]) };
      texts = [handoffText(voiceOf(loaded, lang), reason)];
      offer = null;
    }
    const now = ctx.clock.now();
    const at = now.toISOString();
    const key = options.key ?? `reply:${loaded.message.id}:0`;
    const ids: string[] = [];
    for (const [index, body] of texts.entries()) {
      const { message } = await queueOutbound(trx, ctx, {
        workspace: loaded.workspace,
        contact: loaded.contact,
        leadId: lead.id,
        conversationId: loaded.conversation.id,
        body,
        kind: 'reply',
        purpose: 'conversational',
        author: 'assistant',
        directReply: true,
        idempotencyKey: index === 0 ? key : `${key}:${index}`,
      });
      ids.push(message.id);
    }
    const { pendingOffer: _previous, ...rest } = readProfile(lead.profile) as BookingProfile;
    let profile: BookingProfile = offer ? { ...rest, pendingOffer: offer } : rest;
    if (props.requested) {
      const source = { value: props.requested, messageId: loaded.message.id, at: loaded.message.createdAt };
      profile = {
        ...profile,
        requestedTime: props.requested,
        sources: { ...(profile.sources ?? {}), requestedTime: source },
      };
    }
    // The stage is read again: booking moved it to `appointment` in its own transaction.
    const fresh = await currentStage(trx, workspaceId, lead.id);
    const stage: LeadStage | undefined = handoff
      ? 'handed_off'
      : props.stage && fresh === 'appointment'
        ? props.stage
        : undefined;
    await updateLead(trx, workspaceId, lead.id, {
      profile: toJson(profile),
      ...(stage ? { stage } : {}),
      lastActivityAt: at,
      updatedAt: at,
    });
    if (stage && fresh && stage !== fresh) {
      await recordStageChange(trx, {
        workspaceId,
        leadId: lead.id,
        from: fresh,
        to: stage,
        by: 'assistant',
        at: now,
      });
    }
    await updateConversation(trx, workspaceId, loaded.conversation.id, {
      lastMessageAt: at,
      updatedAt: at,
      ...(handoff ? { assistantPaused: 1, pausedReason: `handoff:${handoff.reason}` } : {}),
    });
    const who = loaded.contact.name ?? loaded.contact.phone ?? 'A lead';
    const tell = (kind: string, subject: string, body: string) =>
      notifyTeam(trx, ctx, {
        workspaceId,
        leadId: lead.id,
        userId: lead.assignedUserId,
        kind,
        subject,
        body,
      });
    if (handoff) {
      const phone = loaded.contact.phone ?? loaded.contact.phoneRaw ?? 'none';
      await tell(
        'handoff',
        `${who} needs you: ${HANDOFF_LABELS[handoff.reason]}`,
        `${handoff.summary}\nPhone: ${phone}. The assistant is paused on this lead.`,
      );
    }
    if (props.note) await tell(props.note.kind, props.note.subject, `${who}: ${props.note.body}`);
    if (options.record) await recordTurn(trx, loaded, ids, at, now.getTime(), handoff?.reason ?? null);
    return { status: 'replied', replyMessageIds: ids };
  });
}

async function currentStage(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
): Promise<LeadStage | undefined> {
  const row = await db
    .selectFrom('leads')
    .select('stage')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', leadId)
    .executeTakeFirst();
  return row?.stage;
}

async function recordTurn(
  db: DbOrTrx,
  loaded: LoadedTurn,
  replyIds: string[],
  at: string,
  ms: number,
  handoffReason: HandoffReason | null,
) {
  for (const message of loaded.pending) {
    await insertTurnOnce(db, {
      id: newId(ms),
      workspaceId: loaded.lead.workspaceId,
      leadId: loaded.lead.id,
      conversationId: loaded.conversation.id,
      inboundMessageId: message.id,
      status: message.id === loaded.message.id ? 'replied' : 'coalesced',
      skipReason: null,
      askedSlot: null,
      declinedSlot: null,
      progressed: message.id === loaded.message.id ? 1 : 0,
      answerSource: null,
      handoffReason: message.id === loaded.message.id ? handoffReason : null,
      replyMessageIds: toJson(message.id === loaded.message.id ? replyIds : []),
      engine: 'deterministic',
      model: null,
      promptVersion: null,
      assistMs: null,
      inputTokens: null,
      outputTokens: null,
      assistFallback: null,
      decideMs: 0,
      createdAt: at,
    });
  }
}
