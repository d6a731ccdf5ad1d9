import { DateTime } from 'luxon';
import type { ReplyLanguage } from '../conversations/engine.types.js';
import {
  confirmacionEnPalabras,
  cuandoEnPalabras,
  numerosEnPalabras,
  ofertaEnPalabras,
} from './speech.es.js';

/** The languages a call is held in: the engine's. */
export type SpokenLanguage = ReplyLanguage;

/**
 * The voice persona: the conversation engine writes for a phone screen; a caller hears it. Prices and
 * numbers are said as words ("four hundred fifty thousand dollars"), times the way people say them
 * ("Saturday at two in the afternoon"), links, emoji and texting instructions are dropped, and long
 * sentences are split. Pure functions: the same text always sounds the same.
 */

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: [number, string][] = [
  [1_000_000_000, 'billion'],
  [1_000_000, 'million'],
  [1_000, 'thousand'],
];
const ORDINAL_WORDS: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${ONES[hundreds]} hundred`);
  if (rest > 0 && rest < 20) parts.push(ONES[rest] ?? '');
  else if (rest >= 20) parts.push(`${TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${ONES[rest % 10]}` : ''}`);
  return parts.join(' ');
}

/** A whole number in words: 450000 → "four hundred fifty thousand". */
export function numberWords(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value < 0) return `minus ${numberWords(-value)}`;
  let n = Math.round(value);
  if (n === 0) return 'zero';
  const parts: string[] = [];
  for (const [size, name] of SCALES) {
    if (n >= size) {
      parts.push(`${numberWords(Math.floor(n / size))} ${name}`);
      n %= size;
    }
  }
  if (n > 0) parts.push(belowThousand(n));
  return parts.join(' ');
}

/** 17 → "seventeenth", 22 → "twenty-second". */
export function ordinalWords(n: number): string {
  const words = numberWords(n);
  const match = /([a-z]+)$/.exec(words);
  const last = match?.[1] ?? words;
  const head = words.slice(0, words.length - last.length);
  const ordinal = ORDINAL_WORDS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return head + ordinal;
}

/** A decimal said as people say it: 2.5 → "two and a half", 1.25 → "one point two five". */
function decimalWords(value: number): string {
  if (Number.isInteger(value)) return numberWords(value);
  const whole = Math.trunc(value);
  const fraction = Math.round((value - whole) * 100) / 100;
  if (fraction === 0.5) return whole === 0 ? 'a half' : `${numberWords(whole)} and a half`;
  const digits = String(value).split('.')[1] ?? '';
  return `${numberWords(whole)} point ${[...digits].map((d) => ONES[Number(d)]).join(' ')}`;
}

const SCALE_SUFFIX: Record<string, number> = {
  k: 1_000,
  thousand: 1_000,
  m: 1_000_000,
  mm: 1_000_000,
  million: 1_000_000,
};

/** "$450K" → "four hundred fifty thousand dollars"; "$1.2M" → "one point two million dollars". */
export function spokenMoney(amount: string, suffix: string | undefined, monthly: boolean): string {
  const value = Number(amount.replaceAll(',', ''));
  const scale = suffix ? (SCALE_SUFFIX[suffix.toLowerCase()] ?? 1) : 1;
  let words: string;
  if (scale === 1_000_000 && !Number.isInteger(value)) words = `${decimalWords(value)} million`;
  else if (Number.isInteger(value * scale)) words = numberWords(value * scale);
  else {
    const cents = Math.round((value * scale * 100) % 100);
    words = `${numberWords(Math.trunc(value * scale))}${cents ? ` and ${numberWords(cents)} cents` : ''}`;
  }
  return `${words} dollars${monthly ? ' a month' : ''}`;
}

const PART_OF_DAY = (hour: number): string =>
  hour < 5
    ? 'at night'
    : hour < 12
      ? 'in the morning'
      : hour < 17
        ? 'in the afternoon'
        : hour < 21
          ? 'in the evening'
          : 'at night';

/** 14:00 → "two in the afternoon"; 12:00 → "noon"; 10:30 → "ten thirty in the morning". */
export function spokenClock(hour24: number, minute: number, withPart = true): string {
  if (minute === 0 && hour24 === 12) return 'noon';
  if (minute === 0 && hour24 === 0) return 'midnight';
  const hour = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const minutes = minute === 0 ? '' : minute < 10 ? ` oh ${ONES[minute]}` : ` ${numberWords(minute)}`;
  return `${numberWords(hour)}${minutes}${withPart ? ` ${PART_OF_DAY(hour24)}` : ''}`;
}

