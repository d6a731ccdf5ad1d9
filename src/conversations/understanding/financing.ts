import { isQuestionClause } from './question.js';
import { clauseAt, type Message, overlaps, type Span } from './text.js';

const APPROVAL = String.raw`(?:pre[\s-]?a?p{1,2}ro+v(?:ed|al)|preapproval|approved)`;

/** Approved, with a letter, or paying cash. */
const READY: readonly RegExp[] = [
  /\bpre[\s-]?a?p{1,2}ro+v(?:ed|al)\b/g,
  /\b(?:already|got|been|were|was|are|am|i'?m|we'?re|fully|loan\s+(?:is\s+)?)\s*approved\b|\bapproval letter\b|\bapproved for\b/g,
  /\blender\s+(?:says|said)\s+(?:i'?m|we'?re|we are|i am)\s+(?:good|approved|set)\b/g,
  /\b(?:financing|loan|mortgage)\s+(?:is\s+)?(?:lined up|in place|secured|approved|ready|all set)\b|\bhave\s+(?:our\s+|my\s+|the\s+)?financing\b/g,
  /\b(?:all[\s-]cash|(?:pay|paying|buy|buying|purchase|purchasing)\s+(?:with\s+|in\s+|all\s+)?cash|cash\s+(?:buyers?|purchase|deal)|(?:have|got)\s+(?:the\s+)?cash|in\s+cash|cash\s+offer)\b/g,
  /(?:^|[,.!;]\s*)(?:all\s+)?cash\s*(?=[,.!;]|$)/g,
];

/** Not yet: "not pre-approved", "need to talk to a lender", "haven't talked to a bank". */
const NOT_READY: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:not|no|haven'?t|havent|have not|never|hasn'?t|need to get|need to be|needs to get|working on|trying to get|getting|process of getting)\s+(?:\w+\s+){0,2}?${APPROVAL}\b`,
    'g',
  ),
  /\bpre[\s-]?approval\s+(?:expired|ran out)\b/g,
  /\b(?:need|needs|still need|looking for|find|get|recommend|recs? for|suggest)\s+(?:\w+\s+){0,3}?(?:lender|loan officer|mortgage broker|bank)\b/g,
  /\bhaven'?t\s+(?:talked|spoken|gone|been|reached out|met)\s+(?:to|with)\s+(?:a|the|any|my|our)\s+(?:bank|lender)\b|\bno\s+lender\b|\bdon'?t\s+have\s+(?:a\s+)?lender\b/g,
  /\b(?:need|needs|will need|'ll need|ll need)\s+(?:a\s+)?(?:mortgage|loan|financing)\b/g,
];
const NOT_YET = /\bnot\s+yet\b/g;
const FINANCE_WORDS = /lender|bank|pre[\s-]?a?p+rov|mortgage|loan|financ/;
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

/**
 * Financing: true for pre-approved, an approval letter or cash; false for not yet; null otherwise.
 * Pre-qualified alone is null: it is an estimate, not a lender's commitment, so the engine still asks.
 */
export function extractPreApproved(message: Message): boolean | null {
  const text = message.masked;
  const notReady = matches(text, NOT_READY);
  if (FINANCE_WORDS.test(text)) notReady.push(...matches(text, [NOT_YET]));
  const sellersCash = SELLERS_CASH.test(text);
  const ready = matches(text, READY).filter(
    (s) => !notReady.some((n) => overlaps(n, s)) && !(sellersCash && /cash/.test(text.slice(s.start, s.end))),
  );
  const last = [...ready.map((s) => ({ s, v: true })), ...notReady.map((s) => ({ s, v: false }))].sort(
    (a, b) => b.s.start - a.s.start,
  )[0];
  return last ? last.v : null;
}

/** Talk of a loan or pre-qualification marks a buyer even when the answer is null. */
export function mentionsBuyerFinancing(message: Message): boolean {
  return /\bpre[\s-]?(?:qual\w*|a?p+ro+v\w*)|\bdown\s+payment\b/.test(message.masked);
}
