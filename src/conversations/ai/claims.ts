import { NUMBER_WORDS } from '../understanding/numbers.js';

/**
 * The facts a text message states, by meaning: each figure tied to what it measures ("beds:3",
 * "money:450000", "months:6"), listing statuses, booking and availability claims, and anything a lead
 * could act on (links, e-mail addresses, phone numbers, opt-out instructions). A wording is compared
 * with its draft claim by claim, so "$450M" is not "$450K", "2 bed/3 bath" is not "3/2", and "6 weeks"
 * is not "6 months".
 */

/** Words for a count that name no number ("a couple", "a few"): a wording may not be held to them. */
const VAGUE_COUNTS = new Set(['couple', 'few', 'several']);

/** The spelled numbers from two up (the reader's own table) and the multipliers. */
const WORD_VALUES: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    Object.entries(NUMBER_WORDS).filter(([word, n]) => n >= 2 && !VAGUE_COUNTS.has(word)),
  ),
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
  dozen: 12,
};

/** "one" is mostly a pronoun and "a couple" vague: they count only before a unit ("one bath"). */
const UNIT_ONLY_WORDS: Readonly<Record<string, number>> = { one: 1, a: 1, an: 1, couple: 2 };

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Full-width and other compatibility forms folded (NFKC), Arabic-Indic digits to ASCII, curly quotes straight. */
export function normalizeDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ARABIC_INDIC, (d) => {
      const code = d.charCodeAt(0);
      return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
    })
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');
}

const TLD =
  'com|net|org|io|co|us|ly|me|app|info|biz|xyz|link|to|gl|gd|site|online|ai|tv|ws|cc|gg|be|page|click|shop|store|realty|homes|house|estate|ca|uk|de|es|mx|in';
