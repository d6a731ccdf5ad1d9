import { ZIP_PREFIX_RANGES } from '../../consent/data/zip-prefixes.js';
import {
  acceptable,
  type Context,
  type Cue,
  formatWord,
  joined,
  type Known,
  knownAt,
  NAME_PREFIXES,
  SURE,
  stateAfter,
  type Token,
  tokenize,
  uncued,
  wellKnownPhrase,
} from './area-names.js';
import {
  CITY_PARTS,
  DIRECTIONS,
  HERE_NOW,
  JOINERS,
  LIST_EDGES,
  NAMED_AFTER,
  NOT_PLACE,
  ORGANISATIONS,
  PLACE_HEADS,
  PLACE_VERBS,
  TRAILING_DROPS,
  TRIGGER_PAIRS,
  TRIGGERS,
  WEAK_TRIGGERS,
} from './data/area-lexicon.js';
import { SPANISH_WORDS } from './data/common-words.js';
import {
  hasStem,
  isCommonWord,
  isFirstName,
  isNotable,
  LONGEST_PLACE,
  lookupPlace,
  placeIn,
  placeName,
} from './gazetteer.js';
import { marketAreas } from './market-areas.js';
import { clauseAt, type Message, overlapsAny, type Span } from './text.js';
import type { MarketAreaInput } from './understanding.schema.js';

interface Place {
  name: string;
  /** Index of the place's first token. */
  first: number;
  /** Index of the token after the place. */
  next: number;
  /** Named by the gazetteer, a capital, a district word or a place word ("park", "ISD"). */
  strong: boolean;
  /** How sure the reading is that this is a place the lead wants (see `SURE`). */
  confidence: number;
}

/** "moving from Ohio to Charlotte": a move names where they are going after "to". */
const MOVING = /^(?:mov\w*|relocat\w*|transfer\w*|mud[aá]\p{L}*|mudo|cambiamos|cambio)$/u;
const DETERMINERS = new Set([
  'a',
  'an',
  'my',
  'your',
  'our',
  'this',
  'that',
  'any',
  'his',
  'her',
  'their',
  'no',
]);

const ARTICLES_ES = new Set(['el', 'la', 'los', 'las']);

function allowedInName(t: Token, first: boolean): boolean {
  if (!/^\p{L}/u.test(t.lower)) return false;
  if (first && NAME_PREFIXES.has(t.lower)) return true;
  if (!hasStem(NOT_PLACE, t.lower)) return true;
  return !first && (PLACE_HEADS.has(t.lower) || TRAILING_DROPS.has(t.lower));
}

/** How sure a known name is, read after a cue (or in a list). */
function knownConfidence(ctx: Context, known: Known, cue: Cue): number {
  const plain = known.common && !known.capital && !known.market && !wellKnownPhrase(ctx, known);
  if (cue === 'list' && plain) return SURE.listed;
  return SURE.cued;
}

/**
 * Reads one place name at token i after a cue: a name the workspace or the gazetteer knows, a district
 * ("south congress"), a capitalised name. `cue` is "list" in a list of places, which also takes a known
 * everyday word ("queens"), and "weak" after "by"/"at", which takes only a distinctive known name.
 */
