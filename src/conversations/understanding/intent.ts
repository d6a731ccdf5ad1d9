import { CONFIDENCE, type Reading } from './confidence.js';
import type { Budget } from './money.js';
import { clauseAt, type Message, negatedBefore, type Span, wordsBefore } from './text.js';
import type { Intent, PropertyType } from './understanding.schema.js';

export interface IntentEvidence {
  budget: Budget;
  propertyType: PropertyType | null;
  /** Where the kind of home was named: a wanting word before it ("nos interesa un condo") is buying. */
  propertySpans?: readonly Span[];
  hasRooms: boolean;
  /** Pre-approval, a lender, cash or a down payment were spoken of. */
  financing: boolean;
}

const BUY =
  /\b(?:buy|buying|buyers?|home\s?buyers?|homebuying|purchas(?:e|ing)|house[\s-]?hunting|home[\s-]?hunting|home search|in the market for|investment propert(?:y|ies)|as an investment|investors?|house[\s-]?hack\w*|(?:want|wanna|ready|planning|plan|hoping|hope|time)\s+to\s+own|(?:become|becoming|be)\s+(?:first[\s-]time\s+)?home\s?owners?|(?:stop|done|tired of|sick of|quit)\s+(?:paying\s+)?rent(?:ing)?)\b/g;
/** "looking for a townhouse", "need a 2 bedroom condo", "we'd like to see homes". */
const WANTS_PROPERTY =
  /\b(?:looking (?:for|at|to find)|searching for|shopping for|hunting for|interested in|want(?:ing)?|need(?:ing)?|would like|'d like|find(?:ing)?)\s+((?:[\w'/.+-]+\s+){0,6}?)(?:houses?|homes?|condo\w*|town\s?(?:house|home)s?|propert(?:y|ies)|land|lots?|acreage|acres|duplex\w*|fourplex\w*|triplex\w*|multi[\s-]?family|single[\s-]family|sfh|mobile homes?|lofts?|home\s?sites?|ranch(?:es)?|farms?|farmland|fixer[\s-]?uppers?|starter homes?|investment propert(?:y|ies)|manufactured homes?)\b/g;
const NOT_WANTED_GAP =
  /\b(?:sell|selling|list|listing|rent|rental|renting|lease|leasing|my|our|his|her|their)\b/;
