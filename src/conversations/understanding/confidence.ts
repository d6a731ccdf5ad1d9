import { COUNT } from './numbers.js';
import { clauseAt, type Message, NEGATORS, overlapsAny, type Span } from './text.js';
import type { FactField, Understanding } from './understanding.schema.js';

/**
 * How sure a reading is, 0–1. At or above CONFIDENT (0.8) a fact may be stated back; below it the
 * conversation asks it back as a question. The levels are chosen so that one doubt is enough to ask:
 * a hedge, a guess or a joke each put a fact under 0.8; a rule that is merely looser (a Spanish form,
 * "around", an intent inferred from a budget) keeps it above.
 */
export const CONFIDENCE = {
  /** Said plainly: "3 bed", "$450k max", "pre-approved", "want to sell". */
  explicit: 1,
  /** A Spanish form read by a rule less tested than its English twin ("300 mil", "en efectivo"). */
  spanish: 0.9,
  /** Read loosely: "around 400", "-ish", "mid 400s", a range taken at its near end. */
  loose: 0.85,
  /** Not said but implied: buying, from a price budget with the home described or financing. */
  inferred: 0.85,
  /** A negation in the same clause that did not seem to govern the fact: "don't need more than 3 beds". */
  negationNear: 0.7,
  /** A bare number taken as a budget because a budget word was near ("350 in round rock"). */
  guessed: 0.65,
  /** Maybe, might, thinking about, idk, probably, tal vez. */
  hedged: 0.6,
  /** A value outside what a lead plausibly means (a 12 bedroom, a $20k house). */
  absurd: 0.4,
  /** Sarcasm or a joke: "lol sure, a 10 bedroom mansion for 50k", "jk", "yeah right". */
  joking: 0.3,
} as const;

/** Where a fact was read and how sure the rule that read it is, before hedges and jokes are weighed. */
export interface Reading {
  confidence: number;
  spans: readonly Span[];
}

const HEDGE =
  /\b(?:maybe|mayb|might|may\s+be|perhaps|possibly|probably|prob|thinking\s+(?:about|of)|considering|idk|dunno|i\s+don'?t\s+know|not\s+(?:really\s+)?sure|unsure|i\s+guess|i\s+think|don'?t\s+think|kinda|kind\s+of|sort\s+of|who\s+knows|it\s+depends|depends|hopefully|tal\s+vez|quiz[áa]s|a\s+lo\s+mejor|no\s+s[ée]|creo\s+que|pensando|posiblemente|probablemente)\b/;
/** Negations that are part of a plain statement of a limit, not a denial of it. */
const LIMIT_NEGATIONS =
  /\b(?:no|not|nothing)\s+(?:more|less|later|earlier|sooner|over|above|under|below|bigger|smaller)\b(?:\s+than)?|\bnot\s+(?:until|till|til|for\s+(?:at\s+least|another))\b|\bnot\s+for(?=\s+(?:an?|one|\d+|\w+)\s+(?:days?|weeks?|months?|years?)\b)|\bno\s+(?:hoa|rush|hurry)\b/g;
const SARCASM =
  /\b(?:jk|j\/k|just\s+kidding|kidding|yeah\s+right|as\s+if|in\s+my\s+dreams|dream\s+on|when\s+pigs\s+fly|won\s+the\s+lottery|lottery)\b|(?:^|\s)\/s\b/;
const LAUGH =
  /\b(?:lol+|lmao+|lmfao|rofl|ha(?:ha)+h?|he(?:he)+|ja(?:ja)+j?|xd)\b|[\u{1F602}\u{1F923}\u{1F644}]/u;
const MOCK_AGREEMENT = /(?:^|[.!?]\s*)\W*(?:lol\s+|haha\s+)?(?:sure|ok\s+sure|yeah\s+sure|totally)\b/;
const LUXURY = /\b(?:mansion|castle|palace|yacht|private\s+island|island)\b/;

/** Values no lead plausibly means: read, but never stated back without asking. */
function absurdFields(facts: Understanding, rent: boolean): Set<FactField> {
  const out = new Set<FactField>();
  if ((facts.beds ?? 0) > 8) out.add('beds');
  if ((facts.baths ?? 0) > 8) out.add('baths');
  const price = facts.budgetMax ?? facts.budgetMin;
  if (price !== null && !rent && (price < 30_000 || price > 50_000_000)) out.add('budget');
  if (price !== null && rent && (price < 200 || price > 50_000)) out.add('budget');
  if ((facts.timelineMonths ?? 0) > 120) out.add('timelineMonths');
  return out;
}

/** A clause that is nothing but a hedge ("3 or 4 beds, not sure") doubts its whole sentence. */
const HEDGE_ALONE =
  /(?:^|[.!?,;\n])\s*(?:(?:but|and|so|or)\s+)?(?:idk|dunno|not\s+(?:really\s+)?sure(?:\s+yet)?|i'?m\s+not\s+sure|maybe|we'?ll\s+see|who\s+knows|i\s+guess|no\s+s[ée]|tal\s+vez|depends)\s*(?=[.!?,;\n]|$)/g;

function sentenceAt(text: string, i: number): Span {
  const start = Math.max(...['.', '!', '?', '\n'].map((p) => text.lastIndexOf(p, i - 1))) + 1;
  const ends = ['.', '!', '?', '\n'].map((p) => text.indexOf(p, i)).filter((e) => e >= 0);
  return { start, end: ends.length > 0 ? Math.min(...ends) + 1 : text.length };
}

/**
 * Hedged wording that still states the fact. Weighing whether to act ("thinking about selling",
 * "considering buying", "pensando en vender") is how leads say they mean to: the intent and what the
 * clause says of it (the home, the place, "in the next 2 months") stand. "Maybe less" after a maximum
 * only says the maximum could be lower: the maximum stands.
 */