function placeAt(ctx: Context, i: number, cue: Cue = 'strong'): Place | null {
  const { tokens, text } = ctx;
  let j = i;
  if (tokens[j]?.lower === 'the') {
    const known = knownAt(ctx, j);
    if (known && /^The /.test(known.name)) return finish(ctx, known.name, i, known.next, true, SURE.cued);
    j++;
  } else if (ARTICLES_ES.has(tokens[j]?.lower ?? '') && !knownAt(ctx, j)) {
    // "en el Bronx": the Spanish article before a name is not part of it ("El Paso" is known as a whole)
    const known = knownAt(ctx, j + 1);
    if (known && (!known.common || known.capital))
      return finish(ctx, known.name, i, known.next, true, SURE.cued);
  }
  const head = tokens[j];
  if (!head) return null;
  if (DIRECTIONS.has(head.lower) && joined(text, head, tokens[j + 1])) {
    const rest = knownAt(ctx, j + 1);
    const notable = rest?.place ? isNotable(rest.place, ctx.market.states) : false;
    if (rest && (!rest.common || rest.capital || rest.market || notable || rest.next - rest.first > 1)) {
      return finish(ctx, `${formatWord(head)} ${rest.name}`, i, rest.next, true, SURE.named);
    }
  }
  // "el condado de Hidalgo": Hidalgo County
  const c = head.lower === 'el' ? j + 1 : j;
  if (tokens[c]?.lower === 'condado' && tokens[c + 1]?.lower === 'de') {
    const county = knownAt(ctx, c + 2);
    if (county && lookupPlace(`${county.name} county`))
      return finish(ctx, `${county.name} County`, i, county.next, true, SURE.cued);
  }
  const known = knownAt(ctx, j);
  // "Lake Norman": an everyday word the gazetteer knows ("Lake, MS") opening a longer capitalised name.
  const opensLonger =
    known?.common && known.next - j === 1 && tokens[known.next]?.capital && joined(text, head, tokens[j + 1]);
  // "near Lincoln Elementary": a school named after a place
  const named = tokens[known?.next ?? -1]?.lower ?? '';
  if (known && NAMED_AFTER.has(named) && !TRAILING_DROPS.has(named)) return null;
  if (known && !opensLonger && acceptable(ctx, known, cue)) {
    const stated = stateAfter(ctx, known.next) !== null;
    const strong =
      !known.common ||
      known.capital ||
      known.market ||
      stated ||
      cue !== 'list' ||
      wellKnownPhrase(ctx, known);
    return finish(ctx, known.name, i, known.next, strong, knownConfidence(ctx, known, cue));
  }
  if (cue === 'weak' || !allowedInName(head, true)) return null;
  let end = j + 1;
  while (end < tokens.length && end - j < LONGEST_PLACE) {
    const t = tokens[end] as Token;
    const previous = tokens[end - 1] as Token;
    if (!joined(text, previous, t) || !allowedInName(t, false)) break;
    const keeps =
      t.capital ||
      PLACE_HEADS.has(t.lower) ||
      TRAILING_DROPS.has(t.lower) ||
      DIRECTIONS.has(previous.lower) ||
      NAME_PREFIXES.has(previous.lower);
    if (!keeps && (isCommonWord(t.lower) || previous.capital !== t.capital)) break;
    end++;
  }
  let run = tokens.slice(j, end);
  while (run.length > 1 && TRAILING_DROPS.has((run.at(-1) as Token).lower)) run = run.slice(0, -1);
  if (run.length === 1 && TRAILING_DROPS.has(head.lower)) return null;
  const last = run.at(-1) as Token;
  const capital = run.some((t) => t.capital);
  const district =
    run.length > 1 &&
    (DIRECTIONS.has(head.lower) || NAME_PREFIXES.has(head.lower) || PLACE_HEADS.has(last.lower));
  const cityPart = run.length === 1 && CITY_PARTS.has(head.lower);
  if (run.length === 1 && DIRECTIONS.has(head.lower) && !cityPart) return null;
  const words = run.filter((t) => !NAME_PREFIXES.has(t.lower));
  const unknownWords = words.length > 0 && words.every((t) => !isCommonWord(t.lower));
  if (!(capital || district || cityPart || unknownWords)) return null;
  // One lower-case word no list knows ("near asu", "outside the beltway") is too often not a place;
  // the workspace's own areas and the gazetteer carry the real ones.
  if (run.length === 1 && !capital && !cityPart) return null;
  // A name the gazetteer does not know, made of everyday words with a Spanish one among them ("En
  // Agosto", "Quiero Vender", "terreno propio"), is Spanish speech, not a place.
  if (!district && !cityPart && isSpanishSpeech(words)) return null;
  const name = run.map(formatWord).join(' ');
  const sure = district || cityPart ? SURE.named : capital ? SURE.capitalised : SURE.unknown;
  return finish(ctx, name, i, j + run.length, capital || district || cityPart, sure);
}

const SPANISH = new Set(SPANISH_WORDS.split(/\s+/));
function isSpanishSpeech(words: readonly Token[]): boolean {
  const folded = (t: Token) => t.lower.normalize('NFD').replace(/\p{M}/gu, '');
  const spanish = (t: Token) => SPANISH.has(folded(t));
  return words.every((t) => isCommonWord(t.lower) || spanish(t)) && words.some(spanish);
}

/** "south austin preferably": a direction and a well-known place, with no cue before them. */
function districtAt(ctx: Context, i: number): Place | null {
  const head = ctx.tokens[i];
  if (!head || !DIRECTIONS.has(head.lower) || !joined(ctx.text, head, ctx.tokens[i + 1])) return null;
  const rest = knownAt(ctx, i + 1);
  if (!rest?.place || rest.common || !isNotable(rest.place, ctx.market.states)) return null;
  return finish(ctx, `${formatWord(head)} ${rest.name}`, i, rest.next, true, SURE.named);
}