/**
 * An instant as said on the phone, in the caller's zone: "Saturday at two in the afternoon", with the
 * date when it is more than six days off ("Monday, January twenty-sixth at ten in the morning"), and
 * "today" or "tomorrow" when it is.
 */
export function spokenWhen(iso: string, zone: string, now: Date, withPart = true): string {
  const at = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).setLocale('en-US');
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const days = Math.round(at.startOf('day').diff(today, 'days').days);
  const day =
    days === 0
      ? 'today'
      : days === 1
        ? 'tomorrow'
        : days > 6
          ? `${at.toFormat('cccc')}, ${at.toFormat('LLLL')} ${ordinalWords(at.day)}`
          : at.toFormat('cccc');
  return `${day} at ${spokenClock(at.hour, at.minute, withPart)}`;
}

const WEEKDAYS: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  tues: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  thur: 'Thursday',
  thurs: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const MONTHS: Record<string, string> = {
  jan: 'January',
  feb: 'February',
  mar: 'March',
  apr: 'April',
  may: 'May',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  sep: 'September',
  sept: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;
const EMAIL_PATTERN = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/g;
const EMOJI_PATTERN = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu;
/** What only makes sense on a phone screen: replying with a number or a keyword, tapping a link. */
const TEXTING_ONLY: RegExp[] = [
  /\s*Reply (?:with )?(?:the number|\d+)[^.?!]*[.?!]?/gi,
  /\s*(?:Reply|Text) STOP[^.?!]*[.?!]?/gi,
  /\s*(?:You can also )?(?:pick|book|choose) (?:any )?(?:an )?open time here:?\s*[.?!]?/gi,
  /\s*(?:Just )?text me (?:back )?(?:whenever|any ?time)[^.?!]*[.?!]?/gi,
  /\s*Responda (?:con )?(?:el número|\d+)[^.?!]*[.?!]?/gi,
  /\s*Responda STOP[^.?!]*[.?!]?/gi,
  /\s*También puede elegir cualquier hora libre aquí:?\s*[.?!]?/gi,
];
const STREETS: Record<string, string> = {
  St: 'Street',
  Ave: 'Avenue',
  Rd: 'Road',
  Blvd: 'Boulevard',
  Ln: 'Lane',
  Ct: 'Court',
  Pkwy: 'Parkway',
  Hwy: 'Highway',
};
/** Zone abbreviations after a time ("2:00 PM CST"): the caller hears their own time, said plainly. */
const ZONE_ABBREVIATION = /\s+\b(?:[ECMPAH][SD]T|AK[SD]T|HST|UTC|GMT)\b/g;

function spellPhone(match: string): string {
  const digits = match.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  if (digits.length !== 10) return match;
  const say = (group: string) => [...group].map((d) => ONES[Number(d)]).join(' ');
  return `${say(digits.slice(0, 3))}, ${say(digits.slice(3, 6))}, ${say(digits.slice(6))}`;
}

/** 1234 Main → "twelve thirty-four Main": house numbers are read in pairs, as people say them. */
function houseNumber(digits: string): string {
  const n = Number(digits);
  if (digits.length === 3) return `${ONES[Number(digits[0])]} ${pairWords(n % 100)}`;
  if (digits.length === 4 && n % 1000 !== 0) return `${pairWords(Math.floor(n / 100))} ${pairWords(n % 100)}`;
  return numberWords(n);
}

function pairWords(n: number): string {
  if (n === 0) return 'hundred';
  if (n < 10) return `oh ${ONES[n]}`;
  return numberWords(n);
}

/** Long sentences cut where a listener needs a breath: at semicolons, dashes, and between clauses. */
function shortSentences(text: string): string {
  return text
    .replace(/\s*;\s*/g, '. ')
    .replace(/\s+[—–]\s+/g, '. ')
    .replace(/\.\s+([a-z])/g, (_m, c: string) => `. ${c.toUpperCase()}`);
}

/** The engine's text, ready to be spoken, in the language it was written in. */
export function speakable(text: string, lang: SpokenLanguage = 'en'): string {
  let out = text.normalize('NFKC');
  for (const pattern of TEXTING_ONLY) out = out.replace(pattern, '');
  out = out.replace(URL_PATTERN, '').replace(EMAIL_PATTERN, lang === 'es' ? 'nuestro correo' : 'our email');
  out = out.replace(EMOJI_PATTERN, '');
  // A list numbered for texting ("1) Sat 10 AM, 2) ...") reads as a plain list.
  out = out.replace(/(?:^|(?<=[\s,:]))\d\)\s*/g, '');
  out = out.replace(ZONE_ABBREVIATION, '');
  out = lang === 'es' ? numerosEnPalabras(out) : englishNumbers(out);
  out = out.replace(
    /(?<=\b[A-Z][a-z]+ )(St|Ave|Rd|Blvd|Ln|Ct|Pkwy|Hwy)\b\.?/g,
    (m, street: string) => STREETS[street] ?? m,
  );
  out = shortSentences(out);
  return out
    .replace(/\s+([,.!?:])/g, '$1')
    .replace(/:(?=[.!?]|$)/g, '')
    .replace(/([,.!?])(?=[,.!?])/g, '')
    .replace(/\(\s*\)/g, '')
    .replace(/¿\s*(?=[.!?]|$)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Prices, phone numbers, clock times, dates and the remaining numbers in English words. */
function englishNumbers(text: string): string {
  let out = text;
  out = out.replace(
    /(^|\s)(\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})\b/g,
    (_m, space: string, phone: string) => `${space}${spellPhone(phone)}`,
  );
  out = out.replace(
    /\$\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|mm|thousand|million)?\b(\s*(?:\/\s*mo(?:nth)?|per month|a month))?/gi,
    (_m, amount: string, suffix: string | undefined, monthly: string | undefined) =>
      spokenMoney(amount, suffix, monthly !== undefined),
  );
  // "Sat, Jan 17 at 2:00 PM" → "Saturday, January seventeenth at two in the afternoon".
  out = out.replace(
    /\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*([AaPp])(?:\.\s?[Mm]\.|\s?[Mm])(?=[\s,.;!?)]|$)/g,
    (_m, h: string, m: string | undefined, ap: string) => {
      const hour = (Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
      return spokenClock(hour, Number(m ?? 0));
    },
  );
  out = out.replace(
    /\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?/g,
    (m, d: string) => WEEKDAYS[d.toLowerCase()] ?? m,
  );
  out = out.replace(
    /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2})\b/g,
    (m, month: string, day: string) => `${MONTHS[month.toLowerCase()] ?? m} ${ordinalWords(Number(day))}`,
  );
  out = out.replace(/\b(\d{3,5})(?=\s+[A-Z][a-z])/g, (_m, digits: string) => houseNumber(digits));
  out = out.replace(
    /\b(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(%))?/g,
    (_m, whole: string, fraction: string | undefined, percent) => {
      const value = Number(`${whole.replaceAll(',', '')}${fraction ?? ''}`);
      return `${decimalWords(value)}${percent ? ' percent' : ''}`;
    },
  );
  return out
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s*\/\s*/g, ' or ')
    .replace(/#/g, 'number ');
}

