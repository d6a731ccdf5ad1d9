import type { DateTime } from 'luxon';
import { CONFIDENCE, type Reading } from './confidence.js';
import { NUMBER_WORDS } from './numbers.js';
import {
  clauseAt,
  type Message,
  negatedBefore,
  overlaps,
  overlapsAny,
  type Span,
  wordsBefore,
} from './text.js';

export interface TimelineOptions {
  /** Spans already read as the appointment ("Dec 5 at noon"): not a move date. */
  claimed: readonly Span[];
  /** The month of the requested appointment: "first week of december, thursday at 1" is about it. */
  appointment: { year: number; month: number } | null;
}

interface Candidate extends Span {
  months: number;
  calendar: boolean;
  month?: { year: number; month: number };
  /** Only when nothing firmer is said: "sell fast, relocating in 6 weeks" is 6 weeks. */
  weak?: boolean;
  /** A holiday: beside an appointment and no move words it dates the meeting ("after christmas, maybe the 28th"). */
  holiday?: boolean;
  /** The rule's confidence: a range taken at its near end or "a few months" is loose, Spanish a little less sure. */
  confidence?: number;
}

export interface Timeline extends Reading {
  months: number | null;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const SEASONS: Readonly<Record<string, number>> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
const PART_OFFSET: Readonly<Record<string, number>> = {
  early: 0,
  beginning: 0,
  start: 0,
  mid: 1,
  middle: 1,
  late: 2,
  end: 2,
};

const COUNT_WORDS = Object.keys(NUMBER_WORDS).join('|');
const COUNT = String.raw`(?:\d+(?:\.\d+)?|(?:a\s+)?(?:couple|few)(?:\s+of)?|half\s+a|${COUNT_WORDS})`;
/** "a year", "an extra month", "another year": one, counted only where a cue marks the duration. */
const ONE = '(?:an?|one|another)';
/** Spanglish writes the Spanish unit after an English cue: "in like 3 meses", "in 2 semanas". */
const UNIT = '(days?|weeks?|wks?|months?|mos?|years?|yrs?|d[íi]as|semanas?|mes(?:es)?|a[ñn]os?)';
/** "3ish months", "3-ish months": a loose count. */
const ISH = String.raw`(?:\s*-?\s*ish)?`;
/** "two and a half years", "a year and a half": half a unit more. */
const AND_HALF = String.raw`(?:\s+(?:and|&)\s+a\s+half)?`;
/**
 * A count and its unit: "6 months", "3-6 months", "3mo", "a year and a half", "year and a half" (the
 * count left out, read as one).
 */
const DURATION = new RegExp(
  String.raw`\b(?:(${COUNT}|${ONE})${ISH}${AND_HALF}(?:\s*(?:-|to|or)\s*(?:${COUNT})${ISH})?(?:\s+|(?<=\d))(?:more\s+)?|(?=(?:years?|yrs?)\s+and\s+a\s+half\b))${UNIT}${AND_HALF}(?:\s*(?:-|to|or)\s*(?:${COUNT}|${ONE})\s+${UNIT})?\b`,
  'g',
);
const DURATION_MARKERS = new Set(
  'in within next another about around maybe be probably roughly approximately like over prob possibly hopefully ideally least thinking figuring guessing'.split(
    ' ',
  ),
);
/** "not for at least a year", "not for another 6 months": a lower bound on when, not a negation. */
const NOT_FOR = /\bnot\s+(?:for|until|till|til)\s+(?:at\s+least\s+|another\s+|a\s+good\s+)?$/;
const IMMEDIATE =
  /\b(?:asap|a\.s\.a\.p|as soon as (?:possible|we can|i can)|right away|immediately|urgent(?:ly)?|this month|(?:the\s+)?end of (?:the|this) month|(?:move|moving|buy|buying|ready|start|sell|selling)\w*\s+(?:\w+\s+){0,2}?(?:right\s+)?now)\b|(?<=(?:^|[.!?,;:]\s*)(?:like\s+|honestly\s+|literally\s+|um+\s+|uh+\s+|oh\s+)?)(?:right\s+)?now(?=\s*(?:[.!?]|$|lol|lmao|haha|asap|if\s+possible|please|pls|honestly|tbh|ideally|really|\p{Extended_Pictographic}))/gu;
const SEASON =
  /\b(?:(early|mid|middle|late|end|beginning|start)(?:\s+of)?\s+)?(?:(this|next|the|in|by|until|til|till|before|after|around|come|for|maybe|probably|prob|possibly|hopefully|ideally|thinking|hoping|planning|targeting|aiming\s+for|sometime)\s+)?(?:(?:up)?coming\s+)?(?:(early|mid|late)\s+)?(spring|summer|fall|autumn|winter)(?:time)?(?:\s+(?:of\s+)?(20\d\d))?\b/g;
const MONTH =
  /\b(?:(early|mid|middle|late|end|beginning|start|first)(?:\s+of)?\s+)?(?:(this|next|in|by|until|til|till|before|after|around|of|come|starting|from|the)\s+)?(january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(20\d\d))?/g;
const YEAR_PART_MONTH: Readonly<Record<string, number>> = { mid: 6, middle: 6, late: 10, end: 12 };
const YEAR = /\b(?:(early|mid|middle|late|end|beginning|start)(?:\s+of)?\s+)?(20\d\d)\b/g;
/** What comes before a holiday said as a when: "by christmas", "right before thanksgiving". */
const HOLIDAY_LEAD = String.raw`in|by|before|around|for|until|till|til|over|near|through|closer\s+to|in\s+time\s+for`;
const HOLIDAY_LEAD_FILLER = String.raw`(?:the\s+|right\s+|just\s+|sometime\s+)?`;
const RELATIVE_YEAR: readonly (readonly [RegExp, (now: DateTime) => number])[] = [
  [/\b(?:the\s+)?end\s+of\s+next\s+year\b|\blate\s+next\s+year\b/g, (n) => 12 + 12 - n.month],
  [/\bmid(?:dle)?(?:\s+of)?\s+next\s+year\b/g, (n) => 12 + 6 - n.month],
  [/\b(?:in|within|over)\s+the\s+next\s+year\b|\ba\s+year\s+from\s+now\b/g, () => 12],
  [
    /\b(?:(?:early|beginning\s+of|start\s+of|first\s+of)\s+)?(?<!the\s)next\s+year\b|\b(?:after|by)\s+(?:the\s+)?new\s+year'?s?\b|\bfirst\s+of\s+the\s+year\b/g,
    (n) => 13 - n.month,
  ],
  [/\b(?:the\s+)?end\s+of\s+(?:(?:the|this)\s+)?(?:year|yr)\b|\byear[\s-]end\b/g, (n) => 12 - n.month],
  // "not this year, maybe next": next year
  [/\bnot\s+this\s+year\W+(?:\w+\s+)?next\b(?!\s+(?:week|month))/g, (n) => 13 - n.month],
  [/\bthis\s+year\b/g, () => 0],
  [/\bafter\s+the\s+holidays\b/g, (n) => (n.month === 1 ? 0 : 13 - n.month)],
  [/\bnext\s+month\b/g, () => 1],
  [/\bhalf\s+a\s+year\b/g, () => 6],
  [
    /\b(?:after|when|once)\s+(?:the\s+)?school(?:'s|s)?\s+(?:year\s+)?(?:ends|is out|gets out|lets out|out|is over)\b|\bsummer\s+break\b/g,
    (n) => monthsUntil(n, 6),
  ],
  [/\bbefore\s+(?:the\s+)?school\s+(?:year\s+)?starts\b/g, (n) => monthsUntil(n, 8)],
];
/** Holidays said as a when: "by christmas", "after thanksgiving", "in the new year", "before memorial day". */
const HOLIDAYS: readonly (readonly [RegExp, (now: DateTime) => number])[] = [
  [
    new RegExp(
      String.raw`\b(?:after|past)\s+(?:${HOLIDAY_LEAD_FILLER})(?:christmas|xmas|new\s+year'?s?(?:\s+day)?)\b`,
      'g',
    ),
    (n) => (n.month === 1 ? 0 : 13 - n.month),
  ],
  [/\bin\s+the\s+new\s+year\b/g, (n) => (n.month === 1 ? 0 : 13 - n.month)],
  [
    new RegExp(
      String.raw`\b(?:${HOLIDAY_LEAD})\s+(?:${HOLIDAY_LEAD_FILLER})(?:christmas|xmas|the\s+holidays)\b`,
      'g',
    ),
    (n) => monthsUntil(n, 12),
  ],
  [
    new RegExp(String.raw`\bafter\s+(?:${HOLIDAY_LEAD_FILLER})thanksgiving\b`, 'g'),
    (n) => monthsUntil(n, 12),
  ],
  [
    new RegExp(String.raw`\b(?:${HOLIDAY_LEAD})\s+(?:${HOLIDAY_LEAD_FILLER})thanksgiving\b`, 'g'),
    (n) => monthsUntil(n, 11),
  ],
  [
    new RegExp(String.raw`\b(?:${HOLIDAY_LEAD}|after)\s+(?:${HOLIDAY_LEAD_FILLER})memorial\s+day\b`, 'g'),
    (n) => monthsUntil(n, 5),
  ],
  [
    new RegExp(
      String.raw`\b(?:${HOLIDAY_LEAD}|after)\s+(?:${HOLIDAY_LEAD_FILLER})(?:(?:the\s+)?(?:4th|fourth)\s+of\s+july|independence\s+day)\b`,
      'g',
    ),
    (n) => monthsUntil(n, 7),
  ],
  [
    new RegExp(String.raw`\b(?:${HOLIDAY_LEAD}|after)\s+(?:${HOLIDAY_LEAD_FILLER})labor\s+day\b`, 'g'),
    (n) => monthsUntil(n, 9),
  ],
  [
    new RegExp(String.raw`\b(?:${HOLIDAY_LEAD})\s+(?:${HOLIDAY_LEAD_FILLER})spring\s+break\b`, 'g'),
    (n) => monthsUntil(n, 3),
  ],
];
const FUTURE =
  /\b(?:want|wants|would|will|'ll|ll|hope|hoping|plan|planning|need|needs|going to|gonna|to be|by|before|until|after)\b/;
const PAST_VERBS =
  /\b(?:bought|sold|moved|closed|purchased|got|was|were|did|had|built|lived|been|rented|listed|refinanced|passed|died)\b/;

/** Calendar months from now to the next time this month comes round (0 when it is this month). */
function monthsUntil(now: DateTime, month: number, year?: number): number {
  if (year !== undefined) return Math.max(0, (year - now.year) * 12 + month - now.month);
  return month >= now.month ? month - now.month : month + 12 - now.month;
}

function durationMonths(count: string, unit: string, half: boolean): number | null {
  const words = count
    .replace(/\b(?:an?|of|another)\b/g, ' ')
    .trim()
    .split(/\s+/);
  const whole =
    words[0] === 'half'
      ? 0.5
      : words.length === 0 || words[0] === ''
        ? 1
        : (NUMBER_WORDS[words[0] ?? ''] ?? Number(words[0]));
  if (!Number.isFinite(whole)) return null;
  const n = whole + (half ? 0.5 : 0);
  if (/^d/.test(unit)) return Math.round((n * 1) / 30.44);
  if (/^[ws]/.test(unit)) return Math.round((n * 7) / 30.44);
  if (/^[ya]/.test(unit)) return Math.round(n * 12);
  return Math.round(n);
}

/** Time already spent somewhere: "been in the bay 10 yrs", "lived there 5 years". */
const SPENT = /\b(?:been|lived|spent)\b/;
/** Time away from the conversation, not to the move: "brb like 2 weeks", "be back in a week". */
const AWAY = /\b(?:brb|be\s+back|offline|off\s+the\s+grid)\b/;

function durations(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DURATION)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const before = wordsBefore(text, m.index, 3);
    if (/^\s*(?:ago|old|back|in a row|of (?:my|our|the))\b/.test(after)) continue;
    const notFor = NOT_FOR.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (['last', 'past', 'been'].includes(before.at(-1) ?? '')) continue;
    if (before.slice(-2).includes('for') && !notFor) continue;
    if (/^\$?\d[\d,.]*(?:k|m)?$/.test(before.at(-1) ?? '')) continue;
    const clause = clauseAt(text, m.index);
    const clauseBefore = text.slice(clause.start, m.index);
    // "been in the bay 10 yrs": time already spent; "brb like 2 weeks": time away from the chat
    if ((SPENT.test(clauseBefore) && !FUTURE.test(clauseBefore)) || AWAY.test(clauseBefore)) continue;
    const opens = clauseBefore.trim().split(/\s+/).filter(Boolean);
    const marked =
      before.some((w) => DURATION_MARKERS.has(w) || /^time\s?(?:line|frame)$/.test(w)) ||
      opens.every((w) => DURATION_MARKERS.has(w) || w === 'the') ||
      /^\s*(?:out|from now|away|or so|tops|max)\b/.test(after);
    const half = /\b(?:and|&)\s+a\s+half\b/.test(m[0]);
    const months = durationMonths(m[1] ?? '', m[2] ?? '', half);
    if (!(marked || notFor) || months === null) continue;
    // "in 2 days, anytime": a few days with no move in the text is when to meet, not to move
    if (/^d/.test(m[2] ?? '') && months === 0 && !MOVE_WORDS.test(text)) continue;
    // "a year" needs its cue right before it or a "from now" after it: "a year out", "probably a year"
    if (
      /^(?:an?|one)$/.test(m[1] ?? '') &&
      !notFor &&
      before.length > 0 &&
      !DURATION_MARKERS.has(before.at(-1) ?? '') &&
      !/^\s*(?:out|from now|away)\b/.test(after)
    )
      continue;
    const loose = /\b(?:-|to|or|couple|few)\b|-/.test(m[0].slice(0, m[0].length - (m[2]?.length ?? 0)));
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      months,
      calendar: false,
      confidence: loose ? CONFIDENCE.loose : CONFIDENCE.explicit,
    });
  }
  return out;
}

