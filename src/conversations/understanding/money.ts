import { CONFIDENCE } from './confidence.js';
import { NUMBER_WORDS, ONES, spelledNumbers } from './numbers.js';
import { clauseAt, type Message, NEGATORS, overlaps, overlapsAny, type Span, wordsBefore } from './text.js';

export interface Budget {
  min: number | null;
  max: number | null;
  /** The figures are rent a month, not a price. */
  monthly: boolean;
  spans: Span[];
  /** The least sure of the figures kept (0 when there are none). */
  confidence: number;
}

type Side = 'min' | 'max' | 'range';
interface Amount extends Span {
  value: number;
  unit: number | null;
  dollar: boolean;
  plus: boolean;
  comma: boolean;
  /** "5 hundred": a count of hundreds that a bare first figure shares ("between 4 and 5 hundred"). */
  hundreds?: boolean;
  /** Read through a Spanish rule ("300 mil", "1,5 millones"). */
  spanish?: boolean;
  /** Spelled in words: "a thousand" alone is a figure of speech, not a price. */
  spelled?: boolean;
}
interface Mention extends Span {
  side: Side;
  low: number;
  high: number;
  monthly: boolean;
  confidence: number;
}

const UNITS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  mm: 1e6,
  mil: 1e6,
  mill: 1e6,
  million: 1e6,
  millions: 1e6,
  millones: 1e6,
  millón: 1e6,
  millon: 1e6,
};
const AMOUNT =
  /(?<![\w.$/:#])(\$\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?=\s?(?:millones|mill[óo]n)(?![\p{L}]))|\d+(?:\.\d+)?)(?:\s?(k|mm|m|mil|mill|millions|million|millones|mill[óo]n|thousand|grand)(?![\p{L}\d_]))?(?:-?ish(?![\p{L}]))?(\s*\+)?(?![\p{L}\d_:])/gu;
const WORD_NUMBER = Object.keys(NUMBER_WORDS).join('|');
const DIGIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Prices said the way people say them: "three fifty" is 350 (thousand, once a budget word is near). */
const SPOKEN_PRICE = new RegExp(String.raw`\b(${DIGIT_WORDS.join('|')})\s+(${TENS_WORDS.join('|')})\b`, 'g');
const WORD_AMOUNT = new RegExp(
  String.raw`\b(?:(half)\s+(?:a\s+)?(?:mil|mill|million)\b|(${WORD_NUMBER})\s+(?:(million|mil|mill)|hundred\s+(?:thousand|k|grand))\b|(\d+)\s+hundred\s+(?:thousand|k|grand)\b)`,
  'g',
);
/** "in the 700s", "low 400s", "mid $300s": a band of a hundred thousand. */
const BAND = /(?<![\w$])(?:(low|lower|mid|middle|high|upper)[\s-]+|the\s+)(?:the\s+)?\$?(\d{3})k?'?s\b/g;
/** The middle of a band is one figure, the ceiling ("mid 400s" → up to 450,000); the others are ranges. */
const BAND_OFFSETS: Readonly<Record<string, readonly [number, number]>> = {
  low: [0, 50],
  lower: [0, 50],
  mid: [50, 50],
  middle: [50, 50],
  high: [50, 100],
  upper: [50, 100],
};

const MONTHLY =
  /^\s*(?:\/\s?(?:mo|mon|month|mes)\b|(?:a|per|each|every|\/)\s*(?:month|mo)\b|monthly\b|mo\b|a\s+mnth\b|(?:al|por|cada|x)\s+mes\b|mensual(?:es)?\b|(?:de|para|pa)\s+(?:la\s+)?renta\b)/;
/** A listing's own price, not what they will spend: "$399,900 is the list price". */
const LISTING_PRICE_AFTER =
  /^\s*(?:is|was)\s+(?:the|their|its|it's)\s+(?:list|listing|asking|sale|sold)\s+price\b/;
const YEARLY =
  /^\s*(?:(?:a|per|\/)\s*(?:year|yr)\b|annually\b|yearly\b|(?:al|por)\s+a[ñn]o\b|anual(?:es)?\b)/;
const NOT_MONEY_AFTER =
  /^\s*(?:sq\b|sqft|sq\.|square|sf\b|ft\b|feet|foot|acres?\b|ac\b|miles?\b|mi\b|mins?\b|minutes?\b|hours?\b|hrs?\b|days?\b|weeks?\b|wks?\b|months?\b|years?\b|yrs?\b|yo\b|%|percent|beds?\b|bd|br\b|baths?\b|ba\b|cars?\b|stor(?:y|ies)\b|kids?\b|children|dogs?\b|cats?\b|pets?\b|people|persons?\b|units?\b|doors?\b|bedrooms?|bathrooms?|am\b|pm\b|o'?clock|th\b|st\b|nd\b|rd\b|down\b|in\s+equity|equity|credit|times\b|x\b|points?\b|degrees?|garage|spots?\b|for\s+(?:a|the|our|my)?\s*down|saved|in\s+savings|(?:de\s+|para\s+(?:el\s+)?)?enganche|de\s+entrada|ahorrad[oa]s)/;
const NOT_MONEY_BEFORE = new Set(
  `hoa hoas tax taxes deposit earnest income make making earn earns earning salary owe owed worth paid sold
  listed list listing asking priced reduced score credit equity saved savings lockbox code number zip gate payoff
  appraised appraisal assessed zestimate closing ganamos gano gana ganan sueldo salario debemos debo vale
  enganche ahorrado ahorros`.split(/\s+/),
);
/** A unit's number, only right before it: "apt 1800" is an address, "an apt for 1800/mo" a rent. */
const UNIT_BEFORE = /\b(?:apt|apartment|unit|suite|ste)\.?\s*#?\s*$/;
const MAX_BEFORE =
  /(?:hasta|m[áa]ximo(?: de)?|no m[áa]s de|menos de|under|below|less than|up to|upto|max(?:imum)?(?: of)?|at most|no more than|not more than|nothing (?:over|above|more than)|not (?:over|above)|(?:can'?t|cannot|won'?t|don'?t want to|do not want to)\s+(?:go|spend|pay)\s+(?:any\s+)?(?:over|above|more than|higher than|past)|tops|stretch(?:ing)? to|go (?:up )?to|go as high as|as high as|cap(?:ped)? at|ceiling(?: of| is)?|(?:good|approved|qualified) (?:up )?(?:to|for))\s*(?:like|about|around)?\s*$/;
const MIN_BEFORE =
  /(?:m[áa]s de|m[íi]nimo(?: de)?|desde|arriba de|por lo menos|al menos|como m[íi]nimo|at least|over|above|more than|min(?:imum)?(?: of)?|starting (?:at|from)|from)\s*$/;
const FLOOR_BEFORE =
  /(?:(?:no|not)\s+(?:less|lower|under|below|cheaper)(?:\s+than)?|no menos de|north\s+of|(?:anything|something|somewhere)\s+(?:over|above))\s*$/;
/** "stop showing me anything over 500k", "don't send homes above 400": what is above is refused, a ceiling. */
const REFUSED_ABOVE =
  /\b(?:stop|quit|no more|don'?t|do not|never)\s+(?:\w+\s+){0,3}?(?:anything|something|stuff|homes?|houses?|listings?|places?|ones?)\s+(?:over|above|more than|higher than)\s*(?:like|about|around)?\s*\$?$/;
const AROUND_BEFORE =
  /(?:alrededor de|aproximadamente|unos|como|around|about|approx(?:imately)?|roughly|~|like|close to)\s*$/;
const MAX_AFTER =
  /^\s*(?:max(?:imum)?\b|tops\b|top\b|or less\b|or under\b|or below\b|at (?:the )?most\b|is (?:the|our|my) (?:max|most|limit|ceiling|top)\b|is the most\b)/;
const MIN_AFTER =
  /^\s*(?:plus\b|or more\b|and up\b|minimum\b|min\b|at least\b|or higher\b|or above\b|(?:mil\s+|d[óo]lares\s+)?(?:para\s+arriba|o\s+m[áa]s|en\s+adelante|como\s+m[íi]nimo|m[íi]nimo)(?![\p{L}]))/u;
const BUDGET_WORDS =
  /\b(?:budget\w*|price\w*|range|afford\w*|spend\w*|pay|(?:pre[\s-]?)?a?p+rov\w*|aprov\w*|qualif\w*|pre-?qual\w*|rent\w*|stretch\w*|presupuesto|precio|pagar|gastar|aprob\w*)\b/;
/** A home asked about in the figure's clause: "anything else like it around 400?", "any homes under 350". */
const HOME_ASKED =
  /\b(?:anything|something|homes?|houses?|places?|listings?|condos?|town\s?(?:homes?|houses?)|properties|property|like\s+(?:it|this|that))\b/;
const BUY_CONTEXT =
  /\b(?:buy\w*|purchas\w*|mortgage|loan|pre[\s-]?a?p+rov\w*|piti|hipoteca|comprar|compra)\b/;
const MONTHLY_ANYWHERE = /\d\s*(?:k\s*)?(?:\/\s?mo\b|a\s+month\b|per\s+month\b|monthly\b|al\s+mes\b)/;
const RENT_CONTEXT = /\b(?:rent|rentals?|renting|lease|leasing|renta|rentar|alquiler|alquilar)\b/;

/** "the 300 to 325 range", "400-450 budget": a budget word right after the figures. */
const RANGE_AFTER = /^\s*(?:range|budget|price|ish|or so)\b/;

/** "between three and four hundred thousand": the first figure shares the second's scale. */
const SHARED_SCALE =
  /\b(?:between|from|entre)\s+(one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:and|to|y|-)\s+(one|two|three|four|five|six|seven|eight|nine|\d)\s+(hundred\s+(?:thousand|k|grand)|hundred|thousand|million|mil)\b/g;

/** Every spelled amount has one of these: a cheap test before the word-by-word reader runs. */
const SPELLED_HINT = /hundred|thousand|grand|mil|cien|ientos|ty\b/;

/**
 * "mil" is a thousand in Spanish ("300 mil", "2 mil al mes") and a million in English slang ("1.2 mil").
 * In an English text a figure of ten or more before "mil" is still Spanish: nobody budgets $300M.
 */
function unitOf(word: string | undefined, value: number, language: 'en' | 'es'): number | null {
  if (!word) return null;
  if (word === 'mil') return language === 'es' || value >= 10 ? 1e3 : 1e6;
  return UNITS[word] ?? null;
}

function amounts(text: string, language: 'en' | 'es'): Amount[] {
  const found: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const raw = m[2] ?? '';
    const decimalComma = /^\d{1,3},\d{1,2}$/.test(raw);
    const value = Number(decimalComma ? raw.replace(',', '.') : raw.replace(/,/g, ''));
    const unitWord = m[3];
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      value,
      unit: unitOf(unitWord, value, language),
      dollar: Boolean(m[1]),
      plus: Boolean(m[4]),
      comma: raw.includes(',') && !decimalComma,
      spanish:
        decimalComma ||
        /^mill(?:ones|[óo]n)$/.test(unitWord ?? '') ||
        (unitWord === 'mil' && unitOf(unitWord, value, language) === 1e3),
    });
  }
  for (const m of text.matchAll(/(?<![\w.$])(\d{1,2})\s+hundred\b(?!\s+(?:thousand|k|grand)\b)/g)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const kept = found.filter((a) => !overlaps(a, span));
    kept.push({
      ...span,
      value: Number(m[1]) * 100,
      unit: null,
      dollar: false,
      plus: false,
      comma: false,
      hundreds: true,
    });
    found.splice(0, found.length, ...kept);
  }
  for (const m of text.matchAll(WORD_AMOUNT)) {
    const count = m[1] ? 0.5 : m[4] ? Number(m[4]) : (NUMBER_WORDS[m[2] ?? ''] ?? 0);
    const value = m[1] || m[3] ? count * 1e6 : count * 1e5;
    const span = { start: m.index, end: m.index + m[0].length };
    const kept = found.filter((a) => !overlaps(a, span));
    kept.push({ ...span, value, unit: 1, dollar: true, plus: false, comma: false });
    found.splice(0, found.length, ...kept);
  }
  for (const m of text.matchAll(SPOKEN_PRICE)) {
    const value = (DIGIT_WORDS.indexOf(m[1] ?? '') + 1) * 100 + (TENS_WORDS.indexOf(m[2] ?? '') + 2) * 10;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      value,
      unit: null,
      dollar: false,
      plus: false,
      comma: false,
    });
  }
  for (const m of text.matchAll(SHARED_SCALE)) {
    const scaleWord = m[3] ?? '';
    const multiplier = /^hundred\s+\S/.test(scaleWord)
      ? 1e5
      : scaleWord === 'hundred'
        ? 100
        : scaleWord === 'thousand'
          ? 1e3
          : scaleWord === 'mil' && language === 'es'
            ? 1e3
            : 1e6;
    const count = ONES[m[1] ?? ''] ?? Number(m[1]);
    const start = m.index + m[0].indexOf(m[1] ?? '', m[0].search(/\s/));
    const span = { start, end: start + (m[1]?.length ?? 0) };
    const value = count * multiplier;
    const kept = found.filter((a) => !overlaps(a, span));
    kept.push({
      ...span,
      value,
      unit: multiplier >= 1e3 ? 1 : null,
      dollar: value >= 10_000,
      plus: false,
      comma: false,
      hundreds: multiplier === 100,
    });
    found.splice(0, found.length, ...kept);
  }
  // Spelled-out amounts replace the pieces they contain; a longer reading already made ("half a mil") stays.
  const spelled = SPELLED_HINT.test(text) ? spelledNumbers(text, language) : [];
  for (const n of spelled) {
    const clash = found.filter((a) => overlaps(a, n));
    if (clash.some((a) => a.start < n.start || a.end > n.end)) continue;
    const kept = found.filter((a) => !overlaps(a, n));
    kept.push({
      start: n.start,
      end: n.end,
      value: n.value,
      unit: n.scaled ? 1 : null,
      dollar: n.scaled && n.value >= 10_000,
      plus: false,
      comma: false,
      hundreds: !n.scaled && n.value % 100 === 0,
      spanish: language === 'es',
      spelled: true,
    });
    found.splice(0, found.length, ...kept);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Joins "350-400k", "400 to 500k" and "between 250 and 300k" into one amount pair. */
function pairs(text: string, list: Amount[]): (readonly [Amount, Amount | null])[] {
  const out: (readonly [Amount, Amount | null])[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as Amount;
    const b = list[i + 1];
    const between = b ? text.slice(a.end, b.start) : '';
    const joined =
      b &&
      !a.plus &&
      (/^\s*(?:-|to|a)\s*\$?\s*$/.test(between) ||
        (/^\s+(?:and|y)\s+\$?\s*$/.test(between) &&
          wordsBefore(text, a.start, 3).some((w) => w === 'between' || w === 'entre')));
    // "between 4 and 5 hundred": the first figure is counted in hundreds too; "3-400k" is 300 to 400k
    const shortFirst =
      joined && !b.hundreds && a.unit === null && !a.dollar && Number.isInteger(a.value) && a.value < 10;
    const digits = (n: number) => String(Math.trunc(n)).length;
    const first =
      joined && b.hundreds && !a.hundreds && a.unit === null && a.value < 10
        ? { ...a, value: a.value * 100, hundreds: true }
        : shortFirst && b.value >= 100 && b.value < 1000 && b.unit !== null
          ? { ...a, value: a.value * 10 ** (digits(b.value) - 1) }
          : a;
    out.push([first, joined ? b : null]);
    if (joined) i++;
  }
  return out;
}

function scale(amount: Amount, unit: number | null, monthly: boolean, rentContext: boolean): number | null {
  const { value } = amount;
  if (unit) return value * unit;
  if (monthly) return value;
  if (rentContext && value >= 300 && value < 10_000) return value;
  if (value < 10 && !Number.isInteger(value)) return value * 1e6;
  if (value < 50) return null;
  return value < 10_000 ? value * 1e3 : value;
}

function classify(text: string, first: Amount, second: Amount | null, rentContext: boolean): Mention | null {
  const last = second ?? first;
  const after = text.slice(last.end, last.end + 40);
  if (YEARLY.test(after) || NOT_MONEY_AFTER.test(after) || LISTING_PRICE_AFTER.test(after)) return null;
  const clause = clauseAt(text, first.start);
  const before = text.slice(Math.max(clause.start, first.start - 40), first.start).replace(/\$\s*$/, '');
  const beforeWords = wordsBefore(text, first.start, 4);
  const creditUnion = /\bcredit\s+union\b/.test(text.slice(Math.max(0, first.start - 60), first.start));
  if (beforeWords.some((w) => NOT_MONEY_BEFORE.has(w) && !(w === 'credit' && creditUnion))) return null;
  if (UNIT_BEFORE.test(before)) return null;
  const rest = after.replace(MONTHLY, '');
  // "no less than 250k", "not under 300", "north of 600k": a floor, whatever "under" says alone
  const refusedAbove = REFUSED_ABOVE.test(before);
  const floor = !refusedAbove && FLOOR_BEFORE.test(before);
  const max = refusedAbove || (!floor && (MAX_BEFORE.test(before) || MAX_AFTER.test(rest)));
  const min = floor || (!max && (MIN_BEFORE.test(before) || MIN_AFTER.test(rest) || last.plus));
  if (!max && !floor && beforeWords.slice(-3).some((w) => NEGATORS.has(w))) return null;
  const ish = /^\s*-?ish\b/.test(after) || /ish\s*\+?$/.test(text.slice(first.start, last.end));
  const cue = max || min || AROUND_BEFORE.test(before) || ish;
  const budgetWord = BUDGET_WORDS.test(text.slice(Math.max(clause.start, first.start - 300), first.start));
  // "5 hundred" is how a price is said, not a count of anything else
  const marked = (a: Amount) =>
    a.dollar ||
    (a.unit !== null && !(a.spelled && a.value < 10_000)) ||
    (a.comma && a.value >= 10_000) ||
    (a.hundreds === true && !a.spelled);
  const bareZip = (a: Amount) => !a.dollar && !a.comma && a.value >= 10_000 && a.unit === null;
  if (bareZip(first) || (second && bareZip(second))) return null;
  const year = (a: Amount) =>
    !a.dollar && a.unit === null && Number.isInteger(a.value) && a.value >= 1900 && a.value <= 2100;
  const monthlyMatch = MONTHLY.exec(after);
  // "2000 a month" is money; a bare 2000 elsewhere is more likely a year
  if (year(first) && (!second || year(second)) && !monthlyMatch && !max && !min) return null;
  // "400-450", "the 300 to 325 range": a rising range of price-sized figures is a budget said short
  const priceRange =
    second !== null &&
    first.unit === null &&
    second.unit === null &&
    first.value >= 100 &&
    second.value > first.value &&
    second.value < 10_000 &&
    (RANGE_AFTER.test(after) || !/[:.]/.test(text.slice(first.start, second.end)));
  if (!(marked(first) || (second && marked(second)) || cue || budgetWord || monthlyMatch || priceRange))
    return null;
  const dollars = first.value * (first.unit ?? 1);
  const rentFigure = rentContext && dollars >= 300 && dollars < 10_000;
  const monthly = monthlyMatch !== null || rentFigure;
  const unit = second && first.unit === null ? second.unit : first.unit;
  const low = scale(first, unit, monthly, rentContext);
  const high = second ? scale(second, second.unit, monthly, rentContext) : low;
  if (low === null || high === null) return null;
  const side: Side = second ? 'range' : min ? 'min' : 'max';
  const end = last.end + (monthlyMatch?.[0].length ?? 0);
  const explicit = marked(first) || (second !== null && marked(second));
  // a bare figure is scaled by a guess ("350" → $350,000): surer when a budget word names it, or when
  // "around" or "under" sets it beside a home asked about
  const homePrice = cue && HOME_ASKED.test(text.slice(clause.start, clause.end));
  const sure =
    explicit || (monthly && monthlyMatch !== null)
      ? CONFIDENCE.explicit
      : budgetWord || monthly || homePrice
        ? CONFIDENCE.loose
        : CONFIDENCE.guessed;
  const loose = AROUND_BEFORE.test(before) || ish ? CONFIDENCE.loose : 1;
  const spanish = first.spanish || second?.spanish ? CONFIDENCE.spanish : 1;
  const confidence = Math.min(sure, loose, spanish);
  return { start: first.start, end, side, low, high, monthly, confidence };
}

function bands(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(BAND)) {
    const base = Number(m[2]) * 1e3;
    const [from, to] = BAND_OFFSETS[m[1] ?? ''] ?? [0, 100];
    const span = { start: m.index, end: m.index + m[0].length };
    out.push({
      ...span,
      side: from === to ? 'max' : 'range',
      low: base + from * 1e3,
      high: base + to * 1e3,
      monthly: false,
      confidence: CONFIDENCE.loose,
    });
  }
  return out;
}

/**
 * Budgets. A range sets both ends; "at least"/"+" a floor; "under"/"max" a ceiling; a single figure,
 * with or without "around", is the ceiling. Later figures win ("isn't 500k, more like 400k"), and a
 * negated figure is dropped. A monthly figure is rent, dropped when the talk is of buying.
 */
export function extractBudget(
  message: Message,
  claimed: readonly Span[],
  language: 'en' | 'es' = 'en',
): Budget {
  const text = message.masked;
  // a figure a month anywhere makes the other bare figures of the text monthly too
  const rentContext = RENT_CONTEXT.test(text) || MONTHLY_ANYWHERE.test(text);
  const mentions: Mention[] = bands(text);
  const bandSpans = [...mentions];
  for (const [first, second] of pairs(text, amounts(text, language))) {
    if (overlapsAny(first, claimed) || overlapsAny(first, bandSpans)) continue;
    const mention = classify(text, first, second, rentContext);
    if (mention) mentions.push(mention);
  }
  const buying = BUY_CONTEXT.test(text);
  const kept = mentions.filter((m) => !(m.monthly && buying)).sort((a, b) => a.start - b.start);
  let min: number | null = null;
  let max: number | null = null;
  for (const m of kept) {
    if (m.side === 'range') {
      min = m.low;
      max = m.high;
    } else if (m.side === 'min') {
      min = m.low;
      if (max !== null && max < min) max = null;
    } else {
      max = m.high;
      if (min !== null && min > max) min = null;
    }
  }
  return {
    min,
    max,
    monthly: kept.some((m) => m.monthly),
    spans: kept.map(({ start, end }) => ({ start, end })),
    confidence: kept.length === 0 ? 0 : Math.min(...kept.map((m) => m.confidence)),
  };
}
