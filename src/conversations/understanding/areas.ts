import { ZIP_PREFIX_RANGES } from '../../consent/data/zip-prefixes.js';
import {
  CITY_PARTS,
  DIRECTIONS,
  HERE_NOW,
  JOINERS,
  LIST_EDGES,
  NOT_PLACE,
  PLACE_HEADS,
  PLACE_VERBS,
  TRAILING_DROPS,
  TRIGGER_PAIRS,
  TRIGGERS,
  UPPER_CASE,
} from './data/area-lexicon.js';
import { hasStem, isCommonWord, LONGEST_PLACE, placeName, stateCode } from './gazetteer.js';
import { type Message, overlapsAny, type Span } from './text.js';

interface Token extends Span {
  lower: string;
  raw: string;
  /** Written with a capital where a capital is not owed to the sentence. */
  capital: boolean;
}

interface Place {
  name: string;
  /** Index of the place's first token. */
  first: number;
  /** Index of the token after the place. */
  next: number;
  /** Named by the gazetteer, a capital, a district word or a place word ("park", "ISD"). */
  strong: boolean;
}

/** "moving from Ohio to Charlotte": a move names where they are going after "to". */
const MOVING = /^(?:mov\w*|relocat\w*|transfer\w*)$/;
/** Abbreviations that open a name: "st pete", "ft worth", "mt pleasant". */
const PREFIX_WORDS: Readonly<Record<string, string>> = { st: 'saint', ft: 'fort', mt: 'mount', pt: 'point' };
const NAME_PREFIXES = new Set(Object.keys(PREFIX_WORDS));
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

function tokenize(message: Message): Token[] {
  const tokens: Token[] = [];
  const letters = message.source.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 0 && letters === letters.toUpperCase();
  for (const m of message.masked.matchAll(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu)) {
    const raw = message.source.slice(m.index, m.index + m[0].length);
    const before = message.source.slice(0, m.index);
    const sentenceStart = /(?:^|[.!?\n]\s*|^\W*)$/u.test(before);
    const capital = !shouting && !sentenceStart && /^\p{Lu}/u.test(raw);
    tokens.push({ lower: m[0], raw, capital, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

const joined = (text: string, a: Token, b: Token | undefined): boolean =>
  b !== undefined && /^[ \t]+$/.test(text.slice(a.end, b.start));

function formatWord(t: Token): string {
  if (UPPER_CASE.has(t.lower)) return t.lower.toUpperCase();
  if (/\p{Lu}/u.test(t.raw.slice(1))) return t.raw;
  return t.lower.replace(/^\p{L}/u, (c) => c.toUpperCase());
}

/** The gazetteer's longest name starting at token i. */
function gazetteerAt(tokens: Token[], text: string, i: number): { name: string; next: number } | null {
  for (let n = LONGEST_PLACE; n >= 1; n--) {
    const run = tokens.slice(i, i + n);
    if (run.length < n || run.some((t, k) => k > 0 && !joined(text, run[k - 1] as Token, t))) continue;
    const words = run.map((t) => t.lower);
    const name = placeName(words.join(' ')) ?? placeName(words.map((w) => PREFIX_WORDS[w] ?? w).join(' '));
    if (name) return { name, next: i + n };
  }
  return null;
}

function allowedInName(t: Token, first: boolean): boolean {
  if (!/^\p{L}/u.test(t.lower)) return false;
  if (first && NAME_PREFIXES.has(t.lower)) return true;
  if (!hasStem(NOT_PLACE, t.lower)) return true;
  return !first && (PLACE_HEADS.has(t.lower) || TRAILING_DROPS.has(t.lower));
}

/**
 * Reads one place name at token i: a gazetteer name, a district ("south congress"), a capitalised name.
 * `lenient` (in a list of places) also takes a gazetteer name that is a common word ("queens").
 */
function placeAt(tokens: Token[], text: string, i: number, lenient = false): Place | null {
  let j = i;
  if (tokens[j]?.lower === 'the') {
    const known = gazetteerAt(tokens, text, j);
    if (known && /^The /.test(known.name)) return finish(tokens, text, known.name, i, known.next, true);
    j++;
  }
  const head = tokens[j];
  if (!head) return null;
  if (DIRECTIONS.has(head.lower) && joined(text, head, tokens[j + 1])) {
    const rest = gazetteerAt(tokens, text, j + 1);
    if (rest) return finish(tokens, text, `${formatWord(head)} ${rest.name}`, i, rest.next, true);
  }
  const known = gazetteerAt(tokens, text, j);
  if (known) {
    const common = known.next - j === 1 && isCommonWord(head.lower) && !head.capital;
    if (!common) return finish(tokens, text, known.name, i, known.next, true);
    if (lenient) return finish(tokens, text, known.name, i, known.next, false);
    return null;
  }
  if (!allowedInName(head, true)) return null;
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
  const name = run.map(formatWord).join(' ');
  return finish(tokens, text, name, i, end, capital || district || cityPart);
}

/** Adds a district word or a state after the name: "Leander ISD", "Henderson, NV". */
function finish(
  tokens: Token[],
  text: string,
  name: string,
  first: number,
  next: number,
  strong: boolean,
): Place {
  let out = name;
  let k = next;
  const after = tokens[k];
  if (after && joined(text, tokens[k - 1] as Token, after) && ['isd', 'county'].includes(after.lower)) {
    out = `${out} ${formatWord(after)}`;
    k++;
  }
  while (tokens[k] && TRAILING_DROPS.has((tokens[k] as Token).lower)) k++;
  const state = tokens[k];
  const gap = state ? text.slice((tokens[k - 1] as Token).end, state.start) : '';
  const code = state && /^\s*,?\s*$/.test(gap) ? stateCode(state.lower, state.raw) : null;
  if (code) {
    out = `${out}, ${code}`;
    k++;
  }
  return { name: out, first, next: k, strong };
}

/** Places joined to the one before: "round rock, cedar park or maybe leander". */
function listFrom(tokens: Token[], text: string, first: Place): Place[] {
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
    // After a bare comma only a plain place name continues the list: "in decatur, timeline is…".
    const place = placeAt(tokens, text, m, m > k);
    if (!place || (m === k && !place.strong)) break;
    out.push(place);
    k = place.next;
  }
  return out;
}

function triggerAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]?.lower ?? '';
  const previous = tokens[i - 1]?.lower ?? '';
  if (TRIGGER_PAIRS.has(`${previous} ${t}`)) return true;
  if (t === 'to' && tokens.slice(Math.max(0, i - 5), i).some((x) => MOVING.test(x.lower))) return true;
  if (PLACE_VERBS.has(t))
    return i === 0 || ['i', 'we', "we'd", "i'd", 'would', 'really', 'also', 'd'].includes(previous);
  if (!TRIGGERS.has(t)) return false;
  return !(t === 'in' && HERE_NOW.has(previous));
}

function blocked(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.lower === 'the') k--;
  const previous = tokens[k]?.lower ?? '';
  if (previous === 'from' || DETERMINERS.has(previous)) return true;
  return previous === 'in' && HERE_NOW.has(tokens[k - 1]?.lower ?? '');
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

/** A message that is only a list of places: "brooklyn or queens, maybe jersey city". */
function bareList(tokens: Token[], text: string): Place[] {
  const out: Place[] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (LIST_EDGES.has(t.lower)) {
      k++;
      continue;
    }
    const place = placeAt(tokens, text, k, true);
    if (!place) return [];
    out.push(place);
    k = place.next;
  }
  return out.some((p) => p.strong) ? out : [];
}