const NUMERO: Readonly<Record<string, number>> = {
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  unos: 3,
  unas: 3,
  'un par de': 2,
  'unos cuantos': 3,
  'unos pocos': 3,
};
const CUENTA = String.raw`(\d+|un\s+par\s+de|unos\s+cuantos|unos\s+pocos|${Object.keys(NUMERO)
  .filter((w) => !w.includes(' '))
  .join('|')})`;
const CUENTA_SOLA = String.raw`(\d+|${Object.keys(NUMERO)
  .filter((w) => !w.includes(' ') && !/^un[oa]?s?$/.test(w))
  .join('|')})`;
const UNIDAD = '(d[íi]as?|semanas?|mes(?:es)?|a[ñn]os?)';
/**
 * "en 3 meses", "dentro de un año", "tal vez unos 6 meses", and at the start of a clause "6 meses más o
 * menos".
 */
const PLAZO = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:en|dentro\s+de|como|m[áa]s\s+o\s+menos|aproximadamente|m[áa]ximo|tal\s+vez|quiz[áa]s?|probablemente|posiblemente|calculo|creo\s+que)\s+|(?<=(?:^|[,.;:!?¿¡])\s{0,3}))(?:(?:unos|unas|como)\s+)?${CUENTA}(?:\s*(?:-|a|o)\s*${CUENTA_SOLA})?\s+${UNIDAD}(?![\p{L}])`,
  'gu',
);
/** "de 3 a 6 meses", "entre 3 y 6 meses": a range, read at its near end. */
const PLAZO_RANGO = new RegExp(
  String.raw`(?<![\p{L}])(?:de|entre)\s+(?:unos\s+)?${CUENTA_SOLA}\s*(?:-|a|y|o)\s*${CUENTA_SOLA}\s+${UNIDAD}(?![\p{L}])`,
  'gu',
);
const MESES: Readonly<Record<string, number>> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};
const ESTACIONES: Readonly<Record<string, number>> = {
  primavera: 3,
  verano: 6,
  otoño: 9,
  otono: 9,
  invierno: 12,
};
const NOMBRES = [...Object.keys(MESES), ...Object.keys(ESTACIONES)].join('|');
/** Part of a month or season: "a principios de", "a mediados del", "a finales del". */
const PARTE: Readonly<Record<string, number>> = {
  principios: 0,
  inicios: 0,
  comienzos: 0,
  mediados: 1,
  finales: 2,
  fines: 2,
};
/**
 * A month or season with its preposition ("en marzo", "para el verano", "antes del verano", "a finales
 * del verano"), or named as this one or the next ("este verano", "el próximo otoño", "la primavera que
 * viene").
 */
const MES = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:(?:en|para|a\s+partir|desde|antes|despu[ée]s|hacia|por|a\s+(principios|inicios|comienzos|mediados|finales|fines))(?:\s+de(?=\s)|\s+del(?=\s))?\s+)(?:(este|esta|el|la|(?:el\s+|la\s+)?pr[óo]xim[oa])\s+)?|(este|esta|(?:el\s+|la\s+)?pr[óo]xim[oa])\s+|(?:el|la)\s+(?=(?:${NOMBRES})\s+que\s+viene))(${NOMBRES})(\s+que\s+viene|\s+pr[óo]xim[oa])?(?![\p{L}])`,
  'gu',
);
const CUANDO_ES: readonly (readonly [RegExp, (now: DateTime) => number])[] = [
  // a part of next year before next year itself: "a mediados del próximo año"
  [
    /(?<![\p{L}])a\s+(?:mediados)\s+del?\s+(?:pr[óo]ximo\s+a[ñn]o|a[ñn]o\s+que\s+viene)(?![\p{L}])/gu,
    (n) => 18 - n.month,
  ],
  [
    /(?<![\p{L}])a\s+(?:finales|fines)\s+del?\s+(?:pr[óo]ximo\s+a[ñn]o|a[ñn]o\s+que\s+viene)(?![\p{L}])/gu,
    (n) => 24 - n.month,
  ],
  [
    /(?<![\p{L}])(?:despu[ée]s\s+de(?:\s+las)?\s+(?:navidad(?:es)?|fiestas|a[ñn]o\s+nuevo|fin\s+de\s+a[ñn]o)|(?:para|en|por)\s+(?:el\s+)?a[ñn]o\s+nuevo)(?![\p{L}])/gu,
    (n) => (n.month === 1 ? 0 : 13 - n.month),
  ],
  [
    /(?<![\p{L}])(?:antes\s+de|para|en|por)\s+(?:(?:las\s+)?fiestas|(?:la\s+)?navidad(?:es)?)(?![\p{L}])/gu,
    (n) => monthsUntil(n, 12),
  ],
  [
    /(?<![\p{L}])(?:cuando\s+(?:termine|terminen|acabe|acaben|salgan?\s+de)|al\s+(?:terminar|acabar))\s+(?:el\s+a[ñn]o\s+escolar|las\s+clases|la\s+escuela|el\s+curso)(?![\p{L}])/gu,
    (n) => monthsUntil(n, 6),
  ],
  [
    /(?<![\p{L}])(?:lo\s+(?:antes|m[áa]s\s+pronto)\s+posible|cuanto\s+antes|ya\s+mismo|de\s+inmediato|inmediatamente|urgente|este\s+mes|ahorita\s+mismo|(?:comprar|vender|rentar|mudar(?:me|nos)?)\s+ahorita|lo\s+m[áa]s\s+r[áa]pido\s+(?:posible|que\s+se\s+pueda)|(?:rent|compr|vend|mud|cambi|alquil)\p{L}*(?<![íéó]|aron|ieron|imos)\s+ya|(?:rentar|comprar|vender|mudar(?:me|nos)?|cambiar(?:me|nos)?)\s+ya)(?![\p{L}])/gu,
    () => 0,
  ],
  [/(?<![\p{L}])(?:el\s+)?(?:pr[óo]ximo\s+mes|mes\s+que\s+viene)(?![\p{L}])/gu, () => 1],
  [/(?<![\p{L}])(?:el\s+)?(?:pr[óo]ximo\s+a[ñn]o|a[ñn]o\s+que\s+viene)(?![\p{L}])/gu, (n) => 13 - n.month],
  [
    /(?<![\p{L}])(?:este\s+a[ñn]o|(?:a\s+)?fin(?:ales)?\s+de(?:l)?\s+a[ñn]o)(?![\p{L}])/gu,
    (n) => 12 - n.month,
  ],
];

