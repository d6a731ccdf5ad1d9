import { DateTime } from 'luxon';
import { countSegments } from '../messaging/segments.js';
import { clockEs, dayEs } from '../scheduling/appointment-texts.js';
import type { Profile, ReplyLanguage } from './engine.types.js';

/** A text may take this many SMS segments. */
export const MAX_SEGMENTS = 2;

/** FNV-1a: a stable number from a string, so the same lead and turn always get the same wording. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function pick<T>(options: readonly T[], seed: string): T {
  const chosen = options[stableHash(seed) % options.length];
  if (chosen === undefined) throw new Error('pick() needs at least one option');
  return chosen;
}

/** Fills `{field}`; an empty field disappears along with the space before it. */
export function fill(template: string, fields: Record<string, string | null | undefined>): string {
  return template
    .replace(/\{(\w+)\}/g, (_match, key: string) => fields[key] ?? '')
    .replace(/\s+([,.!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export const fitsTwoSegments = (text: string): boolean => countSegments(text).segments <= MAX_SEGMENTS;

/**
 * Joins parts into as few texts as fit two segments each, in order. A part too long on its own is
 * cut at a word (the knowledge base refuses entries that long, so this is a last resort).
 */
export function packTexts(parts: readonly string[]): string[] {
  const texts: string[] = [];
  let current = '';
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const joined = current ? `${current} ${part}` : part;
    if (fitsTwoSegments(joined)) {
      current = joined;
      continue;
    }
    if (current) texts.push(current);
    current = fitsTwoSegments(part) ? part : cutToFit(part);
  }
  if (current) texts.push(current);
  return texts;
}

function cutToFit(text: string): string {
  let cut = text;
  while (!fitsTwoSegments(`${cut}...`) && cut.includes(' ')) cut = cut.slice(0, cut.lastIndexOf(' '));
  return `${cut}...`;
}

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** An exact figure, as a listing states it: $450,000. */
export const dollars = (amount: number): string => `$${whole.format(amount)}`;

/** A rough figure, as a lead says it: $450K, $1.2M. */
export function roughDollars(amount: number): string {
  if (amount >= 1_000_000) return `$${Number((amount / 1_000_000).toFixed(2))}M`;
  if (amount >= 10_000) return `$${Math.round(amount / 1000)}K`;
  return dollars(amount);
}

export function budgetPhrase(profile: Profile, lang: ReplyLanguage = 'en'): string | null {
  const { budgetMin: min, budgetMax: max } = profile;
  const monthly = profile.intent === 'rent' ? (lang === 'es' ? ' al mes' : '/mo') : '';
  const [upTo, from] = lang === 'es' ? ['hasta', 'desde'] : ['up to', 'from'];
  if (min !== undefined && max !== undefined) return `${roughDollars(min)}-${roughDollars(max)}${monthly}`;
  if (max !== undefined) return `${upTo} ${roughDollars(max)}${monthly}`;
  if (min !== undefined) return `${from} ${roughDollars(min)}${monthly}`;
  return null;
}

export function timelinePhrase(months: number, lang: ReplyLanguage = 'en'): string {
  if (lang === 'es') {
    if (months === 0) return 'lo antes posible';
    if (months === 1) return 'en más o menos un mes';
    if (months === 12) return 'en más o menos un año';
    return months > 12 && months % 12 === 0 ? `en unos ${months / 12} años` : `en unos ${months} meses`;
  }
  if (months === 0) return 'as soon as possible';
  if (months === 1) return 'within about a month';
  if (months < 12) return `within about ${months} months`;
  if (months === 12) return 'within about a year';
  return months % 12 === 0 ? `in about ${months / 12} years` : `in about ${months} months`;
}

const INTENT_WORDS = {
  en: { buy: 'buying', sell: 'selling', both: 'buying and selling', rent: 'renting' },
  es: { buy: 'comprar', sell: 'vender', both: 'comprar y vender', rent: 'rentar' },
} as const;

export const intentPhrase = (intent: NonNullable<Profile['intent']>, lang: ReplyLanguage = 'en'): string =>
  INTENT_WORDS[lang][intent];

export function listPhrase(items: readonly string[], lang: ReplyLanguage = 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'es' ? 'y' : 'and'} ${items.at(-1)}`;
}

/** "Fri, Jan 16 at 4:00 PM" in the zone given; in Spanish "el viernes 16 de enero a las 4 de la tarde". */
export function timePhrase(iso: string, zone: string, lang: ReplyLanguage = 'en'): string {
  const at = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (lang === 'es') return `${dayEs(at)} ${clockEs(at)}`;
  const minutes = at.minute === 0 ? 'h a' : 'h:mm a';
  return at.toFormat(`ccc, LLL d 'at' ${minutes}`);
}

/**
 * A requested window in words: a time when it is one ("Sat, Jan 17 at 4 PM"), else the day and, when
 * it falls within one, the part of the day ("Sat, Jan 17 in the morning"), never a start hour the
 * lead did not say.
 */
export function windowPhrase(
  window: { start: string; end: string },
  zone: string,
  lang: ReplyLanguage = 'en',
): string {
  const start = DateTime.fromISO(window.start, { setZone: true }).setZone(zone);
  const end = DateTime.fromISO(window.end, { setZone: true }).setZone(zone);
  if (!end.isValid || end.diff(start, 'minutes').minutes <= 90) return timePhrase(window.start, zone, lang);
  const day = lang === 'es' ? dayEs(start) : start.toFormat('ccc, LLL d');
  if (!start.hasSame(end.minus({ minutes: 1 }), 'day')) return day;
  const from = start.hour;
  const to = end.hour + end.minute / 60;
  const parts = lang === 'es' ? ['en la mañana', 'en la tarde', 'en la noche'] : PARTS_EN;
  if (from >= 5 && to <= 12) return `${day} ${parts[0]}`;
  if (from >= 12 && to <= 17) return `${day} ${parts[1]}`;
  if (from >= 17) return `${day} ${parts[2]}`;
  return day;
}

const PARTS_EN = ['in the morning', 'in the afternoon', 'in the evening'];
