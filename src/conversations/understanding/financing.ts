import { DateTime } from 'luxon';
import { CONFIDENCE, type Reading } from './confidence.js';
import { isQuestionClause } from './question.js';
import { clauseAt, type Message, negatedBefore, overlaps, prepareMessage, type Span } from './text.js';

const APPROVAL = String.raw`(?:pre[\s-]?a?p{1,2}ro*v(?:ed|d|al)|preapproval|approved|approval(?:\s+letter)?|letter)`;
/** Spanish: "pre-aprobado", "preaprobación", "aprobados". */
const APROBADO = String.raw`(?:pre[\s-]?)?aprobad[oa]s?|(?:pre[\s-]?)?aprobaci[óo]n`;

/** Approved, with a letter, or paying cash; texted short too ("preapprvd"). */
const READY: readonly RegExp[] = [
  /\bpre[\s-]?a?p{1,2}ro*v(?:ed|d|al)\b/g,
  /\b(?:already|got|been|were|was|are|am|i'?m|we'?re|fully|loan\s+(?:is\s+)?)\s*approved\b|\bapproval letter\b|\bapproved for\b/g,
  /\b(?:fha|va|conventional|usda|jumbo)\s+(?:loan\s+)?(?:is\s+)?(?:pre[\s-]?)?approved\b/g,
  /\b(?:got|have|received)\s+(?:the\s+|our\s+|my\s+)?(?:pre[\s-]?)?approval\b|\bapproval\s+(?:came|went)\s+through\b/g,
  /\blender\s+(?:says|said)\s+(?:i'?m|we'?re|we are|i am)\s+(?:good|approved|set)\b/g,
  /\b(?:financing|loan|mortgage)\s+(?:is\s+)?(?:lined up|in place|secured|approved|ready|all set)\b|\bhave\s+(?:our\s+|my\s+|the\s+)?financing\b/g,
  /\b(?:all[\s-]cash|(?:pay|paying|buy|buying|purchase|purchasing)\s+(?:with\s+|in\s+|all\s+)?cash|cash\s+(?:buyers?|purchase|deal)|(?:have|got)\s+(?:the\s+)?cash|in\s+cash|cash\s+offer)\b/g,
  /(?:^|[,.!;]\s*)(?:all\s+)?cash\s*(?=[,.!;]|$)/g,
  // "180k cash", "approved up to 350", "yes approved. FHA", "the bank approved us", "fully underwritten"
  /\b\d[\d,.]*\s*(?:k|m|mil)?\s+cash\b(?!\s+(?:back|out|flow|value))/g,
  /\bapproved\s+(?:up\s+to|at|with|thru|through|by|w\/?)\b/g,
  /(?:^|[,.!;]\s*)(?:(?:yes|yep|yeah|yup|ya)\s+)?(?:(?:we'?re|i'?m|we\s+are|i\s+am)\s+)?(?:fully\s+)?approved\s*(?=[,.!;]|$)/g,
  /\b(?:lender|bank|credit\s+union|loan\s+officer|mortgage\s+broker)\s+(?:\w+\s+)?approved\s+(?:us|me)\b/g,
  /\b(?:got|have|received)\s+(?:the\s+|our\s+|my\s+)?(?:fha|va|conventional|usda|jumbo|loan|mortgage)\s+(?:pre[\s-]?)?approval\b/g,
  /\b(?:fully\s+)?underwritten\b|\bclear\s+to\s+close\b/g,
  /\b(?:have|got)\s+(?:the|our|my|a)\s+(?:approval\s+)?letter\s+from\b/g,
];
/** Cash needs no loan: "no financing needed", "no necesitamos préstamo". */
const NO_LOAN =
  /(?<![\p{L}])(?:no|sin)\s+(?:(?:need\s+(?:for\s+)?(?:a\s+)?)|(?:necesit\p{L}+\s+))?(?:loans?|financing|mortgage|pr[ée]stamos?|financiamiento|hipoteca)(?:\s+(?:needed|contingency))?(?![\p{L}])/gu;
