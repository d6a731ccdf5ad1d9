import type { AppContext } from '../http/context.js';
import { listAppointmentTypes } from '../scheduling/appointment-types.service.js';
import {
  createBookingLink,
  nearestAlternatives,
  type OfferedSlot,
  type OfferSlotsProps,
  offerSlots,
  type SlotOffer,
} from '../scheduling/index.js';
import { bookChosen } from './booking-confirm.js';
import { isExactTime, type PendingOffer, preferencesFrom } from './booking-reading.js';
import { type BookingOutcome, quote, reply, type SendOptions, summaryOf, voiceOf } from './booking-reply.js';
import { alternativesParts, bookingLinkText, type OfferIntro, offerTexts } from './booking-texts.js';
import type { HandoffReason, ReplyLanguage } from './engine.types.js';
import { openHousesForLead } from './knowledge/open-houses.js';
import { readProfile } from './profile.js';
import { handoffText } from './replies.js';
import { inquiryContext, type LeadThread, type LoadedTurn } from './turn.context.js';
import type { RequestedTime } from './understanding/understanding.schema.js';
import { packTexts, windowPhrase } from './wording.js';

/**
 * Offering times in the conversation: those in the window asked for, else the nearest alternatives
 * (other hours that day, the next days with free time, the open house of the home asked about), the
 * booking link when nothing fits, and the handoff when the nearest times do not suit the lead.
 */

/** The lead's words this turn answers (after the engine's turn, the text that started it). */
export const requestText = (loaded: LoadedTurn) =>
  loaded.pending.length > 0 ? loaded.pending.map((m) => m.body).join(' ') : loaded.message.body;

/**
 * Times to offer: those in the window asked for (up to three on one day), else the nearest
 * alternatives; a window asked for after alternatives were offered, with nothing free either, hands
 * the lead to the agent.
 */
export async function offerAgain(
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
    const { found, named } = await slotsAsked(ctx, base, requested, loaded.tz);
    // An exact time the lead named that is free is booked (or the appointment moved) and read back.
    const booked = named ? await bookChosen(ctx, loaded, { ...props, slot: named }, options) : null;
    if (booked) return booked;
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

/** The free times in the window asked for, and among them the exact time named, when it is one. */
export async function slotsAsked(
  ctx: AppContext,
  base: Omit<OfferSlotsProps, 'preferences' | 'perDay'>,
  requested: RequestedTime,
  zone: string,
): Promise<{ found: SlotOffer; named: OfferedSlot | undefined }> {
  const preferences = preferencesFrom(requested, zone);
  const found = await offerSlots(ctx, {
    ...base,
    preferences,
    ...(preferences.weekdays ? { perDay: 3 } : {}),
  });
  const named = isExactTime(requested)
    ? found.slots.find((s) => Date.parse(s.start) === Date.parse(requested.start))
    : undefined;
  return { found, named };
}

export function offerOf(
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
export async function alternatives(
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
  const found = await alternativesOffer(ctx, loaded, {
    ...props,
    words: requestWords(loaded, props.requested),
  });
  if (!found) return bookingLink(ctx, loaded, props.appointmentTypeId, props.lang, options);
  return reply(
    ctx,
    loaded,
    { texts: packTexts(found.parts), offer: found.offer, requested: props.requested },
    options,
  );
}

/**
 * The nearest alternatives' words, as parts to pack into texts, and the offer to remember; null when
 * there is no free time and no open house to offer. Sends nothing: the first response carries them too.
 */
export async function alternativesOffer(
  ctx: AppContext,
  loaded: LeadThread,
  props: {
    appointmentTypeId: string;
    rescheduleOf?: string | undefined;
    requested: RequestedTime;
    lang: ReplyLanguage;
    /** The lead's words that asked for the time, for the agent should the lead refuse these. */
    words: string;
  },
): Promise<{ parts: string[]; offer: PendingOffer } | null> {
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
  if (slots.length === 0 && !openHouse) return null;
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
    missed: { texts: [props.words], requested: props.requested },
    ...(openHouse ? { openHouse } : {}),
  };
  return { parts, offer };
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
export function requestWords(loaded: LoadedTurn, requested: RequestedTime): string {
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

/**
 * The nearest times did not suit the lead (a refusal, or a second request with nothing free): the
 * agent takes over, with what the lead asked for quoted in the handoff.
 */
export function noTimeFits(
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

export function handOff(
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

export async function bookingLink(
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
