import { DateTime } from 'luxon';
import type { Slot } from '../engine.types.js';
import { lookupPlace, placeKey, placeName } from '../understanding/gazetteer.js';
import { marketAreas } from '../understanding/market-areas.js';
import type { MarketAreaInput, Understanding } from '../understanding/understanding.schema.js';
import { claimsOf, normalizeDigits } from './claims.js';

/** A model's reading of a message: the fields of Understanding it may give, never the compliance ones. */
export type GroundedReading = Partial<Omit<Understanding, 'keyword' | 'optOut'>>;

export interface MessageText {
  text: string;
  tz: string;
  /**
   * The workspace's own areas: a model's place must be one of these or one the gazetteer knows.
   * `unchecked` (a reading outside a conversation, or checked again by the engine): a place named in the
   * text is kept as the text spells it even when the gazetteer does not know it.
   */
  marketAreas?: readonly MarketAreaInput[] | 'unchecked' | undefined;
  /** What the assistant asked last: a bare "3" answers "How many bedrooms?". */
  pendingSlot?: Slot | null | undefined;
}

const YES_NO = /\b(?:yes|yeah|yep|yup|no|nope|not\s+yet|si|sí)\b/;

const INTENT_WORDS: Record<string, RegExp> = {
  buy: /\b(?:buy\w*|bought|purchas\w*|first[- ]time|looking\s+for\s+(?:a|an|our)\s+(?:home|house|condo|place|townhouse)|home\s*buyer)\b/,
  sell: /\b(?:sell\w*|sold|list(?:ing)?\s+(?:my|our|the)|home\s*seller)\b/,
  rent: /\b(?:rent\w*|leas\w*|tenant|apartment)\b/,
};

const PROPERTY_WORDS: Record<string, RegExp> = {
  single_family: /\b(?:single[- ]?family|house|home|detached|sfh)\b/,
  condo: /\b(?:condo\w*|apartment|flat|loft)\b/,
  townhouse: /\b(?:town\s?(?:house|home)s?|row\s?house)\b/,
  multi_family: /\b(?:duplex|triplex|fourplex|quadplex|multi[- ]?family|multifamily|units)\b/,
  land: /\b(?:land|lot|acres?|acreage)\b/,
  manufactured: /\b(?:manufactured|mobile\s+home|modular|trailer)\b/,
};

const FINANCING = /\b(?:pre-?approv\w*|approv\w*|pre-?qual\w*|lender|mortgage|loan|cash|financ\w*|letter)\b/;
const ASAP = /\b(?:asap|now|immediately|right\s+away|as\s+soon\s+as|right\s+now|urgent\w*)\b/;
const TIME_WORDS =
  /\b(?:today|tonight|tonite|tomorrow|tmrw|tmr|tmw|morning|afternoon|evening|noon|weekend|mon|tue|wed|thu|fri|sat|sun)\w*\b|\d\s?(?:am|pm|ish)\b|\bat\s+\d|\d:\d\d/;

const squash = (text: string) =>
  ` ${normalizeDigits(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}$.,/:'-]+/gu, ' ')
    .trim()} `;