const SPANISH_HINT =
  /(?<!\p{L})ya(?!\p{L})|ahorita|r[áa]pido|mes|a[ñn]o|semana|d[íi]a|posible|antes|inmediat|urgente|navidad|fiestas|clases|escuela|primavera|verano|oto[ñn]o|invierno|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre/u;

/** Spanish timelines: "en 3 meses", "lo antes posible", "el próximo año", "en la primavera". */
function spanish(message: Message): Candidate[] {
  const { masked: text, now } = message;
  const out: Candidate[] = [];
  const push = (
    m: RegExpExecArray,
    months: number,
    calendar: boolean,
    confidence: number = CONFIDENCE.spanish,
  ) => out.push({ start: m.index, end: m.index + m[0].length, months, calendar, confidence });
  for (const m of [...text.matchAll(PLAZO_RANGO), ...text.matchAll(PLAZO)]) {
    const n = /^\d/.test(m[1] ?? '') ? Number(m[1]) : (NUMERO[(m[1] ?? '').replace(/\s+/g, ' ')] ?? 1);
    const unit = m[3] ?? '';
    const months = /^d/.test(unit)
      ? Math.round(n / 30.44)
      : /^s/.test(unit)
        ? Math.round((n * 7) / 30.44)
        : /^a/.test(unit)
          ? n * 12
          : n;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "hace 3 meses", "llevamos 6 meses": time gone by, not a move date
    if (/(?:hace|llev\p{L}+|desde\s+hace)\s*$/u.test(before)) continue;
    push(
      m,
      months,
      false,
      m[2] || /unos|unas|como|par|pocos|cuantos/.test(m[0]) ? CONFIDENCE.loose : CONFIDENCE.spanish,
    );
  }
  for (const m of text.matchAll(MES)) {
    const [, parte, articulo, solo, name = '', siguiente] = m;
    const season = ESTACIONES[name];
    const next = Boolean(siguiente) || /pr[óo]xim/.test(`${articulo ?? ''}${solo ?? ''}`);
    const months =
      season === undefined
        ? next && MESES[name] === now.month
          ? 12
          : monthsUntil(now, MESES[name] ?? 1)
        : seasonMonths(now, season, PARTE[parte ?? ''] ?? 0, next);
    push(m, months, true);
  }
  for (const [pattern, months] of CUANDO_ES) {
    for (const m of text.matchAll(pattern)) push(m, months(now), true);
  }
  return out;
}