/**
 * "lake travis area", "the cypress creek area": a name no list knows, read because "area" follows it,
 * when it opens its clause and is not all everyday words.
 */
function namedArea(ctx: Context, i: number): Place | null {
  const { tokens, text } = ctx;
  if (!opensClause(tokens, text, i) && tokens[i - 1]?.lower !== 'the') return null;
  for (let n = 1; n <= 3; n++) {
    const run = tokens.slice(i, i + n);
    const after = tokens[i + n];
    if (run.length < n || !after || !['area', 'areas'].includes(after.lower)) continue;
    if (run.some((t, k) => !allowedInName(t, k === 0) || (k > 0 && !joined(text, run[k - 1] as Token, t))))
      return null;
    if (run.every((t) => isCommonWord(t.lower)) || isSpanishSpeech(run)) return null;
    return finish(ctx, run.map(formatWord).join(' '), i, i + n, true, SURE.capitalised);
  }
  return null;
}

/** "my daughter Savannah", "our dog Denver", "escuela Lincoln": a name after a person, a pet or a school. */
const RELATIONS = new Set(
  'daughter son wife husband kid kids dog dogs cat cats pup puppy pet friend sister brother mom dad mother father boyfriend girlfriend fiance fiancee partner baby grandson granddaughter niece nephew escuela colegio hijo hija esposo esposa perro gato'.split(
    ' ',
  ),
);
/** "Madison loved the backyard", "Brooklyn is the name of my dog": a name that does what a person does. */
const PERSON_AFTER =
  /^\s+(?:loved|loves|wants|wanted|said|says|hates|hated|likes|liked|thinks|thought|needs|is\s+(?:my|our|the\s+name))\b/;
/** "hi it's Madison!", "Hi, this is Paris.": the lead saying who they are. */
const INTRODUCTION =
  /(?:^|[.!?]\s*|\b(?:hi|hey|hello)[\s,!]*)(?:it'?s|its|this\s+is|i'?m|my\s+name\s+is|soy|me\s+llamo)\s+$/i;

