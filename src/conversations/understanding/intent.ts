import type { Budget } from './money.js';
import { type Message, negatedBefore, wordsBefore } from './text.js';
import type { Intent, PropertyType } from './understanding.schema.js';

export interface IntentEvidence {
  budget: Budget;
  propertyType: PropertyType | null;
  hasRooms: boolean;
  /** Pre-approval, a lender, cash or a down payment were spoken of. */
  financing: boolean;
}

const BUY =
  /\b(?:buy|buying|buyers?|purchas(?:e|ing)|house[\s-]?hunting|home[\s-]?hunting|home search|in the market for|investment propert(?:y|ies)|as an investment|investors?|house[\s-]?hack\w*)\b/g;
/** "looking for a townhouse", "need a 2 bedroom condo", "we'd like to see homes". */
const WANTS_PROPERTY =
  /\b(?:looking (?:for|at|to find)|searching for|shopping for|hunting for|interested in|want(?:ing)?|need(?:ing)?|would like|'d like|find(?:ing)?)\s+((?:[\w'/.+-]+\s+){0,6}?)(?:houses?|homes?|condo\w*|town\s?(?:house|home)s?|propert(?:y|ies)|land|lots?|acreage|duplex\w*|fourplex\w*|triplex\w*|multi[\s-]?family|single[\s-]family|sfh|mobile homes?)\b/g;
const NOT_WANTED_GAP =
  /\b(?:sell|selling|list|listing|rent|rental|renting|lease|leasing|my|our|his|her|their)\b/;
const SELL =
  /\b(?:sell|selling|sale of (?:my|our)|to list|list(?:ing)? (?:my|our|the|it)|put (?:it|(?:my|our|the) (?:house|home|place|condo|townhouse|townhome)) (?:on the market|up for sale)|up for sale|cma|home value|value estimate|what'?s? (?:my|our) (?:house|home|place|condo|property|townhome|townhouse) worth|(?:house|home|place|condo) is worth|how much (?:could|can|would|will) (?:i|we) get for|what (?:would|could|can|will) (?:i|we) get for|offer (?:on|for) (?:my|our) (?:house|home|place|condo|property)|(?:i'?m|we'?re|i am|we are) (?:a )?sellers?)\b/g;
const BOTH =
  /\b(?:downsiz\w*|upsiz\w*|upgrad\w* to a (?:bigger|larger)|move[\s-]up buyers?|trad(?:e|ing) up)\b/g;
const RENT =
  /\b(?:(?:to|for|want|need|looking to|can|like to)\s+(?:rent|lease)\b(?!\s+(?:it|out|our|my))|rentals?\b(?!\s+propert)|(?:how much|what) is (?:the )?rent\b|rent (?:on|for) (?:the|that|this)\b)/g;
const LOOKING = /\blooking\s+(?:for|at|in)\b|\bsee\s+homes\b/;

/** Whether they deny it outright: "I'm not looking to sell". */
function denied(text: string, pattern: RegExp): boolean {
  return [...text.matchAll(pattern)].some((m) => negatedBefore(text, m.index, 3));
}

function said(text: string, pattern: RegExp, accept: (m: RegExpExecArray) => boolean = () => true): boolean {
  for (const m of text.matchAll(pattern)) {
    if (negatedBefore(text, m.index, 3)) continue;
    if (accept(m)) return true;
  }
  return false;
}

/**
 * Buy, sell, both or rent, from what they say they will do: a purchase verb, a home they are looking
 * for, a price budget with what they want, or financing mean buying; a home of theirs to list or value
 * means selling; downsizing, or both at once, is both; renting is rent only when nothing else is said.
 */
export function extractIntent(message: Message, evidence: IntentEvidence): Intent | null {
  const text = message.masked;
  const priceBudget =
    !evidence.budget.monthly && (evidence.budget.min !== null || evidence.budget.max !== null);
  const described = evidence.hasRooms || evidence.propertyType !== null || LOOKING.test(text);
  const buy =
    said(text, BUY) ||
    said(text, WANTS_PROPERTY, (m) => !NOT_WANTED_GAP.test(m[1] ?? '')) ||
    (priceBudget && described) ||
    evidence.financing;
  const sell = !denied(text, SELL) && said(text, SELL, (m) => wordsBefore(text, m.index, 1)[0] !== 'from');
  if (said(text, BOTH) || (buy && sell)) return 'both';
  if (sell) return 'sell';
  if (buy) return 'buy';
  const monthly = evidence.budget.monthly && evidence.budget.max !== null;
  return said(text, RENT) || monthly ? 'rent' : null;
}