export interface Areas {
  areas: string[];
  /** Where the places were read, so no other reader takes "Sugar Land" for land. */
  spans: Span[];
}

/**
 * The places a lead wants: names after "in", "near", "around", "close to", "moving to"; names the
 * gazetteer knows, alone when they are a list ("Alexandria or Arlington"); districts of a city
 * ("downtown", "south congress"); ZIP codes; and a message that is only a list of places. Where they
 * live now ("we're in Boulder now") and come from is left out.
 */
export function extractAreas(message: Message, claimed: readonly Span[]): Areas {
  const text = message.masked;
  const tokens = tokenize(message);
  const found: Place[] = bareList(tokens, text);
  let consumed = found.length > 0 ? tokens.length : 0;
  const take = (places: Place[]) => {
    found.push(...places);
    consumed = Math.max(consumed, ...places.map((p) => p.next));
  };
  for (let i = consumed; i < tokens.length; i++) {
    if (i < consumed) continue;
    if (triggerAt(tokens, i)) {
      const place = placeAt(tokens, text, i + 1);
      if (place) take(listFrom(tokens, text, place));
      continue;
    }
    const t = tokens[i] as Token;
    if (blocked(tokens, i) || overlapsAny(t, claimed)) continue;
    const known = gazetteerAt(tokens, text, i);
    if (known && known.next - i > 1) {
      take(listFrom(tokens, text, finish(tokens, text, known.name, i, known.next, true)));
    } else if (known && (t.capital || !isCommonWord(t.lower)) && opensClause(tokens, text, i)) {
      const list = listFrom(tokens, text, finish(tokens, text, known.name, i, known.next, true));
      const after = tokens[(list.at(-1) as Place).next];
      if (list.length > 1 && !SUBJECT_VERBS.has(after?.lower ?? '')) take(list);
    } else if (CITY_PARTS.has(t.lower) && !placeName(tokens[i + 1]?.lower ?? '')) {
      take([{ name: formatWord(t), first: i, next: i + 1, strong: true }]);
    }
  }
  const zips = zipCodes(tokens, claimed);
  const seen = new Set<string>();
  const areas = [...found.map((p) => p.name), ...zips.map((t) => t.lower)].filter((n) => {
    const key = n.toLowerCase().replace(/^the\s+/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const spans = [
    ...found.map((p) => ({ start: tokens[p.first]?.start ?? 0, end: tokens[p.next - 1]?.end ?? 0 })),
    ...zips.map(({ start, end }) => ({ start, end })),
  ];
  return { areas, spans };
}