/**
 * Months until a season (its first month, or `offset` months in: "late summer" is August): this one
 * while it lasts ("this summer" in July is 0), next year's when "next" is said during it.
 */
function seasonMonths(now: DateTime, start: number, offset: number, next: boolean): number {
  const month = ((start + offset - 1) % 12) + 1;
  const inSeason = [0, 1, 2].some((k) => ((start + k - 1) % 12) + 1 === now.month);
  if (inSeason && !next) return offset === 0 ? 0 : monthsUntil(now, month);
  if (inSeason) return 12 - ((now.month - start + 12) % 12) + offset;
  return monthsUntil(now, month);
}

/** "Spring Creek", "Summer Lake", "the spring area": a place, not a season. */
const PLACE_AFTER =
  /^\s+(?:area|creek|valley|hills?|lake|park|branch|road|woods|forest|village|ridge|grove|st\b|street)/;

const BARE_SEASON_AFTER =
  /^\s*(?:$|[,.!?;]|(?:probably|prob|maybe|ideally|hopefully|i\s+think|i\s+guess|i\s+hope|at\s+the\s+latest|or\s+(?:so|(?:early\s+|late\s+)?(?:spring|summer|fall|autumn|winter))|is\s+(?:the\s+)?(?:plan|goal|best|ideal|target))\b)/;

