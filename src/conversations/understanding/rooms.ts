import { CONFIDENCE, type Reading } from './confidence.js';
import { HALF, toNumber } from './numbers.js';
import { DONE_WITH, type Message, negatedBefore, overlaps, type Span, wordsBefore } from './text.js';

export interface Rooms {
  beds: number | null;
  baths: number | null;
  spans: Span[];
  bedsReading: Reading;
  bathsReading: Reading;
}

const ROOM_COUNT = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|single)`;
const BED = String.raw`(?:bed\s?rooms?|bedroom'?s|bedrms?|beds?|bdrms?|bdrs?|bds?|brs?)`;
const BATH = String.raw`(?:bath\s?rooms?|bathrms?|baths?|bthrms?|bths?|bas?)`;
/** "3+", "3 plus", "3 or more". */
const MORE = String.raw`(?:\s*\+|\s+plus|\s+or\s+(?:more|bigger|larger|up))?`;
/** A unit's end: a word boundary, or a count glued after it ("3bd2ba"). */
const UNIT_END = '(?![a-z])';

const BEDS = new RegExp(
  String.raw`(?<![\w.$])(${ROOM_COUNT})${MORE}(?:\s*(?:-|to|or)\s*${ROOM_COUNT})?\s*-?\s*(?:full\s+)?${BED}${UNIT_END}`,
  'g',
);
const BATHS = new RegExp(
  String.raw`(?<![\w.$]|\d(?:bd|br|bed|bdrm|b))(${ROOM_COUNT})(${HALF})?${MORE}(?:\s*(?:-|to|or)\s*${ROOM_COUNT}(?:${HALF})?)?\s*-?\s*(?:full\s+)?${BATH}${UNIT_END}(?![ñÑ])`,
  'g',
);
/** Glued, beds first: "3bd2ba", "3b2b", "3bed2bath". */
const GLUED = /(?<![\w.$])([1-9])\s*(?:b|bd|br|bed|bdrm)s?\s*\/?\s*([1-9](?:\.5)?)\s*(?:b|ba|bth|bath)s?\b/g;
/** "2 full 1 half bath", "2 full and a half baths": full baths and a half one, no bath word after "full". */
const FULL_AND_HALF =
  /(?<![\w.$])(\d|one|two|three|four|five)\s+full\s*(?:,|and|&|\+|plus)?\s*(?:1|one|a)\s+half(?:\s*(?:bath\s?rooms?|baths?|ba))?\b/g;
/** "3 full baths 1 half", "2 bath 1 half bath": a half bath after the full ones. */
const HALF_BATH =
  /^\s*(?:full\s+)?(?:bath\s?rooms?|baths?|ba)?\s*(?:,|and|&|\+|plus|w\/|with)?\s*(?:1|one|a)\s+half(?:\s*(?:bath\s?rooms?|baths?|ba))?\b/;
/** "3/2/2" and "4/3/2": beds, baths and garage. */
const TRIPLE = /(?<![\w.$/:])([1-9])\/([1-9](?:\.5)?)\/([1-4])(?![\w/.:])/g;
/**
 * "3/2" and "4/2.5": beds over baths, unless it reads as a date ("on 3/2", "3/2 at 4"); a half bath is
 * never a date ("a 4/2.5 around 600k").
 */
const SLASH =
  /(?<![\w.$/:]|\d\s)([1-9])\s*\/\s*(?:([1-9]\.5)(?![\w/:]|\.\d)|([1-9])(?![\w/:]|\.\d|\s*(?:at\b|@|around\b|am\b|pm\b|\d|ba\b|baths?\b|bathrooms?\b)))/g;
const DATE_WORDS = new Set(['on', 'for', 'by', 'until', 'til', 'till', 'before', 'after', 'since', 'from']);
/** "my current house is 2 bed but we need at least 4": the need, not what they have. */
const CURRENT_WORDS = new Set(['current', 'currently', 'now', 'have', 'has', 'had', 'own', 'live']);
/**
 * Form fields: "Bedrooms: 3", "baths - 2.5", and the label before its count without a colon ("beds 3
 * baths 2") where the count before the label, if any, is another label's.
 */
const LABELLED = new RegExp(
  String.raw`\b(?:(${BED})|${BATH})(?:\s*([:=-])\s*|\s+)(\d+(?:\.\d+)?)(?![\w.])`,
  'g',
);
/** What ends a bare label's count: "beds 3, baths 2", "beds 3+", not "bedroom 3 is tiny". */
const LABEL_COUNT_END = new RegExp(String.raw`^\s*(?:\+|$|[,;/|.!]|(?:and\s+|&\s+)?(?:${BED}|${BATH})\b)`);
/** "need 3 rooms": rooms wanted are bedrooms. */
const ROOMS_WANTED =
  /\b(?:need|needs|want|wants|looking\s+for|at\s+least|min(?:imum)?|with)\s+(\d|two|three|four|five|six)\s+rooms\b/g;
const COUNT_BEFORE = /(\d+(?:\.\d+)?)\s*-?\s*(?:[a-z]+\s+)?$/;
/** "at least 3 total", "4 in total": a count of the rooms named just before. */
const TOTAL =
  /\b(?:at\s+least|min(?:imum)?)\s+(\d|two|three|four|five|six)\s+(?:total|in\s+total|overall|altogether)\b/g;
const ELLIPSIS =
  /\b(?:need|want|needs|wants|looking for|would like|prefer)\s+(?:at\s+least\s+|min(?:imum)?\s+)?(\d+|two|three|four|five|six)(?=\s*(?:$|[.,!?;]|\s+(?:please|pls|if|ideally|though|tho|min|minimum)\b))/g;

/** Spanish: "3 cuartos", "tres recámaras", "4 habitaciones", "2 baños y medio". */
const NUMERO: Readonly<Record<string, number>> = {
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
};
const NUMERO_ES = String.raw`(?:\d+(?:\.\d+)?|${Object.keys(NUMERO).join('|')})`;
const CUARTOS = new RegExp(
  String.raw`(?<![\p{L}\d.$])(${NUMERO_ES})(?:\s*(?:-|a|o)\s*${NUMERO_ES})?\s+(?:cuartos?|rec[áa]maras?|recs?\.?|habitaci(?:ó|o)n(?:es)?|habs?\.?|dormitorios?|alcobas?)(?![\p{L}])`,
  'gu',
);
const BANOS = new RegExp(
  String.raw`(?<![\p{L}\d.$])(${NUMERO_ES})(\s*(?:1\/2|½))?(?:\s*(?:-|a|o)\s*${NUMERO_ES})?\s+(?:medios?\s+)?ba(?:ñ|n)os?(\s+y\s+medio)?(?![\p{L}])`,
  'gu',
);

const SPANISH_HINT = /cuart|rec[áa]m|habitac|dormit|alcob|ba[ñn]o/;
/** Form fields in Spanish: "Recámaras: 3", "baños - 2". */
const ETIQUETA =
  /(?<![\p{L}])(?:(cuartos|rec[áa]maras|habitaciones|dormitorios)|ba[ñn]os)\s*[:=-]\s*(\d+(?:\.\d+)?)(?![\d.])/gu;

interface Mention {
  kind: 'beds' | 'baths';
  value: number;
  span: Span;
  current: boolean;
  spanish?: boolean;
}

function mention(text: string, kind: Mention['kind'], value: number | null, m: RegExpExecArray): Mention[] {
  // no home has 350 bedrooms: "price 350 beds don't matter"
  if (value === null || value > 12) return [];
  const span = { start: m.index, end: m.index + m[0].length };
  const current = wordsBefore(text, m.index, 5).some((w) => CURRENT_WORDS.has(w));
  return [{ kind, value, span, current }];
}

const spanOf = (m: RegExpExecArray): Span => ({ start: m.index, end: m.index + m[0].length });

function pick(mentions: Mention[], kind: Mention['kind']): Mention | null {
  const all = mentions.filter((m) => m.kind === kind);
  const wanted = all.filter((m) => !m.current);
  return wanted[0] ?? all[0] ?? null;
}

function reading(m: Mention | null): Reading {
  if (!m) return { confidence: 0, spans: [] };
  return { confidence: m.spanish ? CONFIDENCE.spanish : CONFIDENCE.explicit, spans: [m.span] };
}

const CORRECTION =
  /^\s*,?\s*(?:but\s+|more\s+like\s+|actually\s+|rather\s+|just\s+)?(\d+|two|three|four|five|six)(?=\s*(?:$|[.,!?;]|(?:is|are|would\s+be|will\s+do|works|should\s+be)\b))/;

/**
 * "not 3 beds, 4": a count they deny is dropped, and a bare count said right after it replaces it.
 * "no more than 3 beds" is a limit, not a denial.
 */
function corrected(text: string, mentions: Mention[]): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    const before = wordsBefore(text, m.span.start, 2);
    if (before.includes('than') || !negatedBefore(text, m.span.start, 2)) continue;
    const fix = CORRECTION.exec(text.slice(m.span.end));
    const value = fix ? toNumber(fix[1] ?? '') : null;
    if (fix && value !== null) {
      const at = m.span.end + fix.index + fix[0].length;
      mentions.splice(i, 1, { ...m, value, span: { start: at - (fix[1]?.length ?? 0), end: at } });
    } else mentions.splice(i, 1);
  }
}