/** The same in Spanish, read by rules less tested than the English ones. */
const LISTO: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}])(?:${APROBADO})(?![\p{L}])`, 'gu'),
  /(?<![\p{L}])(?:me|nos)\s+(?:pre[\s-]?)?aprobaron(?![\p{L}])/gu,
  /(?<![\p{L}])(?:(?:pago|pagar[ée]?|pagamos|pagaremos|compra|comprar[ée]?|compramos)\s+(?:en|de)\s+)?(?:efectivo|contado)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:pago|pagar[ée]?|pagamos|pagaremos|compramos|comprar[ée]?)\s+(?:en\s+|de\s+|con\s+)?cash(?![\p{L}])/gu,
];

/** Not yet: "not pre-approved", "need to talk to a lender", "haven't talked to a bank". */
const NOT_READY: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:not|no|haven'?t|havent|have not|never|hasn'?t|need to get|need to be|needs to get|working on|trying to get|getting|process of getting)\s+(?:\w+\s+){0,3}?${APPROVAL}\b`,
    'g',
  ),
  /\bpre[\s-]?approval\s+(?:expired|ran out)\b/g,
  // pre-qualified, and no more than that: an estimate, not yet a lender's approval
  /\bpre[\s-]?qual\w*\s+(?:only|so far|for now|nothing more)\b|\b(?:just|only)\s+(?:been\s+|got\s+)?pre[\s-]?qual\w*/g,
  // pre-qualified is an estimate, not a lender's approval: "prequalified for 320", "precalificados"
  /\bpre[\s-]?qual(?:ified|ification|ify|s)?\b(?:\s+(?:us|me|letter))?/g,
  /(?<![\p{L}])pre[\s-]?calificad[oa]s?(?:\s+(?:nom[áa]s|solamente|nada\s+m[áa]s))?(?![\p{L}])/gu,
  /(?<![\p{L}])(?:me|nos)\s+(?:van\s+a\s+dar|dan|dar[áa]n)\s+(?:la\s+)?(?:pre[\s-]?)?aprobaci[óo]n(?![\p{L}])/gu,
  /\bhaven'?t\s+applied\b|\bbefore\s+applying\b|\bworking\s+on\s+(?:my|our)\s+credit\b/g,
  /\b(?:bank|lender|underwriting|underwriter|loan\s+officer)\s+(?:is\s+|are\s+)?(?:still\s+)?(?:reviewing|processing|looking\s+(?:at|over))\b/g,
  /\b(?:got|were|was|been|get)\s+(?:denied|declined|turned\s+down)\b|(?<![\p{L}])(?:me|nos)\s+negaron(?![\p{L}])/gu,
  /\b(?:will|should|'ll|ll|going\s+to|gonna)\s+(?:\w+\s+)?(?:approve|come\s+(?:thru|through)|be\s+approved)\b/g,
  /\bhaven'?t\s+(?:applied|gone)\s+(?:for\s+)?(?:a\s+|the\s+|any\s+)?(?:mortgage|loan|pre[\s-]?approval|financing)\b/g,
  new RegExp(String.raw`\bdon'?t\s+think\s+(?:we|i)(?:'re|'m|\s+are|\s+am)?\s+(?:\w+\s+)?${APPROVAL}\b`, 'g'),
  /\b(?:need|needs|still need|looking for|find|get|recommend|recs? for|suggest)\s+(?:\w+\s+){0,4}?(?:lender|loan officer|mortgage broker|bank)\b/g,
  /\b(?:waiting|still\s+waiting)\s+(?:on|for|to\s+hear\s+(?:back\s+)?from)\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:lender|bank|loan\s+officer|underwriting|underwriter|mortgage\s+broker|letter)\b/g,
  // "ya casi tenemos la carta de preaprobación": almost is not yet
  new RegExp(
    String.raw`(?<![\p{L}])(?:ya\s+)?casi\s+(?:\p{L}+\s+){0,3}?(?:carta\s+de\s+(?:la\s+)?(?:${APROBADO})|${APROBADO}|carta)(?![\p{L}])`,
    'gu',
  ),
  /\bhaven'?t\s+(?:talked|spoken|gone|been|reached out|met)\s+(?:to|with)\s+(?:(?:a|the|any|my|our)\s+)?(?:bank|lender)\b|\bno\s+lender\b|\bdon'?t\s+have\s+(?:a\s+)?lender\b/g,
  /\b(?:need|needs|will need|'ll need|ll need)\s+(?:a\s+)?(?:mortgage|loan|financing)\b/g,
  /\b(?:wait(?:ing)?|(?:bank|lender|credit\s+union|broker|loan\s+officer)\s+(?:\w+\s+)?to\s+(?:get|pick\s+up)|still\s+waiting|applied|applying|apply|submitted|pending|hope\s+to\s+(?:get|be)|should\s+(?:get|be)|about\s+to\s+get|going\s+to\s+get|gonna\s+get|will\s+get|'ll\s+get|ll\s+get|need\s+(?:a|an|the|my|our))\s+(?:on\s+|for\s+)?(?:\w+\s+){0,2}?(?:pre[\s-]?a?p{1,2}ro*v(?:ed|d|al)|preapproval|approved|approval)(?:\s+letter)?\b/g,
  /\b(?:pre[\s-]?a?p{1,2}ro+val|approval)(?:\s+letter)?\s+(?:is\s+)?(?:pending|in\s+process|in\s+progress|still\s+processing|not\s+(?:back|in|here)\s+yet)\b/g,
  new RegExp(
    String.raw`(?<![\p{L}])(?:no|todav[íi]a\s+no|a[úu]n\s+no|sin|necesito|necesitamos|esperando|estoy\s+esperando|estamos\s+esperando)\s+(?:\p{L}+\s+){0,3}?(?:${APROBADO}|prestamista|pr[ée]stamo|cr[ée]dito|banco)(?:\s+(?:${APROBADO}))?(?![\p{L}])`,
    'gu',
  ),
];
/** Every not-ready pattern names one of these; the Spanish ones one of the second. */
const NOT_READY_HINT =
  /approv|ap+rv|aprob|lender|bank|banco|loan|mortgage|financ|letter|carta|prestam|pr[ée]stamo|cr[ée]dito|qual|calific|appl|credit|negaron|denied|declined|underwrit/;
const SPANISH_HINT = /aprob|efectivo|contado|cash/;
const NOT_YET = /\bnot\s+yet\b|(?<![\p{L}])(?:todav[íi]a|a[úu]n)\s+no(?![\p{L}])/gu;
const FINANCE_WORDS =
  /lender|bank|pre[\s-]?a?p+ro?v|mortgage|loan|financ|aprob|prestamista|pr[ée]stamo|banco/;
/** A cash offer wanted for their own home is a seller's wish, not a buyer's funds. */
const SELLERS_CASH =
  /\bcash\s+offer\s+(?:on|for)\s+(?:my|our)\b|\bcash\s+(?:out|back|flow|value)\b|\bcashflow\b/;

function matches(text: string, patterns: readonly RegExp[]): Span[] {
  const out: Span[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const clause = clauseAt(text, m.index + m[0].search(/\S/));
      if (!isQuestionClause(text.slice(clause.start, clause.end))) out.push(span);
    }
  }
  return out;
}