const CONSIDERING =
  /\b(?:(?:thinking|think|thought|considering|consider)\s+(?:about\s+|of\s+)?(?=(?:sell|buy|purchas|list|mov|relocat|downsiz|upsiz|rent|leas)\w*\b)|pensando\s+en\s+(?=(?:vender|comprar|mudar\p{L}*|rentar|alquilar)(?![\p{L}])))/gu;
const BELOW_MAXIMUM = /\b(?:maybe|mayb|possibly|perhaps|probably|prob)\s+(?:less|lower|under|cheaper)\b/g;
const ABOVE_MINIMUM = /\b(?:maybe|mayb|possibly|perhaps|probably|prob)\s+(?:more|higher|over)\b/g;

/** "prob about a year out", "probably moving in september": a time said as likely is a time stated, loosely. */
const PROBABLY = /\b(?:probably|prob|prolly|likely|probablemente)\b/g;

const blank = (text: string, pattern: RegExp): string => text.replace(pattern, (m) => ' '.repeat(m.length));

/** The text with the hedges that do not doubt this fact blanked out (same length, same indices). */
function withoutStatingHedges(text: string, field: FactField, facts: Understanding): string {
  let out = blank(text, CONSIDERING);
  if (field === 'budget' && facts.budgetMax !== null && facts.budgetMin === null)
    out = blank(out, BELOW_MAXIMUM);
  if (field === 'budget' && facts.budgetMin !== null && facts.budgetMax === null)
    out = blank(out, ABOVE_MINIMUM);
  return out;
}

function hedgedNear(text: string, spans: readonly Span[]): boolean {
  const alone = [...text.matchAll(HEDGE_ALONE)].map((m) => m.index + m[0].search(/[a-z]/));
  return spans.some((s) => {
    const clause = clauseAt(text, s.start);
    if (HEDGE.test(text.slice(clause.start, Math.max(clause.end, s.end)))) return true;
    const sentence = sentenceAt(text, s.start);
    return alone.some((i) => i >= sentence.start && i < sentence.end);
  });
}

/** A correction of a number ("four bedrooms not three"): the negation governs that number alone. */
const NOT_A_NUMBER = new RegExp(String.raw`\bnot\s+${COUNT}\b`, 'g');

/** Corrections of numbers outside the fact's own spans blanked out: they deny another fact. */
function withoutOtherCorrections(text: string, spans: readonly Span[]): string {
  return text.replace(NOT_A_NUMBER, (m, ...rest) => {
    const start = rest.find((r) => typeof r === 'number') as number;
    return overlapsAny({ start, end: start + m.length }, spans) ? m : ' '.repeat(m.length);
  });
}

/** A negation before the fact in its clause, since the last "but": "sell but not buy" leaves "sell" sure. */
function negatedNear(source: string, spans: readonly Span[]): boolean {
  const text = withoutOtherCorrections(source, spans);
  return spans.some((s) => {
    const clause = clauseAt(text, s.start);
    const words = text
      .slice(clause.start, s.end)
      .replace(LIMIT_NEGATIONS, ' ')
      .split(/[^\p{L}']+/u);
    return words.slice(words.lastIndexOf('but') + 1).some((w) => NEGATORS.has(w));
  });
}

/** Whether the whole message reads as a joke: sarcasm, or a laugh with mock agreement or an absurd value. */
export function joking(message: Message, absurd: boolean): boolean {
  const text = message.lower;
  if (SARCASM.test(text)) return true;
  if (!LAUGH.test(text)) return false;
  return absurd || MOCK_AGREEMENT.test(text) || LUXURY.test(text);
}

/**
 * The confidence of every fact that was read (absent when the fact is null): the rule's own
 * confidence, lowered by a hedge or a negation in the fact's clause, by an implausible value, and
 * to `joking` for every fact when the message is a joke.
 */
export function confidenceOf(
  message: Message,
  facts: Understanding,
  readings: Partial<Record<FactField, Reading>>,
): Understanding['confidence'] {
  const text = message.masked;
  const rent = facts.intent === 'rent';
  const absurd = absurdFields(facts, rent);
  const joke = joking(message, absurd.size > 0);
  const present: Record<FactField, boolean> = {
    intent: facts.intent !== null,
    timelineMonths: facts.timelineMonths !== null,
    budget: facts.budgetMin !== null || facts.budgetMax !== null,
    preApproved: facts.preApproved !== null,
    beds: facts.beds !== null,
    baths: facts.baths !== null,
    areas: facts.areas.length > 0,
    propertyType: facts.propertyType !== null,
    requestedTime: facts.requestedTime !== null,
  };
  const out: Understanding['confidence'] = {};
  for (const field of Object.keys(present) as FactField[]) {
    if (!present[field]) continue;
    const reading = readings[field] ?? { confidence: CONFIDENCE.explicit, spans: [] };
    let value = reading.confidence;
    const unhedged = withoutStatingHedges(text, field, facts);
    if (hedgedNear(unhedged, reading.spans)) {
      const likely = field === 'timelineMonths' && !hedgedNear(blank(unhedged, PROBABLY), reading.spans);
      value = Math.min(value, likely ? CONFIDENCE.loose : CONFIDENCE.hedged);
    }
    // a "not yet" is itself the negation: it is the fact, not a doubt about it
    const denial = field === 'preApproved' && facts.preApproved === false;
    if (!denial && negatedNear(text, reading.spans)) value = Math.min(value, CONFIDENCE.negationNear);
    if (absurd.has(field)) value = Math.min(value, CONFIDENCE.absurd);
    if (joke) value = Math.min(value, CONFIDENCE.joking);
    out[field] = Math.round(value * 100) / 100;
  }
  return out;
}