function seasons(message: Message): Candidate[] {
  const { masked: text, source, now } = message;
  const out: Candidate[] = [];
  for (const m of text.matchAll(SEASON)) {
    const [, part, lead, innerPart, season, year] = m;
    const at = m.index + m[0].indexOf(season ?? '');
    const word = source.slice(at, at + (season?.length ?? 0));
    const before = wordsBefore(text, m.index, 1)[0];
    const sentenceStart = /(^|[.!?\n]\s*)$/.test(source.slice(0, at));
    // a bare season is an answer only when it opens the sentence: "fall probably", "summer, maybe sooner"
    const answer =
      sentenceStart && BARE_SEASON_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (!part && !lead && !innerPart && !year && !answer) continue;
    if (/^[A-Z]/.test(word) && !sentenceStart && !lead && !part) continue;
    // "the Spring area": Spring, Texas; "in the Spring" is still the season
    const placeLike =
      lead === 'the' && !['in', 'by', 'until', 'before', 'after', 'around', 'for'].includes(before ?? '');
    if (/^[A-Z]/.test(word) && !sentenceStart && placeLike) continue;
    if (PLACE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    if (before === 'last' || (season === 'fall' && !lead && !part && !answer)) continue;
    const start = SEASONS[season ?? ''] ?? 0;
    const offset = PART_OFFSET[part ?? innerPart ?? ''] ?? 0;
    const month = ((start + offset - 1) % 12) + 1;
    const months = year
      ? monthsUntil(now, month, Number(year) + (start === 12 && month < 12 ? 1 : 0))
      : seasonMonths(now, start, offset, lead === 'next');
    out.push({ start: m.index, end: m.index + m[0].length, months, calendar: true });
  }
  return out;
}

/** Months written short, whose full stop is part of the name ("mar. 3"), unlike a sentence's ("march. 3 beds"). */
const SHORT_MONTH = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

function months(message: Message): Candidate[] {
  const { masked: text, source, now } = message;
  const out: Candidate[] = [];
  for (const m of text.matchAll(MONTH)) {
    const [, , lead, name = '', written, writtenYear] = m;
    const at = m.index + m[0].indexOf(name);
    const sentenceEnds = text[at + name.length] === '.' && !SHORT_MONTH.test(name);
    const day = sentenceEnds ? undefined : written;
    const year = sentenceEnds ? undefined : writtenYear;
    if (name === 'may' && source[at] !== 'M' && !lead) continue;
    const clause = clauseAt(text, m.index);
    const clauseBefore = text.slice(clause.start, m.index);
    const past = PAST_VERBS.test(clauseBefore) && !FUTURE.test(clauseBefore);
    if (wordsBefore(text, m.index, 1)[0] === 'last' || past) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (
      day &&
      /^\s*(?:at\b|@|\d{1,2}(?::\d\d)?\s*(?:am|pm)|noon|in the|morning|afternoon|evening|night)/.test(after)
    )
      continue;
    const month = MONTHS[name] ?? 1;
    const y = year ? Number(year) : month >= now.month ? now.year : now.year + 1;
    const span = { start: m.index, end: sentenceEnds ? at + name.length : m.index + m[0].length };
    out.push({ ...span, months: monthsUntil(now, month, y), calendar: true, month: { year: y, month } });
  }
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[2]);
    const before = wordsBefore(text, m.index, 3);
    if (
      year < now.year ||
      before.some((w) => ['since', 'last', 'in'].includes(w) && PAST_VERBS.test(before.join(' ')))
    )
      continue;
    const month = YEAR_PART_MONTH[m[1] ?? ''] ?? 1;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      months: monthsUntil(now, month, year),
      calendar: true,
    });
  }
  return out;
}