export interface Financing extends Reading {
  value: boolean | null;
}

/**
 * Financing: true for pre-approved, an approval letter or cash; false for not yet (waiting on the
 * letter, applying, no lender, pre-qualified only or "pre-qualified, not pre-approved": an estimate is
 * not a lender's commitment); null otherwise, pre-qualified alone included.
 */
export function extractPreApproved(message: Message): Financing {
  const text = message.masked;
  const notReady = NOT_READY_HINT.test(text) ? matches(text, NOT_READY) : [];
  if (FINANCE_WORDS.test(text)) notReady.push(...matches(text, [NOT_YET]));
  const sellersCash = SELLERS_CASH.test(text);
  const spanish = SPANISH_HINT.test(text) ? matches(text, LISTO) : [];
  const cash = /cash|efectivo|contado/.test(text) ? matches(text, [NO_LOAN]) : [];
  const waiting = notReady.filter((n) => !cash.some((c) => overlaps(n, c)));
  // "don't have financing lined up" denies what it names
  const readings = [...matches(text, READY), ...spanish];
  const denied = readings.filter((s) => negatedBefore(text, s.start, 3));
  const ready = [...readings.filter((s) => !denied.includes(s)), ...cash].filter(
    (s) => !waiting.some((n) => overlaps(n, s)) && !(sellersCash && /cash/.test(text.slice(s.start, s.end))),
  );
  notReady.splice(0, notReady.length, ...waiting, ...denied);
  const last = [...ready.map((s) => ({ s, v: true })), ...notReady.map((s) => ({ s, v: false }))].sort(
    (a, b) => b.s.start - a.s.start,
  )[0];
  if (!last) return { value: null, confidence: 0, spans: [] };
  const confidence = spanish.includes(last.s) ? CONFIDENCE.spanish : CONFIDENCE.explicit;
  return { value: last.v, confidence, spans: [last.s] };
}

const CASH = /\bcash\b|(?<![\p{L}])(?:efectivo|contado)(?![\p{L}])/u;
const NO_LOAN_ONCE = new RegExp(NO_LOAN.source, 'u');
/** Financing names no date: any instant reads the same. */
const ANY_TIME = DateTime.fromMillis(0, { zone: 'utc' });

/**
 * Whether the financing the text gives is cash ("paying cash", "all cash", "no financing needed",
 * "pago de contado"): a cash buyer is told back they pay cash, never that they are pre-approved.
 */
export function paysCash(text: string): boolean {
  const message = prepareMessage(text, ANY_TIME, 'UTC');
  const reading = extractPreApproved(message);
  const [span] = reading.spans;
  if (reading.value !== true || !span) return false;
  const said = message.masked.slice(span.start, span.end);
  return CASH.test(said) || NO_LOAN_ONCE.test(said);
}

/** Talk of a loan or pre-qualification marks a buyer even when the answer is null. */
export function mentionsBuyerFinancing(message: Message): boolean {
  return /\bpre[\s-]?(?:qual\w*|a?p+ro+v\w*)|\bdown\s+payment\b|pre[\s-]?(?:aprob|calific)|\benganche\b|\b(?:appl(?:y|ied|ying))\s+for\s+(?:a\s+)?(?:mortgage|home\s+loan)\b|\bfha\b|\bva\s+(?:loan|benefit|eligible)|\b(?:conventional|usda|jumbo)\s+loan|\b\d{1,2}\s?%\s+down\b/.test(
    message.masked,
  );
}