/** Offered times as one question: "I have Saturday at ten in the morning or two in the afternoon. Which works better?" */
export function spokenOffer(starts: readonly string[], zone: string, now: Date, intro = 'I have'): string {
  const days = starts.map((s) => spokenWhen(s, zone, now).split(' at ')[0]);
  const sameDay = days.every((d) => d === days[0]);
  const phrases = starts.map((s, i) => {
    const when = spokenWhen(s, zone, now);
    return sameDay && i > 0 ? when.split(' at ').slice(1).join(' at ') : when;
  });
  if (phrases.length === 1) return `${intro} ${phrases[0]}. Does that work for you?`;
  const list =
    phrases.length === 2
      ? `${phrases[0]} or ${phrases[1]}`
      : `${phrases.slice(0, -1).join(', ')}, or ${phrases.at(-1)}`;
  return `${intro} ${list}. Which works better?`;
}

/** A booking read back before it is made: the caller's "yes" books it. */
export function spokenReadBack(props: {
  start: string;
  zone: string;
  now: Date;
  agent: string | null;
}): string {
  const when = spokenWhen(props.start, props.zone, props.now);
  const withWhom = props.agent ? ` with ${props.agent}` : '';
  return `Just to confirm: ${when}${withWhom}. Shall I book that?`;
}

/** Tokens to stream: a sentence at a time, so speech can start on the first while the rest follow. */
export function speechTokens(text: string): string[] {
  const sentences = text.match(/[^.!?]+[.!?]+(?:\s+|$)|[^.!?]+$/g) ?? [text];
  return sentences.map((s) => s).filter((s) => s.trim().length > 0);
}

/** Times and bookings said in the call's language. */
export const spokenIn = {
  en: { when: spokenWhen, offer: spokenOffer, readBack: spokenReadBack },
  es: { when: cuandoEnPalabras, offer: ofertaEnPalabras, readBack: confirmacionEnPalabras },
} as const;