const QUARTER_NUMBER: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
const QUARTER =
  /\b(?:(end|beginning|start|early|late)\s+(?:of\s+)?)?(?:the\s+)?(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)(?:\s+(?:of\s+)?(?:(next\s+year)|(?:20)?(\d\d)\b))?\b/g;

/** "Q1", "end of q2", "the first quarter of next year": the quarter's first month (its last for "end of"). */
function quarters(message: Message): Candidate[] {
  const { masked: text, now } = message;
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUARTER)) {
    const [, part, digit, word, nextYear, year] = m;
    const q = digit ? Number(digit) : (QUARTER_NUMBER[word ?? ''] ?? 1);
    const first = (q - 1) * 3 + 1;
    const month = part === 'end' || part === 'late' ? first + 2 : first;
    const span = { start: m.index, end: m.index + m[0].length };
    let months: number;
    if (nextYear) months = monthsUntil(now, month, now.year + 1);
    else if (year) months = monthsUntil(now, month, 2000 + Number(year));
    else if (now.month >= first && now.month <= first + 2) months = Math.max(0, month - now.month);
    else months = monthsUntil(now, month);
    out.push({ ...span, months, calendar: true });
  }
  return out;
}

/** "move by 3/1", "lease ends 1/31": a written date beside a move is the month of the move. */
const NUMERIC_DATE =
  /\b(?:by|before|around|until|till|til|on|after|ends?|is\s+up|up|expires?)\s+(?:the\s+)?(1[0-2]|0?[1-9])\/([0-3]?\d)(?:\/((?:20)?\d\d))?(?![\d/])/g;