const SELL =
  /\b(?:sell|selling|(?:thinking|think|considering|consider|planning|ready|about)\s+(?:of\s+|about\s+|on\s+)?listing(?!\s+(?:on|at|you|that|link|price|agent))|sale of (?:my|our)|to list|list(?:ing)? (?:my|our|the|it)|put (?:it|(?:my|our|the) (?:house|home|place|condo|townhouse|townhome)) (?:on the market|up for sale)|up for sale|cma|home value|value estimate|what'?s? (?:my|our) (?:house|home|place|condo|property|townhome|townhouse) worth|(?:house|home|place|condo) is worth|how much (?:could|can|would|will) (?:i|we) get for|what (?:would|could|can|will) (?:i|we) get for|what (?:i|we) (?:would|could|can|might) get for|offer (?:on|for) (?:my|our) (?:house|home|place|condo|property)|(?:i'?m|we'?re|i am|we are) (?:a )?sellers?|(?:photos?|pictures?|pics|video|measurements|staging)\s+(?:for|of)\s+(?:the|our|my)\s+listing|listing\s+(?:photos|pictures|pics|agreement|paperwork|contract|appointment)|(?:sign|signed|signing)\s+the\s+listing)\b/g;
const BOTH =
  /\b(?:downsiz\w*|upsiz\w*|upgrad\w* to a (?:bigger|larger)|move[\s-]up buyers?|trad(?:e|ing) up)\b/g;
/** Moving away from where they live now: with a home to sell, they will buy or rent where they go. */
const RELOCATING =
  /\b(?:relocat\w*|transferr?(?:ed|ing)\s+(?:to|for)|(?:moving|move|moved)\s+(?:to|across|back\s+to|out\s+of\s+state|overseas|abroad|closer\s+to)\b)|(?<![\p{L}])(?:mud(?:arnos|amos|aremos|[áa]ndonos)|nos\s+vamos|nos\s+cambiamos)\s+(?:a|para)\s+(?!las?\s+\d)/gu;
const RENT =
  /(?:^|[,.;!?]\s*)(?:looking\s+(?:at\s+)?)?renting\s+(?=an?\s|in\s)|\b(?:(?:to|for|want|need|looking to|can|like to|might|may|will|'ll|would|could|gonna|plan to|planning to)\s+(?:rent|lease)\b(?!\s+(?:it|out|our|my))|\b(?:interested\s+in|thinking\s+(?:of|about)|open\s+to)\s+(?:renting|leasing)\b(?!\s+(?:it|out|our|my))|(?<!\b(?:our|my|the)\s+)rentals?\b(?!\s+propert)|(?:how much|what) is (?:the )?rent\b|rent (?:on|for) (?:the|that|this)\b|(?<!\b(?:my|our)\s+)leasing\s+(?:office|agent|center|consultant)|(?<!\b(?:my|our)\s+)(?:rental|lease|rent)\s+application|(?:apply|applying|applied)\s+(?:for|to)\s+(?:the|an?|that|this)\s+(?:apartment|unit|rental|lease)|application\s+fee|security\s+deposit)/g;
/** "want something in gilbert", "looking for a place under 500k": a home sought, named by where or how much. */
const SEEKS_ANOTHER =
  /\b(?:looking\s+for|searching\s+for|want(?:ing)?|need(?:ing)?|would\s+like|'d\s+like|find(?:ing)?)\s+(?:something|somewhere|a\s+(?:new\s+|bigger\s+|smaller\s+)?place)\s+(?:(?:new|bigger|smaller|closer)\s+)?(?:in|near|around|under|below|closer|with|by)\b/g;
const UNDECIDED =
  /\b(?:not\s+sure|don'?t\s+know|haven'?t\s+decided|undecided|can'?t\s+decide)\s+(?:yet\s+)?(?:if|whether)\b|(?<![\p{L}])(?:no\s+s[ée]\s+si|no\s+(?:hemos\s+)?decid\p{L}*|sin\s+decidir)(?![\p{L}])|\bundecided\b/u;
const LOOKING =
  /\blooking\s+(?:for|at|in)\b|\b(?:still|keep|continue|stop)\s+looking\b|\bsee\s+homes\b|(?<![\p{L}])(?:busco|buscamos|buscando)(?![\p{L}])/u;

/** Spanish: "busco casa", "quiero comprar", "queremos vender nuestra casa", "rentar un depa". */
const HOME_ES =
  '(?:casas?|hogar|departamentos?|apartamentos?|depas?|condominios?|terrenos?|lotes?|propiedad(?:es)?|townhouses?|inmuebles?|houses?|homes?|place|condos?|apartments?)';
const COMPRAR = new RegExp(
  String.raw`(?<![\p{L}])(?:comprar|compro|compramos|comprando|compraremos|comprar[ée]|comprador(?:a|es|as)?|busco|buscamos|buscando|buscar|quiero|queremos|necesito|necesitamos)\s+(?:(?:una?|mi|nuestra|nuestro|la|el|otra?)\s+)?(?:(?!vend|rent|alquil|sell|list)\p{L}+\s+){0,1}?${HOME_ES}(?![\p{L}])|(?<![\p{L}])(?:comprar|compro|compramos|comprando|compraremos|comprar[ée]|comprador(?:a|es|as)?)(?![\p{L}])|(?<![\p{L}])(?:tienen|tiene|hay)\s+(?:\p{L}+\s+){0,3}?en\s+venta(?![\p{L}])`,
  'gu',
);
const VENDER =
  /(?<![\p{L}])(?:vender|vendo|vendemos|vendiendo|venderla|venderlo|vendedor(?:a|es|as)?|poner\s+(?:mi|nuestra)\s+casa\s+en\s+venta|cu[áa]nto\s+vale\s+(?:mi|nuestra))(?![\p{L}])/gu;
const RENTAR =
  /(?<![\p{L}])(?:(?:necesito|necesitamos|quiero|queremos|busco|buscamos)\s+(?:to\s+)?rent|rentar|alquilar|arrendar|rento|alquilo|busco\s+(?:renta|alquiler)|en\s+renta|(?<!contrato\s)de\s+renta|para\s+rentar)(?![\p{L}])(?!\s+(?:la\s+otra|una\s+parte|la\s+mitad|el\s+otro|parte))/gu;

/** A wanting word before the kind of home, in either language: "need a mobile", "queremos un townhome". */
const WANTS_BEFORE_TYPE =
  /(?:\b(?:looking\s+(?:for|at|to\s+(?:buy|find|get))|searching\s+for|shopping\s+for|interested\s+in|want(?:ing|s)?|wanna|need(?:ing|s)?|would\s+like|'d\s+like)\b|(?<![\p{L}])(?:quiero|queremos|quisiera|quisiéramos|busco|buscamos|buscando|necesito|necesitamos|ocupo|ocupamos|(?:nos|me)\s+interesa(?:n)?|interesad[oa]s?\s+en)(?![\p{L}]))(?:(?!\b(?:but|pero)\b)[^.!?;,])*$/u;
/** Renting words before a kind of home: "looking for an apartment to rent" is no purchase. */
const RENT_NEAR = /\b(?:rent\w*|leas\w*)\b|(?<![\p{L}])(?:rent\p{L}*|alquil\p{L}*|arrend\p{L}*)(?![\p{L}])/u;

function wantsKindOfHome(text: string, spans: readonly Span[]): Span[] {
  return spans.filter((span) => {
    const clause = clauseAt(text, span.start);
    const before = text.slice(Math.max(clause.start, span.start - 60), span.start);
    const around = text.slice(clause.start, clause.end);
    return (
      WANTS_BEFORE_TYPE.test(before) &&
      !NOT_WANTED_GAP.test(
        before.replace(/^.*?\b(?:want|need|looking|busc|quier|queremos|necesit|interes)/u, ''),
      ) &&
      !RENT_NEAR.test(around) &&
      !negatedVerb(text, span.start)
    );
  });
}

/** Between a negation and a verb, words that turn it back: "NOT giving up on buying", "not ready to list yet". */
const UNDONE = /\b(?:giv(?:e|ing)\s+up|stop(?:ping)?|quit(?:ting)?|ready)\b/;
const DEFERRED = /\b(?:yet|until|till|til)\b|(?<![\p{L}])todav[íi]a(?![\p{L}])/u;

/**
 * Whether a negation governs the verb at i: "not buying or selling" negates both; "NOT giving up on
 * buying" and "not ready to list yet" (a later sale) do not deny it.
 */
function negatedVerb(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 60), i);
  const negated =
    negatedBefore(text, i, 4) ||
    (/(?:\bor|\bnor|(?<![\p{L}])(?:ni|o))\s+$/u.test(before) && negatedBefore(text, i, 7));
  if (!negated) return false;
  const clause = clauseAt(text, i);
  const gap = text.slice(Math.max(clause.start, i - 40), i);
  if (/\bready\b/.test(gap)) return !DEFERRED.test(text.slice(clause.start, clause.end));
  return !UNDONE.test(gap);
}

/** Whether they deny it outright: "I'm not looking to sell". */
function denied(text: string, pattern: RegExp): boolean {
  return [...text.matchAll(pattern)].some((m) => negatedVerb(text, m.index));
}

/** Where it is said and not negated: "not buying or selling" negates both verbs. */
function said(text: string, pattern: RegExp, accept: (m: RegExpExecArray) => boolean = () => true): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    if (negatedVerb(text, m.index)) continue;
    if (accept(m)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export interface IntentReading extends Reading {
  value: Intent | null;
}

const TO_RENT_AFTER = /^\s*(?:to|for)\s+(?:rent|lease)\b/;
const NONE: IntentReading = { value: null, confidence: 0, spans: [] };

/**
 * Buy, sell, both or rent, from what they say they will do: a purchase verb, a home they are looking
 * for, a price budget with what they want, or financing mean buying; a home of theirs to list or value
 * means selling; downsizing, or both at once, is both; renting is rent only when nothing else is said.
 */
export function extractIntent(message: Message, evidence: IntentEvidence): IntentReading {
  const text = message.masked;
  const priceBudget =
    !evidence.budget.monthly && (evidence.budget.min !== null || evidence.budget.max !== null);
  const described = evidence.hasRooms || evidence.propertyType !== null || LOOKING.test(text);
  const rentEs = said(text, RENTAR);
  // "ya compramos casa": already bought, not buying
  const buyEs =
    rentEs.length > 0 ? [] : said(text, COMPRAR, (m) => !/(?<![\p{L}])ya\s+$/u.test(text.slice(0, m.index)));
  const buySaid = [
    ...said(text, BUY),
    // "looking for a house to rent" is renting
    ...said(
      text,
      WANTS_PROPERTY,
      (m) => !NOT_WANTED_GAP.test(m[1] ?? '') && !TO_RENT_AFTER.test(text.slice(m.index + m[0].length)),
    ),
    ...buyEs,
  ];
  const sellEn = denied(text, SELL)
    ? []
    : said(text, SELL, (m) => wordsBefore(text, m.index, 1)[0] !== 'from');
  const sellEs = denied(text, VENDER) ? [] : said(text, VENDER);
  const sell = [...sellEn, ...sellEs];
  if (buySaid.length === 0 && sell.length === 0 && rentEs.length === 0 && said(text, RENT).length === 0)
    buySaid.push(...wantsKindOfHome(text, evidence.propertySpans ?? []));
  // a price beside a home they sell is its asking price, not a buyer's budget
  const buyImplied =
    buySaid.length === 0 && ((priceBudget && described && sell.length === 0) || evidence.financing);
  const buy = buySaid.length > 0 || buyImplied;
  const spanish = (spans: Span[], es: Span[]) =>
    spans.every((s) => es.includes(s)) ? CONFIDENCE.spanish : CONFIDENCE.explicit;
  // "no sé si comprar o rentar", "haven't decided whether to sell or rent": no intent yet
  if (UNDECIDED.test(text)) {
    const options = [[...buySaid, ...said(text, COMPRAR)], sell, [...said(text, RENT), ...rentEs]];
    if (options.filter((o) => o.length > 0).length >= 2) return NONE;
  }
  const both = said(text, BOTH);
  if (both.length > 0) return { value: 'both', confidence: CONFIDENCE.explicit, spans: both };
  // "selling our 3/2 in tempe and want something in gilbert": another home sought beside the one sold
  const another = sell.length > 0 && !buy ? said(text, SEEKS_ANOTHER) : [];
  if (another.length > 0)
    return { value: 'both', confidence: CONFIDENCE.inferred, spans: [...sell, ...another] };
  if (buy && sell.length > 0) {
    const spans = [...buySaid, ...sell];
    const confidence = buyImplied ? CONFIDENCE.inferred : spanish(spans, [...buyEs, ...sellEs]);
    return { value: 'both', confidence, spans };
  }
  // "relocating for work, need to sell our house first": selling here, settling somewhere else
  const relocating = said(text, RELOCATING);
  if (sell.length > 0 && relocating.length > 0 && !denied(text, BUY) && !denied(text, COMPRAR))
    return { value: 'both', confidence: CONFIDENCE.inferred, spans: [...sell, ...relocating] };
  if (sell.length > 0) return { value: 'sell', confidence: spanish(sell, sellEs), spans: sell };
  if (buySaid.length > 0) return { value: 'buy', confidence: spanish(buySaid, buyEs), spans: buySaid };
  if (buyImplied) return { value: 'buy', confidence: CONFIDENCE.inferred, spans: [] };
  const rent = [...said(text, RENT), ...rentEs];
  if (rent.length > 0) return { value: 'rent', confidence: spanish(rent, rentEs), spans: rent };
  const monthly = evidence.budget.monthly && evidence.budget.max !== null;
  return monthly ? { value: 'rent', confidence: CONFIDENCE.inferred, spans: evidence.budget.spans } : NONE;
}