/** "Paris here", "Paris and I are moving", "Brooklyn (my dog)": a person or a pet named like a place. */
function aPerson(ctx: Context, p: Place): boolean {
  const end = ctx.tokens[p.next - 1]?.end ?? 0;
  const after = ctx.text.slice(end, end + 24);
  const opens = p.first === 0 || opensClause(ctx.tokens, ctx.text, p.first);
  const previous = ctx.tokens[p.first - 1]?.lower ?? '';
  return (
    RELATIONS.has(previous) ||
    (WISH_VERBS.has(previous) && /^\s+to\b/.test(after)) ||
    PERSON_AFTER.test(after) ||
    /^\s*(?:and|&)\s+(?:i|me)\b/.test(after) ||
    /^\s*\(\s*(?:my|our|the)\b/.test(after) ||
    (opens && /^\s*(?:here|speaking|again)\b(?!\s+(?:in|we|area))/.test(after)) ||
    (INTRODUCTION.test(
      ctx.text.slice(Math.max(0, (ctx.tokens[p.first]?.start ?? 0) - 24), ctx.tokens[p.first]?.start ?? 0),
    ) &&
      /^\s*(?:[!.,?]|$|btw\b|by\s+the\s+way\b)/.test(after))
  );
}

/**
 * "anywhere but Hialeah", "leaving California", "moving out of Austin", "drove through Pflugerville and
 * hated it", "our realtor in Ohio", "sold our place in Naperville", "quit sending me stuff in Mesa", "we were
 * just in Sedona on vacation": a place left, passed, visited or ruled out.
 */
const LEFT_BEHIND =
  /\b(?:(?:anywhere|anything|everywhere) but|except|other than|leaving|left|leave|out of|away from|drove through|driving through|realtor in|agent in|sold our (?:place|house|home) in|sold (?:my|the) (?:place|house|home) in|(?:quit|stop|stopped|end|ended)\s+(?:looking|searching|the\s+search)(?:\s+at\s+the\s+ones)?\s+in|(?:quit|stop|no\s+more)\s+(?:sending|showing)(?:\s+(?:me|us))?(?:\s+[a-z]+){0,3}?(?:\s+in)?|\b(?:we|i)\s+(?:were|was)\s+(?:just\s+)?(?:in|visiting)|\b(?:i|we)\s+work(?:s|ing)?(?:\s+in)?|commut\w*(?:\s+(?:in)?to|\s+in)?)\s+(?:the\s+)?$/;

/** "ya no busco en Kyle", "not in Round Rock anymore": a place they rule out. */
function ruledOutPlace(ctx: Context, p: Place): boolean {
  const start = ctx.tokens[p.first]?.start ?? 0;
  const clause = clauseAt(ctx.text, start);
  const before = ctx.text.slice(clause.start, start);
  return (
    (LEFT_BEHIND.test(before) ||
      /(?:^|\s)(?:not|no|never|nunca|don'?t|dont|isn'?t|ya no)\s+(?:\p{L}+\s+){0,3}$/u.test(before) ||
      negatedList(
        ctx.text
          .slice(0, start)
          .split(/[.!?;\n]/)
          .at(-1) ?? '',
      ) ||
      // "I never asked about homes in Tulsa": a wrong number disowning the inquiry
      /\b(?:never|didn'?t|did\s+not)\s+(?:ask|asked|inquire|inquired|request|requested|look|looked)\s+(?:\p{L}+\s+){0,4}$/u.test(
        before,
      )) &&
    !/\b(?:not\s+(?:sure|just|only|(?:too\s+|that\s+|so\s+)?far)|no\s+(?:matter|preference))\b/.test(before)
  );
}

/**
 * "not interested in compton or inglewood", "no quiero ni Hialeah ni Doral": a negation reaches along a list
 * of places joined by "or"/"and", unless the list turns ("not Tampa, but St Pete or Clearwater"). A comma
 * does not carry it: "no basement, plano or frisco" names two places.
 */
const LIST_WORD = String.raw`(?!(?:near|in|around|by|close|at|to|en|cerca|por)\b)[\p{L}.']+`;
const LIST_ITEM = String.raw`${LIST_WORD}(?:\s+${LIST_WORD}){0,2}`;
const LIST_SEPARATOR = String.raw`\s+(?:or|nor|and|o|ni|y)\s+`;
const NEGATED_LIST = new RegExp(
  String.raw`(?:^|\s)(?:not|no|never|nunca|don'?t|dont|isn'?t|ya no)\s+(?:\p{L}+\s+){0,3}[\p{L}.']+(?:\s+[\p{L}.']+){0,2}${LIST_SEPARATOR}(?:${LIST_ITEM}${LIST_SEPARATOR})*$`,
  'u',
);
const LIST_TURNS = /\b(?:but|pero|instead|rather|prefer\w*|more|only|just|maybe|like|sino|mejor|m[aá]s)\b/u;
function negatedList(before: string): boolean {
  const m = NEGATED_LIST.exec(before);
  return m !== null && !LIST_TURNS.test(m[0]);
}

/** Words about the home they sell: "selling in Littleton", "my 3/2 in Tempe to list", "vendemos la casa en Pharr". */
const SELLING =
  /\b(?:sell\w*|sold|to\s+list|list(?:ing)?\s+(?:my|our|the|it)|(?<!\b(?:fort|ft\.?)\s+)worth|go\s+for|get\s+for|apprais\w*|cma)\b|(?<![\p{L}])vend(?:er|o|e|es|emos|imos|iendo|erla|erlo)(?![\p{L}])/gu;
/** Words about where they want to be, between the home sold and a place: "sell in Plano and buy in Frisco". */
const SEEKING =
  /\b(?:buy\w*|purchas\w*|mov(?:e|ing)|relocat\w*|want\w*|looking|look|search\w*|find|live|then)\b|(?<![\p{L}])(?:compr\w*|mud\w*|quer\w*|busc\w*|algo)(?![\p{L}])/u;

/**
 * The place of the home they sell is no area: the nearest words before it are about selling ("selling our
 * condo in Tempe", "selling in Round Rock, buying in Austin" keeps Austin) or it is followed by "to sell"
 * ("a house in Ohio to sell").
 */
function soldThere(text: string, span: Span): boolean {
  if (/^\s+(?:to\s+sell|for\s+sale)\b/.test(text.slice(span.end, span.end + 16))) return true;
  const before = text.slice(Math.max(0, span.start - 160), span.start);
  const sells = [...before.matchAll(SELLING)].at(-1);
  if (!sells) return false;
  return !SEEKING.test(before.slice(sells.index + sells[0].length));
}

/**
 * "outside of bozeman, like belgrade or manhattan": a place they want to be outside of, with the places
 * they mean read after it, is only where those lie ("5 acres outside of Austin" alone keeps Austin).
 */
function outsideOf(ctx: Context, p: Place, found: readonly Place[]): boolean {
  if (!found.some((q) => q.first >= p.next)) return false;
  const start = ctx.tokens[p.first]?.start ?? 0;
  const end = ctx.tokens[p.next - 1]?.end ?? 0;
  return (
    /\b(?:outside|beyond|past)(?:\s+of)?\s+(?:the\s+)?$/.test(
      ctx.text.slice(Math.max(0, start - 16), start),
    ) && /^\s*,?\s*(?:like|such\s+as|e\.?g\.?|say)\s/.test(ctx.text.slice(end, end + 16))
  );
}

/** "renting in anchorage for now": where they are until they move. */
function livesThereNow(ctx: Context, p: Place): boolean {
  const end = ctx.tokens[p.next - 1]?.end ?? 0;
  return /^\s+(?:for now|right now|for the time being|currently)\b/.test(ctx.text.slice(end, end + 24));
}

/** Adds a district word or a state after the name: "Leander ISD", "Henderson, NV". */
function finish(
  ctx: Context,
  name: string,
  first: number,
  next: number,
  strong: boolean,
  confidence: number,
): Place {
  const { tokens, text } = ctx;
  let out = name;
  let k = next;
  let sure = confidence;
  const after = tokens[k];
  if (after && joined(text, tokens[k - 1] as Token, after) && ['isd', 'county'].includes(after.lower)) {
    out = `${out} ${formatWord(after)}`;
    k++;
  }
  const district = districtWordsAfter(ctx, k);
  if (district.length > 0) {
    out = [out, ...district.map(formatWord)].join(' ');
    k += district.length;
  }
  while (tokens[k] && TRAILING_DROPS.has((tokens[k] as Token).lower)) k++;
  const code = stateAfter(ctx, k);
  if (code) {
    const place = lookupPlace(name);
    if (place && placeIn(place, new Set([code]))) sure = SURE.stated;
    // The state is said back only when it changes which place is meant: "Katy TX" is Katy, but
    // "Springfield MO" is not the largest Springfield.
    if (place?.entries[0]?.state !== code) out = `${out}, ${code}`;
    k++;
  }
  return { name: out, first, next: k, strong, confidence: sure };
}

/** Words that end a school district's name: "Hamilton Southeastern schools", "Lake Travis ISD". */
const SCHOOL_WORDS = new Set(['schools', 'school', 'isd']);

/**
 * "hamilton southeastern schools": words no list knows between a place and a school word go on with the
 * place's name, which names the district ("austin public schools" stays Austin).
 */
function districtWordsAfter(ctx: Context, k: number): Token[] {
  const { tokens, text } = ctx;
  for (let n = 1; n <= 2; n++) {
    const run = tokens.slice(k, k + n);
    const end = tokens[k + n];
    if (run.length < n || !end || !SCHOOL_WORDS.has(end.lower)) continue;
    const words = [tokens[k - 1] as Token, ...run, end];
    if (words.some((t, m) => m > 0 && !joined(text, words[m - 1] as Token, t))) return [];
    return run.every((t) => allowedInName(t, false) && !isCommonWord(t.lower)) ? run : [];
  }
  return [];
}

/** Places joined to the one before: "round rock, cedar park or maybe leander". */
function listFrom(ctx: Context, first: Place): Place[] {
  const { tokens, text } = ctx;
  const out = [first];
  let k = first.next;
  for (;;) {
    const previous = tokens[k - 1];
    const gapToNext = previous && tokens[k] ? text.slice(previous.end, (tokens[k] as Token).start) : '';
    let m = k;
    let joinedBy = /[,/&]/.test(gapToNext);
    while (tokens[m] && JOINERS.has((tokens[m] as Token).lower)) {
      joinedBy = true;
      m++;
    }
    if (!joinedBy || /[.!?;\n]/.test(gapToNext)) break;
    // "Caguas o en Guaynabo", "a Katy o a Cypress": the preposition said again
    if (m > k && ['en', 'a', 'in'].includes(tokens[m]?.lower ?? '')) m++;
    // After a bare comma only a plain place name continues the list: "in decatur, timeline is…".
    const place = placeAt(ctx, m, m > k ? 'list' : 'strong');
    if (!place || (m === k && !place.strong)) break;
    out.push(place);
    k = place.next;
  }
  return out;
}

/**
 * "summerlin or henderson", "dorado or san juan", "travis or williamson county": known names joined to a
 * place already read, before it. A name that is an everyday word needs a capital or to be well known.
 */
function listBefore(ctx: Context, place: Place, taken: readonly Span[], found: readonly Place[]): Place[] {
  const { tokens, text } = ctx;
  const out: Place[] = [];
  let next = place.first;
  for (;;) {
    let k = next - 1;
    let joinedBy = false;
    while (k >= 0 && JOINERS.has((tokens[k] as Token).lower)) {
      joinedBy = true;
      k--;
    }
    const last = tokens[k];
    const after = tokens[k + 1];
    if (!last || !after || overlapsAny(last, taken) || found.some((p) => p.first <= k && k < p.next)) break;
    const gap = text.slice(last.end, after.start);
    if (!(joinedBy || /[,/&]/.test(gap)) || /[.!?;:\n]/.test(gap)) break;
    let known: Known | null = null;
    for (let s = Math.max(0, k - LONGEST_PLACE + 1); s <= k && !known; s++) {
      const candidate = knownAt(ctx, s);
      if (candidate?.next === k + 1) known = candidate;
    }
    const county = place.name.endsWith(' County') ? lookupPlace(`${last.lower} county`) : null;
    if (county && known?.next !== k + 1) {
      out.unshift({ name: county.name, first: k, next: k + 1, strong: true, confidence: SURE.listed });
      next = k;
      continue;
    }
    if (!known?.place || (known.market === false && !wellKnownOrCapital(ctx, known))) break;
    const name = county && !known.name.endsWith(' County') ? county.name : known.name;
    out.unshift({ name, first: known.first, next: known.next, strong: true, confidence: SURE.listed });
    next = known.first;
  }
  return out;
}

function wellKnownOrCapital(ctx: Context, known: Known): boolean {
  if (!known.common || known.capital) return true;
  const word = ctx.tokens[known.first]?.lower ?? '';
  return known.place !== null && isNotable(known.place, ctx.market.states) && !hasStem(NOT_PLACE, word);
}

/** The cue at token i: "strong" ("in", "near", "looking at"), "weak" ("by", "at") or none. */
function triggerAt(ctx: Context, i: number): 'strong' | 'weak' | null {
  const { tokens } = ctx;
  const t = tokens[i]?.lower ?? '';
  const previous = tokens[i - 1]?.lower ?? '';
  // "we live in", "I grew up in": where they are or were, not where they want to be.
  const where = previous === 'up' ? (tokens[i - 2]?.lower ?? '') : previous;
  // "want to live in Mesa", "looking to rent in Queens", "interested in renting in Astoria": where they want to be
  const wish = WISHED_STAYS.has(where) && ['to', 'in'].includes(tokens[i - 2]?.lower ?? '');
  if ((t === 'in' || t === 'en') && hereNow(tokens, i - 1, where) && !wish) return null;
  if (TRIGGER_PAIRS.has(`${previous} ${t}`)) return 'strong';
  if ((t === 'to' || t === 'a') && tokens.slice(Math.max(0, i - 5), i).some((x) => MOVING.test(x.lower)))
    return 'strong';
  if (PLACE_VERBS.has(t) || WISH_VERBS.has(t)) {
    const subject = ['i', 'we', "we'd", "i'd", 'would', 'really', 'also', 'd'].includes(previous);
    const opens = i === 0 || /[,.;:!?\n]\s*$/.test(ctx.text.slice(0, tokens[i]?.start ?? 0));
    return opens || subject ? 'strong' : null;
  }
  if (WEAK_TRIGGERS.has(t)) return 'weak';
  return TRIGGERS.has(t) ? 'strong' : null;
}

/** Ways of staying somewhere that, after "to" or "in", are wished for rather than lived now. */
const WISHED_STAYS = new Set(['live', 'living', 'rent', 'renting']);

/** "we want allen", "but we want Frisco": a wish that takes a place directly, after its subject. */
const WISH_VERBS = new Set(['want', 'wanted']);
/** "algo más chico": after a Spanish comparative a known name is an adjective ("smaller"), not Chico. */
const COMPARATIVES = new Set(['más', 'mas', 'menos', 'muy', 'tan']);

function blocked(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.lower === 'the') k--;
  const previous = tokens[k]?.lower ?? '';
  if (previous === 'from' || DETERMINERS.has(previous) || COMPARATIVES.has(previous)) return true;
  const before = tokens[k - 1]?.lower === 'up' ? tokens[k - 2]?.lower : tokens[k - 1]?.lower;
  return (previous === 'in' || previous === 'en') && hereNow(tokens, k - 1, before ?? '');
}

