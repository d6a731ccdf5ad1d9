import type { Slot } from './engine.types.js';
import { addressIn } from './knowledge/address.js';
import type { Reading } from './profile.js';
import { isUnsure, plain, saysNo, saysYes } from './signals.js';
import type { Intent, Understanding } from './understanding/understanding.schema.js';

/**
 * A message read as an answer to the question asked last. "yes", "3" or "both" mean nothing alone;
 * after "Are you pre-approved?", "How many bedrooms?" or "Buy, sell, or both?" they are answers.
 * Only fills what the message's own reading left empty.
 */
export interface ContextualReading {
  reading: Reading;
  /** The lead would rather not answer, or does not know yet: do not ask again. */
  declined: boolean;
}

const NUMBER =
  /^(?:about |around |maybe |probably |like |~)?(\d+(?:\.\d+)?)(?:\s*(?:or|-|to)\s*\d+(?:\.\d+)?)?\s*(?:ish)?$/;
const NO_PREFERENCE =
  /^(?:any(?:where|thing)?|no preference|doesn't matter|doesnt matter|don't care|dont care|flexible|open|wherever|whatever|not sure|idk|no idea|n\/a|na|none|cualquiera|donde sea|no s[eé]|no importa|me da igual|todav[ií]a no s[eé]|ninguno)$/;
const FILLER =
  /^(?:ok|okay|k|hi|hey|hello|thanks|thank you|yes|no|yeah|nope|sure|maybe|lol|haha|cool|great|s[ií]|claro|gracias|hola|bueno|vale|dale|jaja|correcto|exacto)$/;

/** Spanish yes and no to a yes-or-no question ("\b" does not end a word in "í"). */
const SI = /^(?:s[ií]|claro|as[ií] es|correcto|de contado)(?=$|[\s,.!])/;
const NO_ES = /^(?:no|todav[ií]a no|a[uú]n no|nel|para nada)(?=$|[\s,.!])/;

/** Units that do not change a bare answer's number: "$2000 a month", "3 bedrooms", "6 months". */
const UNITS =
  /\s*(?:dollars|bucks|a month|per month|\/mo|\/month|monthly|months?|mos?|bedrooms?|beds?|br|baths?|bathrooms?|ba|d[oó]lares|al mes|por mes|mensuales|meses|mes|rec[aá]maras?|habitaciones|habitaci[oó]n|cuartos?|ba[nñ]os?)$/;

/** A short answer holding one number ("3", "maybe 10 months", "$2000 a month"), or null. */
function bareNumber(text: string): number | null {
  const cleaned = plain(text)
    .replace(/[!.?,]+$/, '')
    .replace(/\$\s*/g, '')
    .replace(/(\d),(\d{3})\b/g, '$1$2');
  const match = NUMBER.exec(cleaned.replace(UNITS, ''));
  if (match?.[1]) return Number(match[1]);
  const numbers = cleaned.match(/\d+(?:\.\d+)?/g) ?? [];
  const words = cleaned.split(/\s+/).filter(Boolean);
  return numbers.length === 1 && words.length <= 4 ? Number(numbers[0]) : null;
}

/** Someone else's side of a sale ("would the seller take 430k?", "the listing agent"): not the lead's plan. */
const OTHER_PARTY =
  /\b(?:the|their|his|her|a|that|this)\s+(?:sellers?|buyers?|listing(?:\s+agent)?|landlord|renters?)\b/g;

function intentIn(text: string): Intent | null {
  const t = plain(text).replace(OTHER_PARTY, ' ');
  if (/\bboth\b|\bbuy(?:ing)? and sell(?:ing)?\b|\bsell(?:ing)? and buy(?:ing)?\b/.test(t)) return 'both';
  if (/\bambas?\b|\blas dos\b|\blos dos\b|\bcomprar y vender\b|\bvender y comprar\b/.test(t)) return 'both';
  if (/\b(?:rentar|alquilar|renta|alquiler)\b/.test(t)) return 'rent';
  if (/\b(?:vender|venta|vendo)\b/.test(t)) return 'sell';
  if (/\b(?:comprar|compra|compro)\b/.test(t)) return 'buy';
  // Prefixes, for how people type: "buyin", "sellin", "purchse" is beyond help.
  if (/\b(?:rent|renting|lease|leasing)\b/.test(t)) return 'rent';
  if (/\b(?:sell\w*|list|listing)\b/.test(t)) return 'sell';
  if (/\b(?:buy\w*|purchas\w*)\b/.test(t)) return 'buy';
  return null;
}