const MOVE_WORDS =
  /\b(?:mov\w*|relocat\w*|lease|rent(?:al)?|out|in\s+by|clos\w*|buy\w*|purchas\w*|sell\w*|list\w*|need\s+(?:a\s+)?(?:place|house|home))\b/;

function clauseText(text: string, at: { index: number } | Span): string {
  const clause = clauseAt(text, 'index' in at ? at.index : at.start);
  return text.slice(clause.start, clause.end);
}

function numericDates(message: Message): Candidate[] {
  const { masked: text, now } = message;
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (!MOVE_WORDS.test(clauseText(text, m))) continue;
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const year = m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : undefined;
    const start = m.index + m[0].search(/\d/);
    out.push({ start, end: m.index + m[0].length, months: monthsUntil(now, month, year), calendar: true });
  }
  return out;
}

/** "need to buy fast": soon, but weaker than any date said beside it, and nothing after "when" or "if". */
const FAST =
  /\b(?:move|moving|buy|buying|sell|selling|close|closing)\s+(?:\w+\s+){0,2}?(?:fast|quick(?:ly)?|soon\s+as\s+possible)\b/g;

function relative(message: Message): Candidate[] {
  const out: Candidate[] = [];
  for (const [pattern, months] of RELATIVE_YEAR) {
    for (const m of message.masked.matchAll(pattern)) {
      out.push({ start: m.index, end: m.index + m[0].length, months: months(message.now), calendar: true });
    }
  }
  for (const [pattern, months] of HOLIDAYS) {
    for (const m of message.masked.matchAll(pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      out.push({ ...span, months: months(message.now), calendar: true, holiday: true });
    }
  }
  for (const m of message.masked.matchAll(FAST)) {
    const sentence =
      message.masked
        .slice(0, m.index)
        .split(/[.!?\n]/)
        .at(-1) ?? '';
    if (/\b(?:when|once|if|after)\b/.test(sentence)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, months: 0, calendar: false, weak: true });
  }
  for (const m of message.masked.matchAll(IMMEDIATE)) {
    if (/\bfor\s+now\b/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, months: 0, calendar: false });
  }
  return out;
}

/** "text me next month", "hit me up after the holidays", "remove this number immediately": when to talk. */
const CONTACT_LATER =
  /\b(?:text|call|ring|reach|hit\s+(?:me|us)\s+up|try\s+(?:me|us)|circle\s+back|ping|check\s+(?:back|in)|follow\s+up|get\s+back|contact|remove|unsubscribe|stop|message|email|talk|pause|hold\s+off|on\s+hold)\w*\b/;
/** "can we see it later this month", "a showing early next month": when to see a home, not to move. */
const SHOWING =
  /\b(?:see\s+(?:it|the|this|that|them|one|some|a|homes?|houses?|places?)|showings?|tour(?:s|ing)?|viewings?|walk\s*-?\s*throughs?|open\s+house)\b/;
const MOVE_VERBS =
  /\b(?:mov\w*|buy\w*|sell\w*|rent\w*|clos\w*|list\w*|purchas\w*|relocat\w*|lease\w*|ready|looking)\b/;
/** Someone else's calendar: "my son starts kindergarten next fall", "el banco nos da la aprobación en dos semanas". */
const OTHER_SUBJECT =
  /\b(?:(?:my|our)\s+(?:son|daughter|kids?|child|children|boy|girl|baby|wife|husband|partner|mom|dad|mother|father|parents|boss|lender|bank|loan\s+officer|landlord|builder)|the\s+(?:bank|lender|landlord|builder|underwriter|appraiser))\b|(?<![\p{L}])(?:mi|mis|nuestr[oa]s?|el|la)\s+(?:hij[oa]s?|niñ[oa]s?|espos[oa]|banco|prestamista|jefe|casero|dueño)(?![\p{L}])/u;
