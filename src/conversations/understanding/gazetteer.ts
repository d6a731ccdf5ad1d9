import { REGIONS } from '../../consent/data/states.js';
import { COMMON_WORDS } from './data/common-words.js';
import { PLACE_NAMES } from './data/places.js';

const PLACES = new Map<string, string>();
for (const name of PLACE_NAMES.split('|')) PLACES.set(name.toLowerCase().replace(/\./g, ''), name);
const STATES = new Map<string, string>();
for (const [code, region] of Object.entries(REGIONS)) {
  STATES.set(region.name.toLowerCase(), code);
  STATES.set(code.toLowerCase(), code);
}
/** State codes that are also common words ("or", "in", "me"): a state only when written in capitals. */
const WORDLIKE_CODES = new Set([
  'or',
  'in',
  'me',
  'ok',
  'hi',
  'oh',
  'de',
  'pa',
  'co',
  'la',
  'al',
  'ar',
  'id',
  'ma',
  'ms',
  'ne',
  'on',
  'pe',
]);

export const LONGEST_PLACE = 4;

const COMMON = new Set(COMMON_WORDS.split(' '));
const stems = (w: string): string[] => [
  w,
  w.replace(/s$/, ''),
  w.replace(/es$/, ''),
  w.replace(/ies$/, 'y'),
  w.replace(/ed$/, ''),
  w.replace(/ed$/, 'e'),
  w.replace(/ing$/, ''),
  w.replace(/ing$/, 'e'),
  w.replace(/ly$/, ''),
  w.replace(/(.)\1ing$/, '$1'),
  w.replace(/(.)\1ed$/, '$1'),
  w.replace(/'s$/, ''),
];

/** The place's name as the gazetteer writes it ("round rock" → "Round Rock"), or a state's name. */
export function placeName(phrase: string): string | null {
  const key = phrase.toLowerCase().replace(/\./g, '');
  const place = PLACES.get(key);
  if (place) return place;
  const state = STATES.get(key);
  if (state && key.length > 2) return key.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return null;
}

/** A state's code for a word after a place ("austin tx", "Franklin, TN", "portland OR"). */
export function stateCode(word: string, raw: string): string | null {
  const key = word.toLowerCase();
  const code = STATES.get(key);
  if (!code) return null;
  if (key.length === 2 && WORDLIKE_CODES.has(key) && raw !== raw.toUpperCase()) return null;
  return code;
}

/** Whether a word (or its stem: "houses", "looking") is among the commonest English words. */
export function isCommonWord(word: string): boolean {
  return word.length < 3 || stems(word.toLowerCase()).some((s) => COMMON.has(s));
}

export function hasStem(set: ReadonlySet<string>, word: string): boolean {
  return stems(word).some((s) => set.has(s));
}