/**
 * Whether `word` (at token k) says where they are now: "we live in", and "we currently rent in Queens"
 * with its subject ("need 3 bedrooms, rent, in El Paso" is what they want).
 */
function hereNow(tokens: Token[], k: number, word: string): boolean {
  if (HERE_NOW.has(word)) return true;
  return RENTS.has(word) && RENTERS.has(tokens[k - 1]?.lower ?? '');
}
const RENTS = new Set(['rent', 'renting']);
const RENTERS = new Set(['i', 'we', "we're", "i'm", 'currently', 'still', 'now', 'both']);

const ORGANISATION = new RegExp(`\\b(?:${ORGANISATIONS.join('|')})\\b`, 'g');

/** Where a lender or an employer is named, so its place word is not read ("wells fargo"). */
function organisations(text: string): Span[] {
  return [...text.matchAll(ORGANISATION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function zipCodes(tokens: Token[], claimed: readonly Span[]): Token[] {
  return tokens
    .filter((t, i) => /^\d{5}$/.test(t.lower) && !overlapsAny(t, claimed) && !blocked(tokens, i))
    .filter((t) => {
      const prefix = Number(t.lower.slice(0, 3));
      return ZIP_PREFIX_RANGES.some((r) => r.from <= prefix && prefix <= r.to);
    });
}

/** Verbs after a list that make its names people: "Allen and Tyler are coming". */
const SUBJECT_VERBS = new Set([
  'are',
  'is',
  'was',
  'were',
  'said',
  'says',
  'will',
  'would',
  'can',
  'could',
  'and',
]);

/** Whether token i opens its clause (after "maybe", "prefer"…): a list of names there is a list of places. */
function opensClause(tokens: Token[], text: string, i: number): boolean {
  let k = i - 1;
  while (
    k >= 0 &&
    LIST_EDGES.has((tokens[k] as Token).lower) &&
    !/[,.!?;\n]/.test(text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start))
  )
    k--;
  const previous = tokens[k];
  return !previous || /[,.!?;:\n]/.test(text.slice(previous.end, (tokens[k + 1] as Token).start));
}

/** Whether the tokens from k to the clause's end are only hedges: "maybe", "probably", "ideally". */
function hedgedClauseFrom(ctx: Context, k: number): boolean {
  for (let n = k; n < ctx.tokens.length; n++) {
    const t = ctx.tokens[n] as Token;
    const gap = ctx.text.slice((ctx.tokens[n - 1] as Token).end, t.start);
    if (/[,.!?;:\n]/.test(gap)) return true;
    if (!HEDGES.has(t.lower)) return false;
  }
  return true;
}
const HEDGES = new Set([
  'maybe',
  'perhaps',
  'probably',
  'ideally',
  'preferably',
  'instead',
  'too',
  'hopefully',
]);

/**
 * A message, or its first sentence, that is only a list of places: "brooklyn or queens, maybe jersey
 * city", "North End or meridian. eagle is nice but too far out for us".
 */
function bareList(ctx: Context): Place[] {
  const out: Place[] = [];
  let k = 0;
  while (k < ctx.tokens.length) {
    const t = ctx.tokens[k] as Token;
    const previous = ctx.tokens[k - 1];
    if (previous && out.length > 0 && /[.!?\n]/.test(ctx.text.slice(previous.end, t.start))) break;
    if (LIST_EDGES.has(t.lower)) {
      k++;
      continue;
    }
    const place = placeAt(ctx, k, 'list');
    if (!place) return [];
    out.push(place);
    k = place.next;
  }
  return out.some((p) => p.strong) ? out : [];
}

/**
 * The masked text with each emoji read as a comma: between words it ends a clause ("traffic on 75 needs
 * to stop 😩 prefer allen"), as the writer's punctuation would.
 */
function emojiAsBreaks(message: Message): string {
  let text = message.masked;
  for (const m of message.lower.matchAll(/\p{Extended_Pictographic}/gu))
    text = `${text.slice(0, m.index)},${text.slice(m.index + 1)}`;
  return text;
}

export interface Areas {
  areas: string[];
  /** Where the places were read, so no other reader takes "Sugar Land" for land. */
  spans: Span[];
  /** 0–1, the least sure of the places read; absent when none was. */
  confidence?: number;
}

export interface AreaOptions {
  /** The workspace's own areas ("Round Rock", "Zilker", "Travis County, TX"): matched first. */
  marketAreas?: readonly MarketAreaInput[];
}

/**
 * The places a lead wants: names after "in", "near", "around", "close to", "moving to"; names the
 * workspace or the gazetteer knows, in any case and without a cue when they cannot be anything else
 * ("round rock or cedar park", "3/2 pflugerville under 400k"); districts of a city ("downtown", "south
 * congress"); ZIP codes; and a message that is only a list of places. An everyday word ("hope",
 * "sunset") is a place only with a real cue; where they live now ("we're in Boulder now") and come
 * from is left out.
 */
export function extractAreas(message: Message, claimed: readonly Span[], options: AreaOptions = {}): Areas {
  const text = emojiAsBreaks(message);
  const ctx: Context = { tokens: tokenize(message), text, market: marketAreas(options.marketAreas) };
  const { tokens } = ctx;
  const taken = [...claimed, ...organisations(text)];
  const found: Place[] = bareList(ctx);
  let consumed = found.at(-1)?.next ?? 0;
  const take = (places: Place[]) => {
    found.push(...places);
    consumed = Math.max(consumed, ...places.map((p) => p.next));
  };
  for (let i = consumed; i < tokens.length; i++) {
    if (i < consumed) continue;
    const cue = triggerAt(ctx, i);
    if (cue && !overlapsAny(tokens[i + 1] ?? (tokens[i] as Token), taken)) {
      const place = placeAt(ctx, i + 1, cue);
      if (place) {
        take(listFrom(ctx, place));
        continue;
      }
    }
    const t = tokens[i] as Token;
    if (blocked(tokens, i) || overlapsAny(t, taken)) continue;
    const district = districtAt(ctx, i) ?? namedArea(ctx, i);
    if (district) {
      take(listFrom(ctx, district));
      continue;
    }
    const known = knownAt(ctx, i);
    const sure = known ? uncued(ctx, known) : null;
    if (known && sure !== null) {
      take(listFrom(ctx, finish(ctx, known.name, i, known.next, true, sure)));
    } else if (known && (t.capital || !isCommonWord(t.lower)) && opensClause(tokens, text, i)) {
      const list = listFrom(ctx, finish(ctx, known.name, i, known.next, true, SURE.named));
      const after = tokens[(list.at(-1) as Place).next];
      if (list.length > 1 && !SUBJECT_VERBS.has(after?.lower ?? '')) take(list);
      // "…where i work. summerlin maybe": a name that is its clause, with only a hedge after it
      else if (list.length === 1 && !isFirstName(known.name) && hedgedClauseFrom(ctx, known.next)) take(list);
    } else if (CITY_PARTS.has(t.lower) && !placeName(tokens[i + 1]?.lower ?? '')) {
      take([{ name: formatWord(t), first: i, next: i + 1, strong: true, confidence: SURE.named }]);
    }
  }
  const before = found.flatMap((p) => listBefore(ctx, p, taken, found));
  const places = [...before, ...found]
    .filter(
      (p) =>
        !aPerson(ctx, p) &&
        !ruledOutPlace(ctx, p) &&
        !livesThereNow(ctx, p) &&
        !outsideOf(ctx, p, found) &&
        !soldThere(text, { start: tokens[p.first]?.start ?? 0, end: tokens[p.next - 1]?.end ?? 0 }),
    )
    .sort((a, b) => a.first - b.first);
  found.splice(0, found.length, ...places);
  const zips = zipCodes(tokens, claimed).filter((t) => !soldThere(text, t));
  const seen = new Set<string>();
  const kept: { name: string; confidence: number }[] = [];
  for (const p of [...found, ...zips.map((t) => ({ name: t.lower, confidence: SURE.zip }))]) {
    const key = p.name.toLowerCase().replace(/^the\s+/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ name: p.name, confidence: p.confidence });
  }
  const spans = [
    ...found.map((p) => ({ start: tokens[p.first]?.start ?? 0, end: tokens[p.next - 1]?.end ?? 0 })),
    ...zips.map(({ start, end }) => ({ start, end })),
  ];
  const areas = kept.map((p) => p.name);
  if (kept.length === 0) return { areas, spans };
  return { areas, spans, confidence: Math.min(...kept.map((p) => p.confidence)) };
}