function budgetFrom(n: number, intent: Intent | undefined): number | null {
  if (intent === 'rent') return n >= 300 && n <= 50_000 ? n : null;
  if (n > 0 && n < 20) return n * 1_000_000;
  if (n >= 50 && n < 20_000) return n * 1000;
  if (n >= 20_000) return n;
  return null;
}

function areasIn(text: string): string[] {
  const t = text.trim().replace(/[.!?]+$/, '');
  if (t.length === 0 || t.length > 60 || /\d{3,}|\?/.test(t)) return [];
  const named = t
    .split(/\s*(?:,|\/|&|\bor\b|\band\b)\s*/i)
    .map((part) => part.replace(/^(?:in|around|near|the)\s+/i, '').trim());
  // A sentence ("not for a year or so") names no places: not even the word it leaves after "or".
  if (named.some((part) => part.split(/\s+/).length > 3)) return [];
  const parts = named.filter((part) => part.length > 1);
  if (parts.some((part) => FILLER.test(plain(part)) || NO_PREFERENCE.test(plain(part)))) return [];
  return parts.map((part) => part.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
}

export function readInContext(
  text: string,
  understanding: Understanding,
  pending: Slot | null,
  intent: Intent | undefined,
): ContextualReading {
  const none: ContextualReading = { reading: {}, declined: false };
  if (!pending) return none;
  const t = plain(text);
  const declined = isUnsure(t) || NO_PREFERENCE.test(t.replace(/[.!]+$/, ''));
  // "thursday at 10am works" answers no question with its 10: the number is the time's.
  const number = understanding.requestedTime ? null : bareNumber(text);
  switch (pending) {
    case 'intent': {
      if (understanding.intent) return none;
      const found = intentIn(text);
      return found ? { reading: { intent: found }, declined: false } : { reading: {}, declined };
    }
    case 'preApproved':
      if (understanding.preApproved !== null) return none;
      if (saysYes(t) || SI.test(t)) return { reading: { preApproved: true }, declined: false };
      if (saysNo(t) || NO_ES.test(t)) return { reading: { preApproved: false }, declined: false };
      return { reading: {}, declined };
    case 'timelineMonths':
      if (understanding.timelineMonths !== null) return none;
      if (
        number !== null &&
        Number.isInteger(number) &&
        number <= 36 &&
        !/\b(?:weeks?|days?|years?|yrs?)\b/.test(t)
      ) {
        return { reading: { timelineMonths: number }, declined: false };
      }
      return { reading: {}, declined };
    case 'budget': {
      if (understanding.budgetMax !== null || understanding.budgetMin !== null) return none;
      const amount = number === null ? null : budgetFrom(number, intent);
      return amount === null
        ? { reading: {}, declined }
        : { reading: { budgetMax: amount }, declined: false };
    }
    case 'beds':
    case 'baths': {
      if (understanding[pending] !== null) return none;
      const ok = number !== null && number >= 0 && number <= 12;
      return ok ? { reading: { [pending]: number } as Reading, declined: false } : { reading: {}, declined };
    }
    case 'areas': {
      if (understanding.areas.length > 0) return none;
      const areas = declined || understanding.question ? [] : areasIn(text);
      return areas.length > 0 ? { reading: { areas }, declined: false } : { reading: {}, declined };
    }
    case 'propertyAddress': {
      const address = addressIn(text);
      return address ? { reading: { propertyAddress: address }, declined: false } : { reading: {}, declined };
    }
    case 'propertyType':
    case 'requestedTime':
    // A renter's move-in date and pets are read in renting.ts.
    case 'moveInDate':
    case 'pets':
      return { reading: {}, declined };
  }
}
