import { DateTime } from 'luxon';
import type { OfferedSlot, SlotPreferences } from '../scheduling/index.js';
import { namesDay } from './carried-day.js';
import type { OpenHouseOffer } from './knowledge/open-houses.js';
import type { RequestedTime } from './understanding/understanding.schema.js';

/**
 * How a lead's text is read against a booking: the offer remembered on the profile, a choice among
 * its times, a refusal, a counter-proposal, the open house, a change or a cancellation. Pure functions
 * of the text (the voice channel reads its callers' words with them too).
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
  /** The lead said yes without picking a time and was asked to pick: a second such reply goes to the agent. */
  askedToPick?: boolean;
}

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

/**
 * "any of those", "whichever", "either works", "cualquiera": the lead takes any time offered (the
 * earliest is booked). Never with a no or a not.
 */
export function takesAnyTime(text: string): boolean {
  const t = text.toLowerCase().trim();
  if (/\b(no|nope|not|n'?t|cannot|none|neither|but|except|rather|prefer|better|pero|menos)\b|\?/.test(t)) {
    return false;
  }
  return /^(?:(?:yes|yeah|yep|sure|ok|okay|s[ií]|claro)(?![\p{L}])[\s\p{P}]*)?(?:any(?: one)?(?: of (?:those|them|these|the times|the three|the two))?|any time|anytime|either(?: one)?|whichever(?: one)?|whatever works|cualquiera(?: de (?:esas|ellas|esas horas|las tres|las dos))?|la que sea)(?:[\s\p{P}]+(?:works?|would work|is fine|are fine|is good|are good|is ok(?:ay)?|is (?:soonest|first|earliest)|(?:works|is (?:best|easiest)) for (?:me|us|you|[a-z]+)|for me|for us|(?:me|nos) queda bien|est[aá] bien|thanks?|thank you|please|pls|gracias|por favor))*[\s\p{P}]*$/u.test(
    t,
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
    // with no hour written as digits, the window read; "sat at noon" is an hour, not all of Saturday
    if (hours.length === 0 && requested && (days.length === 0 || isExactTime(requested))) {
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
  if (!requested || !offer.missed || namesDay(text) || !isExactTime(requested)) return requested;
  const day = DateTime.fromISO(offer.missed.requested.start, { setZone: true }).setZone(zone);
  const at = DateTime.fromISO(requested.start, { setZone: true }).setZone(zone);
  const start = day.set({ hour: at.hour, minute: at.minute, second: 0, millisecond: 0 });
  const end = start.plus({ milliseconds: Date.parse(requested.end) - Date.parse(requested.start) });
  return { start: start.toISO() ?? requested.start, end: end.toISO() ?? requested.end };
}

/**
 * "9 is fine" after nothing was free Monday at 8 and Monday 9, Monday 11 and Tuesday 9 were offered: the
 * times on the day asked for. A text naming a day, or no match on that day, keeps every match.
 */
export function onMissedDaySlots(matches: OfferedSlot[], text: string, offer: PendingOffer): OfferedSlot[] {
  if (matches.length < 2 || !offer.missed || namesDay(text)) return matches;
  const day = DateTime.fromISO(offer.missed.requested.start, { setZone: true }).setZone(offer.timezone);
  const onDay = matches.filter((m) =>
    DateTime.fromISO(m.start, { zone: offer.timezone }).hasSame(day, 'day'),
  );
  return onDay.length > 0 ? onDay : matches;
}

/** An exact time ("thursday at 2") rather than a day or a part of it: at most 90 minutes. */
export const isExactTime = (requested: RequestedTime) =>
  Date.parse(requested.end) - Date.parse(requested.start) <= 90 * 60_000;

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

export function within(slot: OfferedSlot, requested: RequestedTime): boolean {
  const start = Date.parse(slot.start);
  return start >= Date.parse(requested.start) && start < Date.parse(requested.end);
}
