import { REGIONS } from '../../consent/data/states.js';
import { COMMON_WORDS, PLACE_WORDS, SPANISH_WORDS } from './data/common-words.js';
import { FIRST_NAMES, US_PLACES } from './data/us-places.js';

/** p place, n neighbourhood, c county, l postal locality (see data/README.md). */
export type PlaceKind = 'p' | 'n' | 'c' | 'l';

export interface PlaceEntry {
  state: string;
  kind: PlaceKind;
  population: number;
}

export interface KnownPlace {
  /** As the source writes it: "Round Rock", "St. Petersburg", "Travis County". */
  name: string;
  /** Most populous first. */
  entries: readonly PlaceEntry[];
}

/** A place of at least this many people is known well enough to be read bare, without a cue. */
const NOTABLE_POPULATION = 10_000;
/** A name's first word in its short form, so "saint petersburg" and "St. Petersburg" share a key. */
const SHORT_FORMS: Readonly<Record<string, string>> = { saint: 'st', fort: 'ft', mount: 'mt' };

/**
 * The key a name is looked up by: lower case, no accents, dots or apostrophes, hyphens as spaces, and
 * "saint", "fort", "mount" as "st", "ft", "mt" (the same as `build-gazetteer.ts`).
 */
export function placeKey(phrase: string): string {
  let key = phrase.toLowerCase();
  // Most names and words are plain letters: the slow normalisation only for the rest.
  if (/[^a-z ]|\s\s|^\s|\s$/.test(key)) {
    key = key
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[.']/g, '')
      .replace(/-/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  const space = key.indexOf(' ');
  const short = space > 0 ? SHORT_FORMS[key.slice(0, space)] : undefined;
  return short ? short + key.slice(space) : key;
}

function parseEntry(field: string): PlaceEntry {
  return {
    state: field.slice(0, 2),
    kind: field.charAt(2) as PlaceKind,
    population: Number(field.slice(3)) || 0,
  };
}

/**
 * Built once at load: every name under its key, its states kept as text until a lookup needs them, so
 * loading is one pass of string splits. Exported for the load benchmark.
 */
export function buildPlaceIndex(data: string = US_PLACES): { places: Map<string, string>; longest: number } {
  const places = new Map<string, string>();
  let longest = 1;
  for (const line of data.split('\n')) {
    const bar = line.indexOf('|');
    const key = placeKey(line.slice(0, bar));
    let words = 1;
    for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) words++;
    if (words > longest) longest = words;
    if (!places.has(key)) places.set(key, line);
  }
  return { places, longest };
}

const { places: PLACES, longest } = buildPlaceIndex();
/** The most words in a known name ("Casa de Oro-Mount Helix" is 5): the longest n-gram looked up. */
export const LONGEST_PLACE = Math.min(longest, 6);
const PEOPLE = new Set(FIRST_NAMES.split(' '));

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
  'mi',
  'va',
  'so',
]);

const COMMON = new Set(`${COMMON_WORDS} ${PLACE_WORDS} ${SPANISH_WORDS}`.split(/\s+/));
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

/** Lines parsed on first lookup: a message looks up a handful of names, never all of them. */
const PARSED = new Map<string, KnownPlace>();

/** A known place under this phrase ("round rock", "saint petersburg", "travis county"), or null. */
export function lookupPlace(phrase: string): KnownPlace | null {
  const key = placeKey(phrase);
  const parsed = PARSED.get(key);
  if (parsed) return parsed;
  const line = PLACES.get(key);
  if (line === undefined) return null;
  const fields = line.split('|');
  const place: KnownPlace = { name: fields[0] ?? '', entries: fields.slice(1).map(parseEntry) };
  PARSED.set(key, place);
  return place;
}

/** The place's name as the gazetteer writes it ("round rock" → "Round Rock"), or a state's name. */
export function placeName(phrase: string): string | null {
  const place = lookupPlace(phrase);
  if (place) return place.name;
  const key = placeKey(phrase);
  const state = STATES.get(key);
  if (state && key.length > 2) return key.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return null;
}

/** A state's code for a word after a place ("austin tx", "Franklin, TN", "portland OR"). */
export function stateCode(word: string, raw: string): string | null {
  const key = word.toLowerCase().replace(/\./g, '');
  const code = STATES.get(key);
  if (!code) return null;
  if (key.length === 2 && WORDLIKE_CODES.has(key) && raw !== raw.toUpperCase()) return null;
  return code;
}

/** A state's code for a state's own name ("texas") or code, or null. */
export function stateOfName(phrase: string): string | null {
  return STATES.get(placeKey(phrase)) ?? null;
}

/** Whether the place lies in one of these states (any state when none are given). */
export function placeIn(place: KnownPlace, states: ReadonlySet<string>): boolean {
  return states.size > 0 && place.entries.some((e) => states.has(e.state));
}

/**
 * Known well enough to be read with no cue at all, in lower case: a city or neighbourhood of 10,000
 * people or more, or any place in the workspace's own states.
 */
export function isNotable(place: KnownPlace, states: ReadonlySet<string>): boolean {
  if (placeIn(place, states)) return true;
  return place.entries.some((e) => (e.kind === 'p' || e.kind === 'n') && e.population >= NOTABLE_POPULATION);
}

/** Whether a word (or its stem: "houses", "looking") is among the commonest English words. */
export function isCommonWord(word: string): boolean {
  return word.length < 3 || stems(word.toLowerCase()).some((s) => COMMON.has(s));
}

/** Whether every word of a phrase is common ("round rock", "white house", "good hope"). */
export function isCommonPhrase(phrase: string): boolean {
  return placeKey(phrase)
    .split(' ')
    .every((w) => isCommonWord(w));
}

/** A place that is also one of the commonest first names ("Kyle", "Allen", "Tyler"). */
export function isFirstName(phrase: string): boolean {
  return PEOPLE.has(placeKey(phrase));
}

export function hasStem(set: ReadonlySet<string>, word: string): boolean {
  return stems(word).some((s) => set.has(s));
}

/** A misspelt name is read only this long ("pflugervile"): shorter words are one letter from too much. */
const SHORTEST_MISSPELT = 7;
/** A misspelt name is read only as a city this big, the names people write from memory. */
const MISSPELT_POPULATION = 20_000;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every word one letter away: a letter dropped, added, changed, or two swapped. */
function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
    for (const c of LETTERS) {
      out.add(head + c + tail);
      if (tail) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}

/**
 * The one city a word no list knows misspells by a letter ("pflugervile" → Pflugerville, "alpheretta"
 * → Alpharetta), or null: an everyday word, a first name, a short word, or a word one letter from two
 * cities is read as written.
 */
export function misspeltPlace(word: string): KnownPlace | null {
  if (word.length < SHORTEST_MISSPELT || !/^[a-z]+$/.test(word)) return null;
  if (isCommonWord(word) || isFirstName(word) || PLACES.has(word)) return null;
  const found = new Map<string, KnownPlace>();
  for (const near of oneEditAway(word)) {
    // "woodlands", "fresnos": a plural is a word of its own
    if (word === `${near}s`) continue;
    const place = PLACES.has(near) ? lookupPlace(near) : null;
    if (place?.entries.some((e) => e.kind === 'p' && e.population >= MISSPELT_POPULATION))
      found.set(near, place);
  }
  return found.size === 1 ? ([...found.values()][0] ?? null) : null;
}