const MOVE_VERBS_ES = /(?<![\p{L}])(?:mud|compr|vend|rent|alquil|cambi)\p{L}*/u;

function aboutOthers(text: string, c: Span): boolean {
  const clause = clauseAt(text, c.start);
  const sentenceStart = Math.max(
    0,
    ...['.', '!', '?', '\n'].map((p) => text.lastIndexOf(p, c.start - 1) + 1),
  );
  const ends = ['.', '!', '?', '\n'].map((p) => text.indexOf(p, c.end)).filter((i) => i >= 0);
  const words = text.slice(
    Math.min(sentenceStart, clause.start),
    Math.max(clause.end, Math.min(text.length, ...ends)),
  );
  const own = text.slice(clause.start, clause.end);
  return OTHER_SUBJECT.test(own) && !MOVE_VERBS.test(words) && !MOVE_VERBS_ES.test(words);
}

function aboutContact(text: string, c: Span): boolean {
  const clause = clauseAt(text, c.start);
  const words = text.slice(clause.start, clause.end);
  if ((CONTACT_LATER.test(words) || SHOWING.test(words)) && !MOVE_VERBS.test(words)) return true;
  // "busy this month but looking to buy in march": the busy part ends at "but"
  const from =
    text
      .slice(clause.start, c.start)
      .split(/\bbut\b/)
      .at(-1) ?? '';
  const to = text.slice(c.start, clause.end).split(/\bbut\b/)[0] ?? '';
  return BUSY.test(from + to) && !MOVE_VERBS.test(from + to);
}

/** "juggling a lot with the kids' school this month", "slammed at work till march": when they are busy. */
const BUSY = /\b(?:busy|juggling|swamped|slammed|hectic|crazy|traveling|travelling|out\s+of\s+town)\b/;
/** "later this month works", "next week is good": a time for us to talk, not to move. */
const SCHEDULING_AFTER =
  /^\s*(?:works|would\s+work|could\s+work|is\s+(?:good|fine|better|best|ok|okay)|works\s+(?:better|best|for\s+(?:me|us)))\b/;

/** "not until March", "not for at least a year", "no rush, maybe 8 months": when, not a denial. */
function boundNotDenied(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  // the reading may start at its own "until": "probably not till summer"
  const head = text.slice(Math.max(0, at - 12), at + 7);
  return (
    /\bnot\s+(?:until|till|til)\b/.test(head) ||
    NOT_FOR.test(before) ||
    /\bno\s+(?:rush|hurry|pressure|big\s+rush)\b(?!.*\b(?:not|no|never)\b)/.test(before)
  );
}

/**
 * Months until they mean to move: the nearest reading ("3-6 months" → 3, "asap" → 0), a named month
 * or season counted in calendar months from now ("maybe in the spring" in December → 3, hedged),
 * "by the end of the year" → December. A negated reading ("not in the next 3 months") is dropped.
 */
export function extractTimeline(message: Message, options: TimelineOptions): Timeline {
  const text = message.masked;
  const found: Candidate[] = [];
  const all = [
    // a quarter before "next year" inside it: "the second quarter of next year"
    ...quarters(message),
    ...relative(message),
    ...months(message),
    ...numericDates(message),
    ...seasons(message),
    ...durations(text),
    ...(SPANISH_HINT.test(text) ? spanish(message) : []),
  ];
  for (const c of all) {
    if (found.some((f) => overlaps(f, c))) continue;
    if (aboutContact(text, c) || aboutOthers(text, c)) continue;
    if (SCHEDULING_AFTER.test(text.slice(c.end, c.end + 30)) && !MOVE_VERBS.test(clauseText(text, c)))
      continue;
    if (overlapsAny(c, options.claimed)) continue;
    if (c.holiday && options.appointment && !MOVE_WORDS.test(clauseText(text, c))) continue;
    if (c.month && options.appointment?.year === c.month.year && options.appointment.month === c.month.month)
      continue;
    if (negatedBefore(text, c.start, c.calendar ? 2 : 4) && !boundNotDenied(text, c.start)) continue;
    found.push(c);
  }
  const firm = found.filter((c) => !c.weak);
  if (firm.length > 0) found.splice(0, found.length, ...firm);
  if (found.length === 0) return { months: null, confidence: 0, spans: [] };
  const nearest = found.reduce((a, b) => (b.months < a.months ? b : a));
  return {
    months: Math.max(0, nearest.months),
    confidence: nearest.confidence ?? CONFIDENCE.explicit,
    spans: [nearest],
  };
}
