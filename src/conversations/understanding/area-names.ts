import {
  JOINERS,
  NAMED_AFTER,
  NICKNAMES,
  NOT_PLACE,
  SHORT_NAMES,
  TRAILING_DROPS,
  UPPER_CASE,
} from './data/area-lexicon.js';
import { SPANISH_WORDS } from './data/common-words.js';
import {
  hasStem,
  isCommonPhrase,
  isCommonWord,
  isFirstName,
  isNotable,
  type KnownPlace,
  LONGEST_PLACE,
  lookupPlace,
  misspeltPlace,
  placeKey,
  stateCode,
} from './gazetteer.js';
import type { MarketAreas } from './market-areas.js';
import type { Message, Span } from './text.js';

/**
 * The words of a message and the names the workspace or the gazetteer knows among them, with the rules
 * that say when such a name may be read as a place (`areas.ts` finds the cues and lists).
 */

/** How a name was reached: after a cue ("in"), a weak cue ("by", "at"), or inside a list of places. */
export type Cue = 'strong' | 'weak' | 'list';

export interface Token extends Span {
  lower: string;
  raw: string;
  /** `lower` as the gazetteer keys it: no dots, apostrophes or accents, hyphens as spaces. */
  key: string;
  /** Written with a capital where a capital is not owed to the sentence. */
  capital: boolean;
}

/** How sure each way of reading a place is; under 0.8 the place is asked back, not stated. */
export const SURE = {
  /** "Katy, TX", "Hope, AR": a name with its state. */
  stated: 1,
  /** A name of the workspace's own market, or one the gazetteer knows, after a cue ("in round rock"). */
  cued: 0.95,
  /** A ZIP code. */
  zip: 0.95,
  /** A known name of two words or more, or a district of one ("south austin"), with no cue. */
  named: 0.9,
  /** A capitalised name after a cue that no list knows ("in Zilker"). */
  capitalised: 0.85,
  /** A well-known single name in lower case with no cue at all ("3/2 pflugerville under 400k"). */
  bare: 0.85,
  /** An everyday word in a list of places ("brooklyn or queens"). */
  listed: 0.75,
  /** Lower-case words after a cue that no list knows ("near mueller"). */
  unknown: 0.7,
} as const;

export interface Context {
  tokens: Token[];
  text: string;
  market: MarketAreas;
}

/** A name the workspace or the gazetteer knows, starting at a token. */
export interface Known {
  name: string;
  first: number;
  next: number;
  /** The gazetteer's entry, when it knows the name. */
  place: KnownPlace | null;
  /** One of the workspace's own market areas. */
  market: boolean;
  /** Made only of everyday words ("round rock", "hope", "sunset"): a cue and more is needed. */
  common: boolean;
  /** Every word written with a capital that is not owed to the sentence. */
  capital: boolean;
}

const SPANISH = new Set(SPANISH_WORDS.split(/\s+/));

