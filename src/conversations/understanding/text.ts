import type { DateTime } from 'luxon';

export interface Span {
  start: number;
  end: number;
}

/**
 * One message, prepared once for every reader. The three strings have the same length, so an index
 * found in `masked` points at the same characters in `source` (for the writer's capitals).
 */
export interface Message {
  /** The text with compatibility forms folded and curly quotes straightened. */
  source: string;
  /** `source` in lower case. */
  lower: string;
  /** `lower` with links, emails, phone numbers, street addresses and emoji blanked out. */
  masked: string;
  now: DateTime;
  tz: string;
}

const STATE_CODES =
  'tx|ca|fl|ga|nc|sc|va|wa|az|nv|ut|nm|nj|ny|md|tn|ky|mo|mn|wi|mi|il|ia|ks|ne|nd|sd|mt|wy|ct|nh|ri|vt|wv|ak|dc';
const STREET_SUFFIX =
  'st|street|ave|av|avenue|rd|road|ln|lane|dr|drive|blvd|boulevard|ct|pl|pkwy|parkway|hwy|highway|cir|trl|ter|cv|way';
/** Words that never sit between a house number and its street: "20 minutes drive", "600 for the right way". */
const NOT_STREET_WORDS =
  'for|the|a|an|to|of|in|at|on|and|or|from|with|my|your|our|minute|minutes|min|mins|mile|miles|hour|hours|right|is|it';

const PATTERNS: readonly RegExp[] = [
  /\bhttps?:\/\/\S+|\bwww\.\S+/g,
  /[\w.+-]+@[\w-]+\.[\w.]+/g,
  /(?<![\d$])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)/g,
  /(?<![\d$])\d{10}(?!\d)/g,
  new RegExp(
    String.raw`(?<![\w$.,/-])\d{1,6}[a-z]?\s+(?:(?!(?:${NOT_STREET_WORDS})\b)[a-z0-9'.-]+\s+){0,3}?(?:${STREET_SUFFIX})\b\.?` +
      String.raw`(?:\s*,?\s*(?:apt|unit|suite|ste|#)\s*[\w-]+)?` +
      String.raw`(?:\s*,?\s*[a-z][a-z .']{1,30}?,?\s+(?:${STATE_CODES})\b(?:\s+\d{5}(?:-\d{4})?)?|\s*,?\s*\d{5}(?:-\d{4})?)?`,
    'g',
  ),
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu,
];

/** Lower case that never changes a string's length, so indices stay shared. */
function lowerInPlace(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => ' '.repeat(m.length));
}

export function prepareMessage(text: string, now: DateTime, tz: string): Message {
  const source = text
    // NFKC would glue "2½" into "21⁄2"
    .replace(/½/g, ' 1/2')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
  const lower = lowerInPlace(source);
  const masked = PATTERNS.reduce(blank, lower);
  return { source, lower, masked, now, tz };
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const overlapsAny = (span: Span, spans: readonly Span[]): boolean =>
  spans.some((s) => overlaps(span, s));

/** Clauses: the text between sentence punctuation, commas and line breaks. */
export function clauses(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?;,\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const BREAKS = new Set(['.', '!', '?', ';', ',', '\n']);

/** A clause is looked for this far each way: an unpunctuated email stays linear to read. */
const CLAUSE_REACH = 400;

/** The clause around index i, as text. */
export function clauseAt(text: string, i: number): Span {
  const floor = Math.max(0, i - CLAUSE_REACH);
  const ceiling = Math.min(text.length, i + CLAUSE_REACH);
  let start = i;
  while (start > floor && !BREAKS.has(text[start - 1] as string)) start--;
  let end = i;
  while (end < ceiling && !BREAKS.has(text[end] as string)) end++;
  return { start, end };
}

/** Up to n words before index i, in the same clause. */
export function wordsBefore(text: string, i: number, n: number): string[] {
  const clause = clauseAt(text, Math.max(0, i - 1));
  // a few words never need more than a few hundred characters: keeps long texts linear
  return text
    .slice(Math.max(clause.start, i - 300), i)
    .split(/[^\p{L}\p{N}'$~+]+/u)
    .filter(Boolean)
    .slice(-n);
}

/** Up to n words after index i, in the same clause. */
export function wordsAfter(text: string, i: number, n: number): string[] {
  const clause = clauseAt(text, i);
  return text
    .slice(i, Math.min(clause.end, i + 300))
    .split(/[^\p{L}\p{N}'$~+%]+/u)
    .filter(Boolean)
    .slice(0, n);
}

/**
 * Right before what they are done being sent: "stop sending 2 bedrooms", "quit sending lots", "no more
 * condos". Tested on the text before a mention.
 */
export const DONE_WITH =
  /\b(?:(?:stop|quit)\s+(?:(?:sending|showing)(?:\s+(?:me|us))?|with)|no\s+more)\s+(?:the\s+|any\s+)?$/;

export const NEGATORS = new Set([
  'not',
  'no',
  'never',
  "isn't",
  'isnt',
  "aren't",
  'arent',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "didn't",
  'didnt',
  "won't",
  'wont',
  "wasn't",
  'wasnt',
  "haven't",
  'havent',
  "can't",
  'cant',
  'without',
  'nothing',
  "wouldn't",
  'wouldnt',
  "hasn't",
  'hasnt',
  'nunca',
  'tampoco',
  'ni',
]);

/** Whether a negation governs the words just before index i ("not looking to sell", "isn't 500k"). */
/** Words that sit between a negation and what it negates without changing it: "not really looking to buy". */
const FILLERS = new Set([
  'really',
  'actually',
  'even',
  'currently',
  'exactly',
  'necessarily',
  'quite',
  'totally',
  'honestly',
  'yet',
]);

export function negatedBefore(text: string, i: number, window = 4): boolean {
  const before = wordsBefore(text, i, window + 3)
    .filter((w) => !FILLERS.has(w))
    .slice(-window);
  // "but", "if" and "whether" end a negation's reach: "don't know if we'll sell" negates nothing
  const cut = Math.max(...['but', 'if', 'whether', 'pero', 'si'].map((w) => before.lastIndexOf(w)));
  return before.slice(cut + 1).some((w) => NEGATORS.has(w));
}