const LINK = new RegExp(
  String.raw`(?:\bhttps?:\/\/[^\s<>"]*[^\s<>".,!?;:)]|\bwww\.[^\s<>"]*[^\s<>".,!?;:)]|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:${TLD})\b(?:\/[^\s<>"]*[^\s<>".,!?;:)])?)`,
  'i',
);
const EMAIL = /[\w.+-]+\s*(?:@|\(at\)|\[at\]|\{at\})\s*[\w-]+/i;
const SPELLED_EMAIL = new RegExp(
  String.raw`\b(?:at|@)\s+(?:gmail|yahoo|hotmail|outlook|icloud|aol|proton\w*|live|msn|me)\b|\bdot\s+(?:${TLD})\b`,
  'i',
);
/** A phone number as people write one: (512) 555-0100, 512.555.0100, +1 512 555 0100, 555-0100. */
const PHONE =
  /(?:\+?\d{1,2}[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b|\b\d{3}[\s.-]\d{4}\b|\b\d{10,11}\b/;
const OPT_OUT =
  /\b(?:STOP|UNSUBSCRIBE|QUIT|END|CANCEL|STOPALL|OPTOUT)\b|\b(?:unsubscrib\w*|opt(?:ing|ed)?[\s-]?(?:out|in)|reply(?:ing)?\s+["']?stop|text(?:ing)?\s+["']?stop|send(?:ing)?\s+["']?stop|stop\s+(?:receiving|getting|these|all|the)\s+(?:\w+\s+)?(?:texts?|messages?)|(?:texts?|messages?)\s+will\s+(?:stop|end|continue))\b/i;

const squashed = (text: string) => normalizeDigits(text).replace(/\s+/g, ' ').trim().toLowerCase();
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);

/**
 * What a wording may not carry unless the draft carries the very same string: a link (bare domains
 * too), an e-mail address (spelled out too), a phone number, or a sentence about opting out.
 */
export function forbiddenContent(reply: string, draft: string): string | null {
  const t = normalizeDigits(reply);
  const allowed = squashed(draft);
  const inDraft = (found: string) => allowed.includes(squashed(found));
  const scan: [string, RegExp][] = [
    ['link', LINK],
    ['email', EMAIL],
    ['email', SPELLED_EMAIL],
    ['phone', PHONE],
  ];
  for (const [name, pattern] of scan) {
    for (const m of t.matchAll(new RegExp(pattern.source, 'gi'))) {
      if (!inDraft(m[0])) return name;
    }
  }
  for (const sentence of sentences(t)) {
    if (OPT_OUT.test(sentence) && !inDraft(sentence)) return 'opt_out';
  }
  return null;
}

const STATUS: [RegExp, string][] = [
  [/\bunder\s+contract\b|\bcontingent\b|\bpending\b|\boffer\s+(?:was\s+)?accepted\b/gi, 'under_contract'],
  [/\bsold\b|\bclosed\b|\boff\s+the\s+market\b|\bno\s+longer\s+(?:available|for\s+sale|listed)\b/gi, 'sold'],
  [/\bcoming\s+soon\b/gi, 'coming_soon'],
  [/\bprice\s+(?:reduced|reduction|drop|cut|improvement)\b|\breduced\b/gi, 'reduced'],
  [/\blisted\b|\bon\s+the\s+market\b|\bfor\s+sale\b|\bactive\b|\bfor\s+rent\b/gi, 'listed'],
  [
    /\bavailable\b|\bavailability\b|\bopenings?\b|\b(?:is|are|am)\s+(?:still\s+|wide\s+)?(?:open|free)\b|\bopen\s+(?:slots?|times?|spots?)\b|\bslots?\b/gi,
    'available',
  ],
  [
    /\bbook(?:ed|ing)?\b|\ball\s+set\b|\bconfirm(?:ed|ation)?\b|\bscheduled?\b|\breserved?\b|\blocked\s+in\b|\bcalendar\b|\bappointment\b|\bsee\s+you\b|\bset\s+up\b/gi,
    'booking',
  ],
  [/\bcancel(?:led|ed)?\b|\bresched\w*\b|\bmoved\b/gi, 'change'],
  [/\bpre-?approv\w*\b|\bapproved\b/gi, 'approved'],
];

const UNITS: [RegExp, string][] = [
  [/^(?:beds?|bedrooms?|br|bd|bdrm|bdrms|brs)\b/, 'beds'],
  [/^(?:baths?|bathrooms?|ba|bth)\b/, 'baths'],
  [/^(?:months?|mos?)\b/, 'months'],
  [/^(?:weeks?|wks?)\b/, 'weeks'],
  [/^(?:years?|yrs?)\b/, 'years'],
  [/^(?:days?)\b/, 'days'],
  [/^(?:hours?|hrs?)\b/, 'hours'],
  [/^(?:minutes?|mins?)\b/, 'minutes'],
  [/^(?:sq\.?\s?ft|sqft|square\s+feet|sf)\b/, 'sqft'],
  [/^(?:acres?)\b/, 'acres'],
  [/^(?:%|percent)/, 'percent'],
  [/^(?:car\s+garage|garage)\b/, 'garage'],
  [/^(?:stor(?:y|ies|eys?))\b/, 'stories'],
];

const SCALE: Readonly<Record<string, number>> = {
  k: 1000,
  thousand: 1000,
  m: 1_000_000,
  mm: 1_000_000,
  mil: 1_000_000,
  million: 1_000_000,
  b: 1_000_000_000,
  billion: 1_000_000_000,
};

const NUMBER_TOKEN = new RegExp(
  String.raw`\$?\s?\d[\d,]*(?:\.\d+)?|\b(?:${[...Object.keys(WORD_VALUES), ...Object.keys(UNIT_ONLY_WORDS)].join('|')})\b`,
  'gi',
);

const round = (n: number) => Math.round(n * 100) / 100;

interface NumberAt {
  value: number;
  dollar: boolean;
  /** Written in words (a unit-only word counts only before a unit). */
  unitOnly: boolean;
  word: boolean;
  end: number;
}

function readNumber(raw: string): { value: number; dollar: boolean; unitOnly: boolean } | null {
  const word = raw.toLowerCase();
  if (word in WORD_VALUES) return { value: WORD_VALUES[word] as number, dollar: false, unitOnly: false };
  if (word in UNIT_ONLY_WORDS)
    return { value: UNIT_ONLY_WORDS[word] as number, dollar: false, unitOnly: true };
  const dollar = raw.includes('$');
  const digits = raw.replace(/[$\s,]/g, '');
  const value = Number(digits);
  return Number.isFinite(value) ? { value, dollar, unitOnly: false } : null;
}

/** Every number with what it measures; a time of day, a bed/bath pair and a price keep their shape. */
function figureClaims(text: string): string[] {
  const claims: string[] = [];
  let consumedTo = 0;
  const pair = /\b(\d{1,2})\s?\/\s?(\d{1,2}(?:\.\d)?)\b(?!\s?\/)/g;
  const time = /\b(\d{1,2})(?::(\d{2}))?\s?([ap])\.?\s?m\b\.?|\b(\d{1,2}):(\d{2})\b/gi;
  let masked = text;
  const mask = (start: number, end: number) => {
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  };
  for (const m of text.matchAll(time)) {
    const hour = Number(m[1] ?? m[4]);
    const minute = m[2] ?? m[5] ?? '00';
    const half = m[3] ? m[3].toLowerCase() : '';
    claims.push(`time:${hour}:${minute}${half}`);
    mask(m.index, m.index + m[0].length);
  }
  for (const m of masked.matchAll(pair)) {
    claims.push(`pair:${m[1]}/${m[2]}`);
    mask(m.index, m.index + m[0].length);
  }
  const numbers: (NumberAt & { start: number })[] = [];
  for (const m of masked.matchAll(NUMBER_TOKEN)) {
    const read = readNumber(m[0]);
    if (read)
      numbers.push({ ...read, word: /^[a-z]/i.test(m[0]), start: m.index, end: m.index + m[0].length });
  }
  for (const [index, n] of numbers.entries()) {
    if (n.start < consumedTo) continue;
    let value = n.value;
    let end = n.end;
    // "two hundred", "1.2 million", "450k", "$4-5M": a scale after the figure.
    const next = numbers[index + 1];
    const after = masked.slice(end).toLowerCase();
    const scale = /^\s?(k|mm|m|mil|million|thousand|b|billion)\b/.exec(after);
    let dollar = n.dollar;
    if (scale) {
      value *= SCALE[scale[1] as string] ?? 1;
      end += scale[0].length;
      dollar = dollar || /^(k|mm|m|mil|b)$/.test(scale[1] as string) || n.dollar;
    } else if (
      next?.word &&
      next.start - end <= 1 &&
      !n.unitOnly &&
      next.value >= 100 &&
      next.value % 100 === 0
    ) {
      value *= next.value;
      end = next.end;
      consumedTo = next.end;
    }
    const range = /^\s?(?:-|–|to)\s?\$?(\d[\d,]*(?:\.\d+)?)\s?(k|mm|m|mil|million|thousand|b|billion)\b/.exec(
      masked.slice(end).toLowerCase(),
    );
    if (range && !scale) {
      const factor = SCALE[range[2] as string] ?? 1;
      claims.push(`money:${round(value * factor)}`);
      claims.push(`money:${round(Number((range[1] as string).replace(/,/g, '')) * factor)}`);
      consumedTo = end + range[0].length;
      continue;
    }
    const rest = masked
      .slice(end)
      .replace(/^[\s-]+/, '')
      .toLowerCase();
    const unit = UNITS.find(([pattern]) => pattern.test(rest));
    if (dollar || (scale && !unit)) claims.push(`money:${round(value)}`);
    else if (unit) claims.push(`${unit[1]}:${round(value)}`);
    else if (!n.unitOnly) claims.push(`num:${round(value)}`);
    consumedTo = Math.max(consumedTo, end);
  }
  return claims;
}

const WEEKDAY = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b/gi;
const MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/g;
const RELATIVE_DAY =
  /\b(today|tonight|tomorrow|yesterday|weekend|next week|this week|morning|afternoon|evening)\b/gi;

/** The claims of a text, as a sorted list of "kind:value" strings (repeats kept once). */
export function claimsOf(text: string): string[] {
  const t = normalizeDigits(text);
  const claims = new Set<string>(figureClaims(t));
  for (const [pattern, name] of STATUS)
    if (new RegExp(pattern.source, 'i').test(t)) claims.add(`claim:${name}`);
  for (const m of t.matchAll(WEEKDAY)) claims.add(`weekday:${(m[1] as string).slice(0, 3).toLowerCase()}`);
  for (const m of t.matchAll(MONTH)) claims.add(`month:${(m[1] as string).slice(0, 3)}`);
  for (const m of t.matchAll(RELATIVE_DAY)) claims.add(`day:${(m[1] as string).toLowerCase()}`);
  return [...claims].sort();
}

/** The first claim the reply makes that the draft does not, or the first the draft makes that the reply drops. */
export function claimDifference(draft: string, reply: string): { added?: string; dropped?: string } | null {
  const wanted = new Set(claimsOf(draft));
  const made = new Set(claimsOf(reply));
  const added = [...made].find((c) => !wanted.has(c));
  if (added) return { added };
  const dropped = [...wanted].find((c) => !made.has(c));
  return dropped ? { dropped } : null;
}
