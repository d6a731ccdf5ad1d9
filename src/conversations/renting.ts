import { DateTime } from 'luxon';
import type { Profile, ProfileChange, Slot, TurnMessage } from './engine.types.js';
import { applyProfileChanges, factsOf } from './profile.js';
import type { TurnReading } from './reading.js';
import { say, type Voice } from './replies.js';
import { MAX_ASKS, slotKnown } from './script.js';
import { plain } from './signals.js';

/**
 * The renter's script: move-in date, monthly budget, pets and bedrooms. A renter is never asked to
 * buy or sell, and once these are known (or asked as often as they may be) the lead goes to the agent
 * as a renter (`renter_ready`), not as a hot buyer. Move-in dates and pets are read here, from the
 * renter's own words; a date said about moving in is a move-in date, never a time to meet.
 */

export const RENTER_SLOTS = ['moveInDate', 'budget', 'pets', 'beds'] as const satisfies readonly Slot[];

/** Every fact of the renter's script is known, or was asked as often as it may be. */
export function renterReady(profile: Profile, asked: Partial<Record<Slot, number>>): boolean {
  if (profile.intent !== 'rent') return false;
  if (!slotKnown(profile, 'moveInDate') && !slotKnown(profile, 'budget')) return false;
  return RENTER_SLOTS.every((slot) => slotKnown(profile, slot) || (asked[slot] ?? 0) >= MAX_ASKS);
}

/** A renter who has told nothing of the rental they want: none of the renter's script is known yet. */
export function saidNothingOfRental(profile: Profile): boolean {
  return profile.intent === 'rent' && RENTER_SLOTS.every((slot) => !slotKnown(profile, slot));
}

/**
 * The first question to such a renter: open, so they say in their own words what they need (most say
 * the bedrooms, the date and the pets at once) rather than being walked through the script from its top.
 */
export function askWhatRentalFits(voice: Voice): string {
  return say(voice, 'renter-open', {
    en: [
      'What are you looking for in a rental?',
      'Tell me a bit about the rental you have in mind: what are you looking for?',
    ],
    es: ['¿Qué busca en una renta?'],
  });
}