const words = (text: string) =>
  ` ${normalizeDigits(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** The figures a message states, by what they measure ("beds:3", "money:450000", "num:3"). */
function figures(text: string): { claims: Set<string>; numbers: Set<number> } {
  const claims = new Set(claimsOf(text));
  const numbers = new Set<number>();
  for (const claim of claims) {
    const [kind, value] = claim.split(':');
    if (!value || kind === 'claim' || kind === 'weekday' || kind === 'month' || kind === 'day') continue;
    if (kind === 'pair') for (const part of value.split('/')) numbers.add(Number(part));
    else if (kind !== 'time') numbers.add(Number(value));
  }
  return { claims, numbers };
}

function roomsSupported(
  value: number,
  unit: 'beds' | 'baths',
  text: string,
  f: ReturnType<typeof figures>,
): boolean {
  if (f.claims.has(`${unit}:${value}`)) return true;
  for (const claim of f.claims) {
    const pair = /^pair:(\d+)\/([\d.]+)$/.exec(claim);
    if (pair && Number(unit === 'beds' ? pair[1] : pair[2]) === value) return true;
  }
  const named = unit === 'beds' ? /\b(?:bed|br|bd|bedroom)/ : /\b(?:bath|ba|bathroom)/;
  return named.test(text) && f.numbers.has(value);
}

function timelineSupported(months: number, text: string, f: ReturnType<typeof figures>): boolean {
  if (months === 0) return ASAP.test(text);
  if (f.claims.has(`months:${months}`) || f.claims.has(`years:${months / 12}`)) return true;
  for (const claim of f.claims) {
    const weeks = /^weeks:([\d.]+)$/.exec(claim);
    if (weeks && Math.abs(Number(weeks[1]) / 4.345 - months) < 1) return true;
  }
  if (months === 1 && /\bnext\s+month\b/.test(text)) return true;
  if (months === 12 && /\bnext\s+year\b/.test(text)) return true;
  return /\b(?:month|mo|year|yr)/.test(text) && f.numbers.has(months);
}

function moneySupported(value: number, text: string, f: ReturnType<typeof figures>): boolean {
  if (f.claims.has(`money:${value}`) || f.numbers.has(value)) return true;
  // "budget is 450" means thousands when the text speaks of a price.
  return (
    value % 1000 === 0 &&
    f.numbers.has(value / 1000) &&
    /\b(?:budget|price|afford|spend|around|under|up\s+to|max|range|rent|month)\b/.test(text)
  );
}

/** The place as the workspace or the gazetteer names it, when the message names it; null otherwise. */
function groundedArea(area: string, message: MessageText, text: string): string | null {
  const key = placeKey(area);
  if (key === '' || !text.includes(` ${words(area).trim()} `)) return null;
  const market =
    message.marketAreas === 'unchecked' ? undefined : marketAreas(message.marketAreas).names.get(key);
  if (market) return market;
  if (lookupPlace(area)) return placeName(area);
  return message.marketAreas === 'unchecked' ? area.trim().replace(/\s+/g, ' ') : null;
}

function timeSupported(start: string, message: MessageText, text: string, f: ReturnType<typeof figures>) {
  if (!TIME_WORDS.test(text) && ![...f.claims].some((c) => c.startsWith('time:') || c.startsWith('month:'))) {
    return false;
  }
  const at = DateTime.fromISO(start, { setZone: true }).setZone(message.tz);
  if (!at.isValid) return false;
  const weekdays = [...f.claims].filter((c) => c.startsWith('weekday:'));
  if (weekdays.length > 0 && !weekdays.includes(`weekday:${at.toFormat('ccc').toLowerCase()}`)) return false;
  const times = [...f.claims].filter((c) => c.startsWith('time:'));
  const hour12 = at.hour % 12 === 0 ? 12 : at.hour % 12;
  return times.length === 0 || times.some((c) => Number(c.slice(5).split(':')[0]) % 12 === hour12 % 12);
}

export interface Grounding {
  reading: GroundedReading;
  /** Fields the message does not support, by name. */
  unsupported: string[];
}

/**
 * Keeps a model's value only where the message supports it: the figure appears with its unit (digits,
 * number words, full-width and Arabic-Indic digits and money forms normalised), the word for an intent,
 * a property type or financing is there, a place is named in the text and known to the workspace or the
 * gazetteer (and stored under that name, never the model's spelling), a requested time matches the day
 * and hour said, and a question is the lead's own words. Whether the lead wants a person is never taken
 * from a model: a handoff is the engine's decision on the lead's words.
 */
export function groundReading(given: GroundedReading, message: MessageText): Grounding {
  const text = words(message.text);
  const f = figures(message.text);
  const asked = message.pendingSlot ?? null;
  const answers = (slot: Slot, value: number | null | undefined) =>
    asked === slot && value != null && f.numbers.has(value);
  const reading: GroundedReading = {};
  const unsupported: string[] = [];
  const keep = <K extends keyof GroundedReading>(key: K, ok: boolean) => {
    if (given[key] === undefined || given[key] === null) return;
    if (ok) reading[key] = given[key];
    else unsupported.push(key);
  };

  const intent = given.intent;
  if (intent) {
    const says = (name: string) => (INTENT_WORDS[name] as RegExp).test(text);
    keep('intent', intent === 'both' ? says('buy') && says('sell') : says(intent));
  }
  if (given.timelineMonths != null) {
    const months = given.timelineMonths;
    keep('timelineMonths', timelineSupported(months, text, f) || answers('timelineMonths', months));
  }
  if (given.budgetMin != null || given.budgetMax != null) {
    const ok = [given.budgetMin, given.budgetMax].every(
      (v) =>
        v == null || moneySupported(v, text, f) || (asked === 'budget' && moneySupported(v, ' budget ', f)),
    );
    keep('budgetMin', ok);
    keep('budgetMax', ok);
  }
  keep('preApproved', FINANCING.test(text) || (asked === 'preApproved' && YES_NO.test(text)));
  if (given.beds != null)
    keep('beds', roomsSupported(given.beds, 'beds', text, f) || answers('beds', given.beds));
  if (given.baths != null) {
    keep('baths', roomsSupported(given.baths, 'baths', text, f) || answers('baths', given.baths));
  }
  if (given.propertyType) keep('propertyType', (PROPERTY_WORDS[given.propertyType] as RegExp).test(text));
  if (given.requestedTime) keep('requestedTime', timeSupported(given.requestedTime.start, message, text, f));
  if (given.question != null) {
    const question = squash(given.question).trim();
    keep('question', question.length > 0 && squash(message.text).includes(question));
  }
  if (given.areas && given.areas.length > 0) {
    const seen = new Set<string>();
    const areas: string[] = [];
    for (const area of given.areas) {
      const name = typeof area === 'string' ? groundedArea(area, message, text) : null;
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      areas.push(name);
    }
    if (areas.length < given.areas.length) unsupported.push('areas');
    if (areas.length > 0) reading.areas = areas;
  }
  if (given.wantsHuman === true) unsupported.push('wantsHuman');
  return { reading, unsupported };
}
