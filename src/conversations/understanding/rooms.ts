import { CONFIDENCE, type Reading } from './confidence.js';
import { HALF, toNumber } from './numbers.js';
import { type Message, negatedBefore, type Span, wordsBefore } from './text.js';

export interface Rooms {
  beds: number | null;
  baths: number | null;
  spans: Span[];
  bedsReading: Reading;
  bathsReading: Reading;
}

const ROOM_COUNT = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)`;
const BED = String.raw`(?:bed\s?rooms?|bedroom'?s|bedrms?|beds?|bdrms?|bdrs?|bds?|brs?)`;
const BATH = String.raw`(?:bath\s?rooms?|bathrms?|baths?|bthrms?|bths?|ba)`;
const MORE = String.raw`(?:\s*\+|\s+plus)?`;

const BEDS = new RegExp(
  String.raw`(?<![\w.$])(${ROOM_COUNT})${MORE}(?:\s*(?:-|to|or)\s*${ROOM_COUNT})?\s*-?\s*(?:full\s+)?${BED}\b`,
  'g',
);
const BATHS = new RegExp(
  String.raw`(?<![\w.$])(${ROOM_COUNT})(${HALF})?${MORE}(?:\s*(?:-|to|or)\s*${ROOM_COUNT}(?:${HALF})?)?\s*-?\s*(?:full\s+)?${BATH}\b(?![ñÑ])`,
  'g',
);
/** "3/2" and "4/2.5": beds over baths, unless it reads as a date ("on 3/2", "3/2 at 4"). */
const SLASH =
  /(?<![\w.$/:]|\d\s)([1-9])\s*\/\s*([1-9](?:\.5)?)(?![\w/:]|\.\d|\s*(?:at\b|@|around\b|am\b|pm\b|\d|ba\b|baths?\b|bathrooms?\b))/g;
const DATE_WORDS = new Set(['on', 'for', 'by', 'until', 'til', 'till', 'before', 'after', 'since', 'from']);
/** "my current house is 2 bed but we need at least 4": the need, not what they have. */
const CURRENT_WORDS = new Set(['current', 'currently', 'now', 'have', 'has', 'had', 'own', 'live']);
/** Form fields: "Bedrooms: 3", "baths - 2.5". */
const LABELLED = new RegExp(String.raw`\b(?:(${BED})|${BATH})\s*[:=-]\s*(\d+(?:\.\d+)?)(?![\w.])`, 'g');
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
  String.raw`(?<![\p{L}\d.$])(${NUMERO_ES})(?:\s*(?:-|a|o)\s*${NUMERO_ES})?\s+(?:cuartos?|rec[áa]maras?|habitaci(?:ó|o)n(?:es)?|dormitorios?|alcobas?)(?![\p{L}])`,
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
  if (value === null) return [];
  const span = { start: m.index, end: m.index + m[0].length };
  const current = wordsBefore(text, m.index, 5).some((w) => CURRENT_WORDS.has(w));
  return [{ kind, value, span, current }];
}

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
  /^\s*,?\s*(?:but\s+|more\s+like\s+|actually\s+|rather\s+)?(\d+|two|three|four|five|six)(?=\s*(?:$|[.,!?;]))/;

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
  for (const m of text.matchAll(BEDS)) mentions.push(...mention(text, 'beds', toNumber(m[1] ?? ''), m));
  for (const m of text.matchAll(BATHS)) {
    const n = toNumber(m[1] ?? '');
    mentions.push(...mention(text, 'baths', n === null ? null : n + (m[2]?.trim() ? 0.5 : 0), m));
  }
  for (const m of text.matchAll(LABELLED)) {
    mentions.push(...mention(text, m[1] ? 'beds' : 'baths', Number(m[2]), m));
  }
  for (const m of text.matchAll(SLASH)) {
    if (DATE_WORDS.has(wordsBefore(text, m.index, 1)[0] ?? '')) continue;
    mentions.push(...mention(text, 'beds', Number(m[1]), m), ...mention(text, 'baths', Number(m[2]), m));
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