const numero = (raw: string): number | null => NUMERO[raw] ?? toNumber(raw);

export function extractRooms(message: Message): Rooms {
  const text = message.masked;
  const mentions: Mention[] = [];
  // a count a label before it has taken is not the next label's count: "Bedrooms: 3 Bathrooms: 2"
  const taken = (m: RegExpExecArray) => mentions.some((l) => l.span.start < m.index && m.index < l.span.end);
  for (const m of text.matchAll(LABELLED)) {
    const before = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const countAt = m.index - (before?.[0].length ?? 0);
    if (!m[2] && before && !mentions.some((l) => l.span.start < countAt && countAt < l.span.end)) continue;
    if (!m[2] && !LABEL_COUNT_END.test(text.slice(m.index + m[0].length))) continue;
    mentions.push(...mention(text, m[1] ? 'beds' : 'baths', Number(m[3]), m));
  }
  for (const m of text.matchAll(ROOMS_WANTED))
    mentions.push(...mention(text, 'beds', toNumber(m[1] ?? ''), m));
  for (const m of text.matchAll(FULL_AND_HALF)) {
    const n = toNumber(m[1] ?? '');
    mentions.push(...mention(text, 'baths', n === null ? null : n + 0.5, m));
  }
  for (const m of text.matchAll(BEDS)) {
    if (!taken(m)) mentions.push(...mention(text, 'beds', toNumber(m[1] ?? ''), m));
  }
  for (const m of text.matchAll(BATHS)) {
    if (taken(m) || mentions.some((x) => x.kind === 'baths' && overlaps(x.span, spanOf(m)))) continue;
    const n = m[1] === 'single' ? 1 : toNumber(m[1] ?? '');
    const half =
      m[2]?.trim() || HALF_BATH.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    mentions.push(...mention(text, 'baths', n === null ? null : n + (half ? 0.5 : 0), m));
  }
  for (const m of [...text.matchAll(GLUED), ...text.matchAll(TRIPLE)]) {
    // "3bed2bath": the beds may be read already, the glued baths not
    for (const [kind, value] of [
      ['beds', Number(m[1])],
      ['baths', Number(m[2])],
    ] as const) {
      if (!mentions.some((x) => x.kind === kind && overlaps(x.span, spanOf(m))))
        mentions.push(...mention(text, kind, value, m));
    }
  }
  for (const m of text.matchAll(SLASH)) {
    if (DATE_WORDS.has(wordsBefore(text, m.index, 1)[0] ?? '')) continue;
    mentions.push(
      ...mention(text, 'beds', Number(m[1]), m),
      ...mention(text, 'baths', Number(m[2] ?? m[3]), m),
    );
  }
  for (const m of text.matchAll(TOTAL)) {
    const named = /\b(bed|bath)/.exec(
      text
        .slice(Math.max(0, m.index - 60), m.index)
        .split(/\b(?=bed|bath)/)
        .at(-1) ?? '',
    );
    if (named)
      mentions.push(...mention(text, named[1] === 'bed' ? 'beds' : 'baths', toNumber(m[1] ?? ''), m));
  }
  for (const m of text.matchAll(ELLIPSIS)) {
    const earlier = mentions.filter((x) => x.span.end <= m.index).sort((a, b) => b.span.end - a.span.end)[0];
    if (earlier) mentions.push(...mention(text, earlier.kind, toNumber(m[1] ?? ''), m));
  }
  const spanish = SPANISH_HINT.test(text);
  for (const m of spanish ? text.matchAll(CUARTOS) : []) {
    mentions.push(...mention(text, 'beds', numero(m[1] ?? ''), m).map((x) => ({ ...x, spanish: true })));
  }
  for (const m of spanish ? text.matchAll(ETIQUETA) : []) {
    const found = mention(text, m[1] ? 'beds' : 'baths', Number(m[2]), m);
    mentions.push(...found.map((x) => ({ ...x, spanish: true })));
  }
  for (const m of spanish ? text.matchAll(BANOS) : []) {
    const n = numero(m[1] ?? '');
    const value = n === null ? null : n + (m[2] || m[3] ? 0.5 : 0);
    mentions.push(...mention(text, 'baths', value, m).map((x) => ({ ...x, spanish: true })));
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  corrected(text, mentions);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (DONE_WITH.test(text.slice(Math.max(0, m.span.start - 30), m.span.start))) mentions.splice(i, 1);
  }
  const beds = pick(mentions, 'beds');
  const baths = pick(mentions, 'baths');
  return {
    beds: beds?.value ?? null,
    baths: baths?.value ?? null,
    spans: mentions.map((m) => m.span),
    bedsReading: reading(beds),
    bathsReading: reading(baths),
  };
}
