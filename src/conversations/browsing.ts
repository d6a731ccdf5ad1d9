import type { Profile, Slot, TurnInput } from './engine.types.js';
import * as say from './replies.js';
import { MAX_ASKS, slotKnown } from './script.js';

/**
 * A lead who is only browsing, not ready, or more than a year from moving is not pushed to an
 * appointment: the assistant says it is in no hurry, offers homes that fit, and asks what helps pick
 * them; times are offered only when the lead asks to meet. Sellers are not browsers: they keep the
 * listing appointment.
 */

const BROWSING = [
  /\bjust (?:browsing|looking|curious|window shopping)\b/,
  /\b(?:only|mostly|still) (?:browsing|window shopping)\b/,
  /\bbrowsing (?:for now|around|listings|homes|houses)\b/,
  /\bnot (?:quite |really )?ready(?: yet)?\b/,
  /\bnot (?:for|until|till) (?:a|another|about a|at least a|over a|more than a|a couple|next|\d+)\b[^.!?]{0,15}\b(?:years?|yr|yrs)\b/,
  /\bsolo (?:estoy |estamos )?(?:viendo|mirando|curioseando)\b/,
  /\bno (?:estoy|estamos) list[oa]s?\b/,
];

/** "A year or so" is a timeline to plan a meeting for; further out is a lead to keep in touch with. */
const FAR_OUT_MONTHS = 12;

const plain = (text: string) => text.toLowerCase().replace(/[’']/g, "'");

export const saysBrowsing = (text: string): boolean => BROWSING.some((p) => p.test(plain(text)));

/** The lead's words before this turn (the inquiry's and earlier texts), and this turn's. */
function wordsOf(input: TurnInput): { before: string[]; now: string[] } {
  const now = input.messages.map((m) => m.text);
  const earlier = input.history
    .filter((m) => m.direction === 'inbound' && !input.messages.some((t) => t.id === m.id))
    .map((m) => m.body);
  return { before: [...(input.inquiry?.messages ?? []), ...earlier], now };
}

/** Whether the lead said so in this turn's texts, an earlier one or the inquiry, or moves over a year out. */
export function isBrowsing(input: TurnInput, profile: Profile): boolean {
  if (profile.intent === 'sell' || profile.intent === 'rent') return false;
  if ((profile.timelineMonths ?? 0) > FAR_OUT_MONTHS) return true;
  const { before, now } = wordsOf(input);
  return [...before, ...now].some(saysBrowsing);
}

/** Said for the first time in this turn: the turn that says it back. */
export function saysBrowsingFirst(input: TurnInput): boolean {
  const { before, now } = wordsOf(input);
  return now.some(saysBrowsing) && !before.some(saysBrowsing);
}

const UNKNOWNS = ['areas', 'budget', 'beds'] as const;

const ASKS: Record<(typeof UNKNOWNS)[number], say.Texts> = {
  areas: {
    en: ['Which areas would you like to see?', 'Any neighborhoods in mind?'],
    es: ['¿Qué zonas le gustaría ver?', '¿Tiene algún vecindario en mente?'],
  },
  budget: {
    en: ['What price range should I keep an eye on?', 'Roughly what price range works for you?'],
    es: ['¿En qué rango de precio busco?', '¿Más o menos qué rango de precio le funciona?'],
  },
  beds: {
    en: ['How many bedrooms would you like?', 'How many bedrooms do you need?'],
    es: ['¿Cuántas habitaciones le gustaría?', '¿Cuántas habitaciones necesita?'],
  },
};

/**
 * The nurturing reply: on the turn the lead says they are browsing, that homes that fit can be sent;
 * then the script's next question or what helps pick homes (area, budget, bedrooms), or, with those known,
 * that the agent will send listings and keep in touch. `asked` is the slot the reply asks, if any.
 */
export function nurture(
  voice: say.Voice,
  profile: Profile,
  asked: Partial<Record<Slot, number>>,
  props: { justSaid: boolean; question: { slot: Slot; text: string } | null },
): { texts: string[]; asked: Slot | null } {
  const slot = UNKNOWNS.find((s) => !slotKnown(profile, s) && (asked[s] ?? 0) < MAX_ASKS);
  const next =
    props.question ?? (slot ? { slot, text: say.say(voice, `nurture-${slot}`, ASKS[slot]) } : null);
  if (next === null) return { texts: [say.say(voice, 'nurture-close', CLOSE)], asked: null };
  const offer = props.justSaid ? [say.say(voice, 'nurture-offer', OFFER)] : [];
  return { texts: [...offer, next.text], asked: next.slot };
}

const OFFER: say.Texts = {
  en: [
    'No rush at all. I can send you homes that fit as they come up.',
    'No pressure. Happy to send you listings that fit while you look.',
  ],
  es: [
    'Sin ninguna prisa. Le puedo enviar casas que le queden bien.',
    'Sin presión. Con gusto le envío opciones que le queden mientras busca.',
  ],
};

const CLOSE: say.Texts = {
  en: [
    "No rush at all. {agent} will send you homes that fit as they come up, and I'll check in now and then. Text me anytime you'd like to see one.",
    "Sounds good. {agent} will send you listings that match, and I'll keep in touch. Whenever you'd like to tour one, just text me.",
  ],
  es: [
    'Sin ninguna prisa. {agent} le enviará casas que le queden bien, y le escribiré de vez en cuando. Escríbame cuando quiera ver alguna.',
    'Muy bien. {agent} le mandará opciones que le queden, y seguimos en contacto. Cuando quiera ver una, escríbame.',
  ],
};