const NO_PETS =
  /\b(?:no|zero|without|sin) (?:pets?|animals?|dogs?|cats?|mascotas?)\b|\bpet[- ]?free\b|\bno (?:tengo|tenemos) (?:mascotas?|perros?|gatos?)\b|\b(?:don'?t|do not) have (?:any )?(?:pets?|dogs?|cats?|animals?)\b/;
const HAS_PETS =
  /\b(?:a|an|one|two|three|four|\d|my|our|have|has|got|with|bringing)\s+(?:(?:small|little|big|large|senior|old|young|sweet|emotional support|service|indoor)\s+)?(?:dogs?|cats?|pets?|pupp(?:y|ies)|kittens?|doggos?|pups?)\b|\b(?:tengo|tenemos) (?:un |una |dos |\d )?(?:perros?|gatos?|mascotas?|perrito|gatito)\b/;

/** Whether the renter has pets: from their words, or a yes or no to the question about pets. */
export function readPets(text: string, pending: Slot | null): boolean | null {
  const t = plain(text);
  if (NO_PETS.test(t)) return false;
  // "do you allow pets?" asks about a policy; it says nothing of theirs.
  const askingPolicy = /\?\s*$/.test(t) && /\b(?:allow|allowed|accept|ok|okay|friendly|permit)\b/.test(t);
  if (HAS_PETS.test(t) && !askingPolicy) return true;
  if (pending === 'pets') {
    if (/^(?:no|nope|nah|none|not really|negative|no pets?)\b/.test(t) || /^no\b/.test(t)) return false;
    if (/^(?:yes|yeah|yep|yup|sí|si|we do|i do|one|two|\d)\b/.test(t)) return true;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** Words that make a date in a renter's text the move-in date: moving, a lease, or renting itself. */
const MOVE_WORDS =
  /\b(?:move|moving|move-in|movein|lease|start|need (?:a|the) place|need it|by|before|on|rent|renting|mudar\w*|mudanza|entrar|rentar|alquilar)\b/;

/** The day of the month asked for on or after today (this month, else the next). */
function upcoming(now: DateTime, month: number, day: number): DateTime | null {
  let at = DateTime.fromObject({ year: now.year, month, day }, { zone: now.zone });
  if (!at.isValid) return null;
  if (at < now.startOf('day')) at = at.plus({ years: 1 });
  return at;
}

/**
 * A move-in date the renter named, as YYYY-MM-DD in their zone: "by April 1", "4/1", "the 1st",
 * "in April" (its first day), "end of the month", "el 1 de abril". Read when the text speaks of moving
 * (or answers the move-in question). A span ("asap", "in 2 months") names no date: it is the timeline,
 * which the reader takes, and the move-in question counts it as answered.
 */
export function readMoveInDate(
  text: string,
  context: { now: Date; tz: string; pending: Slot | null },
): string | null {
  const t = plain(text);
  if (context.pending !== 'moveInDate' && !MOVE_WORDS.test(t)) return null;
  const now = DateTime.fromJSDate(context.now, { zone: context.tz });
  const iso = (at: DateTime | null) => (at?.isValid ? at.toISODate() : null);
  const monthDay =
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?\b/.exec(t);
  if (monthDay) return iso(upcoming(now, MONTHS.indexOf(monthDay[1] ?? '') + 1, Number(monthDay[2])));
  const dayMonth =
    /\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.exec(t);
  if (dayMonth) return iso(upcoming(now, MONTHS.indexOf(dayMonth[2] ?? '') + 1, Number(dayMonth[1])));
  const spanish =
    /\b(\d{1,2}) de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/.exec(
      t,
    );
  if (spanish) return iso(upcoming(now, MONTHS_ES.indexOf(spanish[2] ?? '') + 1, Number(spanish[1])));
  const slashed = /\b(\d{1,2})\/(\d{1,2})\b/.exec(t);
  if (slashed) return iso(upcoming(now, Number(slashed[1]), Number(slashed[2])));
  if (/\bend of (?:the |this )?month\b|\bfin de mes\b/.test(t)) return iso(now.endOf('month'));
  const ordinal = /\b(?:the )?(\d{1,2})(?:st|nd|rd|th)\b/.exec(t);
  if (ordinal) {
    // "the 1st": that day this month, else next month.
    const day = Number(ordinal[1]);
    const thisMonth = now.set({ day });
    if (thisMonth.isValid && thisMonth.month === now.month && thisMonth >= now.startOf('day'))
      return iso(thisMonth);
    return iso(now.plus({ months: 1 }).set({ day }));
  }
  const monthOnly =
    /\b(?:in|by|early|mid|late)? ?(january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/.exec(
      t,
    );
  if (monthOnly?.[1]) {
    const name = monthOnly[1];
    const month = MONTHS.indexOf(name.slice(0, 3)) + 1 || MONTHS_ES.indexOf(name) + 1;
    if (month > 0) return iso(upcoming(now, month, 1) ?? null);
  }
  return null;
}

/**
 * A turn's reading with the renter's own facts: the move-in date and pets from each text, and a
 * meeting time read from a move-in sentence dropped (it is when they move, not when to meet).
 */
export function withRenterFacts<R extends TurnReading & { profile: Profile }>(
  read: R,
  context: { messages: readonly TurnMessage[]; pendingSlot: Slot | null; tz: string },
): R {
  if (read.profile.intent !== 'rent') return read;
  let profile: Profile = read.profile;
  let learned = [...read.learned];
  context.messages.forEach((message, index) => {
    const pending = index === 0 ? context.pendingSlot : null;
    const source = { messageId: message.id, at: message.at };
    const changes: ProfileChange[] = [];
    const moveIn = readMoveInDate(message.text, { now: new Date(message.at), tz: context.tz, pending });
    if (moveIn && moveIn !== profile.moveInDate) {
      changes.push({ field: 'moveInDate', value: moveIn, ...source });
      learned = learned.filter((c) => !(c.field === 'requestedTime' && c.messageId === message.id));
    }
    const pets = readPets(message.text, pending);
    if (pets !== null && pets !== profile.pets) changes.push({ field: 'pets', value: pets, ...source });
    if (changes.length > 0) learned.push(...changes);
  });
  const dropped = read.learned.find((c) => c.field === 'requestedTime' && !learned.includes(c));
  const added = learned.filter((c) => !read.learned.includes(c));
  profile = factsOf(applyProfileChanges(profile, added));
  if (dropped && JSON.stringify(profile.requestedTime) === JSON.stringify(dropped.value)) {
    delete profile.requestedTime;
  }
  return { ...read, learned, profile };
}

const MONTH_NAMES_ES = MONTHS_ES;

/** "Apr 1" / "1 de abril": a move-in date said back. */
export function moveInPhrase(date: string, lang: 'en' | 'es' = 'en'): string {
  const at = DateTime.fromISO(date);
  if (!at.isValid) return date;
  return lang === 'es'
    ? `el ${at.day} de ${MONTH_NAMES_ES[at.month - 1]}`
    : at.setLocale('en-US').toFormat('LLL d');
}