/** Abbreviations that open a name: "st pete", "ft worth", "mt pleasant". */
const PREFIX_WORDS: Readonly<Record<string, string>> = { st: 'saint', ft: 'fort', mt: 'mount', pt: 'point' };
export const NAME_PREFIXES = new Set(Object.keys(PREFIX_WORDS));
export function tokenize(message: Message): Token[] {
  const tokens: Token[] = [];
  const letters = message.source.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 0 && letters === letters.toUpperCase();
  for (const m of message.masked.matchAll(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu)) {
    const raw = message.source.slice(m.index, m.index + m[0].length);
    const before = message.source.slice(0, m.index);
    const sentenceStart = /(?:^|[.!?\n]\s*|^\W*)$/u.test(before);
    const capital = !shouting && !sentenceStart && /^\p{Lu}/u.test(raw);
    const key = placeKey(m[0]);
    tokens.push({ lower: m[0], raw, key, capital, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Whether b follows a with only spaces between, or a dot after a short form ("st. petersburg"). */
export const joined = (text: string, a: Token, b: Token | undefined): boolean => {
  if (b === undefined) return false;
  const gap = text.slice(a.end, b.start);
  return /^[ \t]+$/.test(gap) || (NAME_PREFIXES.has(a.lower) && /^\.[ \t]*$/.test(gap));
};

export function formatWord(t: Token): string {
  if (UPPER_CASE.has(t.lower)) return t.lower.toUpperCase();
  if (/\p{Lu}/u.test(t.raw.slice(1))) return t.raw;
  return t.lower.replace(/^\p{L}/u, (c) => c.toUpperCase());
}

/**
 * The longest name the workspace's market or the gazetteer knows at token i: n-grams of token keys
 * looked up in two hash maps, the market's first, so its own spelling and states win.
 */
export function knownAt(ctx: Context, i: number): Known | null {
  const { tokens, text, market } = ctx;
  for (let n = LONGEST_PLACE; n >= 1; n--) {
    const run = tokens.slice(i, i + n);
    if (run.length < n || run.some((t, k) => k > 0 && !joined(text, run[k - 1] as Token, t))) continue;
    if (!/^\p{L}/u.test(run[0]?.lower ?? '')) return null;
    const written = placeKey(run.map((t) => t.key).join(' '));
    const short = SHORT_NAMES.get(written);
    const key = short ?? ((n === 1 && NICKNAMES.get(written)) || written);
    const own = market.names.get(written) ?? market.names.get(key);
    const place = lookupPlace(key) ?? (n === 1 && !own ? misspeltPlace(key) : null);
    if (!own && !place) continue;
    // a Spanish word in lower case ("las casas que mandan") is speech, not Mandan
    const spanish = n === 1 && !run[0]?.capital && SPANISH.has(key);
    const common = n === 1 ? isCommonWord(key) || hasStem(NOT_PLACE, key) || spanish : isCommonPhrase(key);
    const capital = run.every((t, k) => t.capital || (k > 0 && NAME_PREFIXES.has(t.lower)));
    const name = own ?? (short ? run.map(formatWord).join(' ') : (place?.name ?? key));
    return { name, first: i, next: i + n, place, market: !!own, common, capital };
  }
  return null;
}

/** A state code right after the name ("katy tx", "Hope, AR"). */
export function stateAfter(ctx: Context, next: number): string | null {
  const state = ctx.tokens[next];
  const before = ctx.tokens[next - 1];
  if (!state || !before) return null;
  if (!/^\s*,?\s*$/.test(ctx.text.slice(before.end, state.start))) return null;
  // "sugar land, missouri city": a state's name opening a place's name is that place
  const longer = knownAt(ctx, next);
  if (longer && longer.next - longer.first > 1) return null;
  return stateCode(state.lower, state.raw);
}

/**
 * Whether a known name may be read after a cue. A name of the workspace's market or a distinctive name
 * ("pflugerville") needs only the cue; an everyday word ("hope", "sunset", "mission") needs a capital, its
 * state, a list of places, or to be one of the workspace's own areas.
 */
export function acceptable(ctx: Context, known: Known, cue: Cue): boolean {
  const stated = stateAfter(ctx, known.next) !== null;
  const areaWord = TRAILING_DROPS.has(ctx.tokens[known.next]?.lower ?? '');
  const single = known.next - known.first === 1;
  if (known.market || stated) return true;
  // "in August", "by Friday": a month, a day or a season is a place only as "the Spring area" or
  // capitalised beside another place ("in Spring or Katy").
  if (single && hasStem(NOT_PLACE, ctx.tokens[known.first]?.lower ?? ''))
    return known.capital && (areaWord || besidePlace(ctx, known.next));
  if (cue === 'weak') {
    const wellKnown = known.place !== null && isNotable(known.place, ctx.market.states);
    return !known.common && wellKnown && (!isFirstName(known.name) || known.capital);
  }
  // "en la playa", "cerca de la plaza": Spanish words in lower case are speech, not La Playa
  const words = ctx.tokens.slice(known.first, known.next);
  if (!known.capital && !single && words.every((t) => SPANISH.has(t.key))) return false;
  if (!known.common || cue === 'list' || known.capital) return true;
  // "in queens", "near phoenix": a big city is a place after a cue even when its name is a word
  const big = (known.place?.entries[0]?.population ?? 0) >= BIG_CITY;
  if (single && big && !FIGURATIVE.has(known.name.toLowerCase())) return true;
  // "in the pearl district", "near the arts district": a district the gazetteer names, after a real cue
  const last = ctx.tokens[known.next - 1]?.lower ?? '';
  if (!single && cue === 'strong' && DISTRICT_HEADS.has(last)) return true;
  return wellKnownPhrase(ctx, known);
}

/** Last words of a named district: "Pearl District", "Garden District", "French Quarter". */
const DISTRICT_HEADS = new Set(['district', 'quarter']);

/** Big enough that, after a cue, its name means the place. */
const BIG_CITY = 100_000;
/** Big places whose names are said mostly as words: "in paradise", "in surprise", "in reading". */
const FIGURATIVE = new Set([
  'paradise',
  'surprise',
  'enterprise',
  'independence',
  'reading',
  'meads',
  'sunrise',
]);

/** A distinctive known place right after a joiner: the "or Katy" of "Spring or Katy". */
function besidePlace(ctx: Context, next: number): boolean {
  let k = next;
  const gap =
    ctx.tokens[k - 1] && ctx.tokens[k] ? ctx.text.slice(ctx.tokens[k - 1]?.end, ctx.tokens[k]?.start) : '';
  let joinedBy = /^\s*[,/&]\s*$/.test(gap);
  while (ctx.tokens[k] && JOINERS.has(ctx.tokens[k]?.lower ?? '')) {
    joinedBy = true;
    k++;
  }
  const other = joinedBy ? knownAt(ctx, k) : null;
  return (
    other !== null && (!other.common || other.market) && other.place !== null && !isFirstName(other.name)
  );
}

/** "round rock", "sugar land": everyday words that together name a well-known place. */
export function wellKnownPhrase(ctx: Context, known: Known): boolean {
  return known.next - known.first > 1 && known.place !== null && isNotable(known.place, ctx.market.states);
}

/**
 * A known name read with no cue before it: a name of two words or more that is not all everyday words
 * ("cedar park", "Round Rock"), one of the workspace's own areas, a name followed by its state or
 * "area", or a single well-known name that is no everyday word and no first name ("pflugerville").
 */
export function uncued(ctx: Context, known: Known): number | null {
  const stated = stateAfter(ctx, known.next) !== null;
  const areaWord = TRAILING_DROPS.has(ctx.tokens[known.next]?.lower ?? '');
  const many = known.next - known.first > 1;
  if (NAMED_AFTER.has(ctx.tokens[known.next]?.lower ?? '')) return null;
  const capitalised = known.capital && (many || areaWord);
  if (known.common && !known.market && !capitalised && !stated) return null;
  if (!many && !known.market && !stated && hasStem(NOT_PLACE, known.name.toLowerCase()) && !capitalised) {
    return null;
  }
  if (known.market) return SURE.cued;
  if (stated) return SURE.stated;
  if (many) return SURE.named;
  if (isFirstName(known.name) && !areaWord) return null;
  if (areaWord || (known.place && isNotable(known.place, ctx.market.states))) return SURE.bare;
  return null;
}
