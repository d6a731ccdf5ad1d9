import {
  clauseAt,
  DONE_WITH,
  type Message,
  negatedBefore,
  overlaps,
  overlapsAny,
  type Span,
  wordsBefore,
} from './text.js';
import type { PropertyType } from './understanding.schema.js';

interface Mention extends Span {
  type: PropertyType;
}

/** In order of precedence where two overlap ("mobile home" before "home", "townhouse" before "house"). */
const PATTERNS: readonly (readonly [PropertyType, RegExp])[] = [
  [
    'manufactured',
    /\b(?:mobile\s+homes?|(?<!\b(?:call|text|ring|on|to)\s+(?:the\s+)?)(?<=\b(?:a|an|the|older|newer|used|new|single|double)\s+)mobile(?=\s+(?:in|on|with|for|under|near|that|or|and)\b|\s*[,.!?]|\s*$)|mobiles(?=\s+(?:in|on|for|under|near)\b)|manufactured(?:\s+homes?)?|trailers?|double[\s-]?wides?|single[\s-]?wides?|modular\s+homes?|prefab(?:ricated)?(?:\s+homes?)?)\b/g,
  ],
  ['townhouse', /\b(?:town[\s-]?(?:house|home)s?|row[\s-]?(?:house|home)s?|brownstones?)\b/g],
  [
    'multi_family',
    /\b(?:duplex(?:es)?|triplex(?:es)?|four[\s-]?plex(?:es)?|4[\s-]?plex(?:es)?|quad(?:ru)?plex(?:es)?|multi[\s-]?family|multi[\s-]?unit|(?:2|3|4|two|three|four)[\s-]?units?(?=\s+(?:property|properties|building|home|house|place)|\s*(?:[,.;!]|$)))\b/g,
  ],
  [
    'single_family',
    /\b(?:single[\s-]?family(?:\s+(?:home|house|residence))?|sfh|sfr|detached\s+(?:home|house)|detached(?=\s*(?:[,.;!]|$|\s+(?:please|only|preferred|preferably|pls)\b))|(?<=\bno\s+)shared\s+walls|houses?|colonials?|bungalows?|craftsman|cottages?|farmhouses?|split[\s-]level|ranch[\s-]style(?:\s+(?:home|house))?|ranchers?|rambler|(?:bi|tri)[\s-]level|cape\s+cod|ranch\s+(?:home|house)s?|ranch(?=\s+(?:in|near|on|for|under|style)\b)|tudor|(?:patio|garden|zero[\s-]lot[\s-]line|starter|family)\s+homes?|zero[\s-]lot[\s-]line|single[\s-]stor(?:y|ey)|one[\s-]stor(?:y|ey)|homes?(?=[^.!?]{0,30}?\bwith\s+(?:a\s+)?(?:big|nice|fenced(?:[\s-]in)?|private|small|large|good)?\s*(?:yard|backyard)\b))\b/g,
  ],
  [
    'condo',
    /\b(?:condo(?:minium)?(?:'s|s)?|apartments?|apts?|lofts?|studios?(?=\s+(?:apartment|apt|condo|unit|for|in|downtown|near|close|under|$))|penthouses?|(?<=\b(?:\d\s?(?:br|bd|bed|bedroom)s?|studio|one[\s-]bed(?:room)?)\s+)flats?(?!\s+(?:fee|rate|roof|lot|land|yard|backyard|out)))\b/g,
  ],
  [
    'land',
    /\b(?:(?<!\b(?:we|i|they|you|he|she|plane|flight|should|will|to)\s+)land(?!\s+(?:at|around|in\s+\w+\s+at|tomorrow|tonight|on\s+\w+day))|lots?|acreage|acres?|parcels?|build(?:ing)?\s+(?:site|lot)s?|home\s?sites?|(?:hobby|small|working)\s+farms?|farmland|ranch(?:es)?(?=\s+(?:land|property|acreage))|(?:horse|cattle|working)\s+ranch(?:es)?|ranchland)\b/g,
  ],
  // Spanish; "casas" is a house when sought ("busco casas") or described ("casas de 5 cuartos"); one "casa"
  // names the house the text is about, wanted, sold or asked about ("vender mi casa", "ver la casa"), but not
  // home as a place ("en casa", "llego a casa"), one to be built on a lot, or one already bought
  [
    'manufactured',
    /(?<![\p{L}])(?:casas?\s+(?:m[óo]vil(?:es)?|prefabricadas?|rodantes?)|tr[áa]ilas?|tr[áa]ilers?)(?![\p{L}])/gu,
  ],
  ['townhouse', /(?<![\p{L}])casas?\s+adosadas?(?![\p{L}])/gu],
  ['multi_family', /(?<![\p{L}])(?:d[úu]plex|tr[íi]plex|cu[áa]druplex|fourplex|multifamiliar)(?![\p{L}])/gu],
  [
    'condo',
    /(?<![\p{L}])(?:departamentos?|apartamentos?|aptos?|depas?|deptos?|condominios?|condos?)(?![\p{L}])/gu,
  ],
  ['single_family', /(?<![\p{L}])casitas?(?![\p{L}])(?!\s+(?:de\s+hu[ée]spedes|atr[áa]s|en\s+el\s+patio))/gu],
  ['land', /(?<![\p{L}])(?:terrenos?|lotes?|hect[áa]reas?|ranchos?|fincas?|parcelas?|acres)(?![\p{L}])/gu],
  [
    'single_family',
    /(?<![\p{L}])(?:casas?\s+(?:sola|independiente|unifamiliar)s?|casas?\s+de\s+(?:un|una|dos|1|2)\s+(?:pisos?|plantas?|niveles?)|casas?(?=\s+(?:de|con)\s+(?:\d+|dos|tres|cuatro|cinco|seis)\s+(?:rec[áa]maras|cuartos|habitaciones|dormitorios))|(?<=(?:^|[,.;!?¿]\s*)|(?<!\bya\s+)(?:busco|buscamos|buscando|buscar|comprar|compramos|compro|quiero|queremos|necesito|necesitamos|rentar|alquilar|tienen|hay|mandando|mand[ae]n|mandarme|enviando|env[ií]en)\s+(?:(?:una|otra|alguna)\s+)?)casas?(?![\p{L}]))/gu,
  ],
  [
    'single_family',
    /(?<![\p{L}])(?:(?<!(?:^|[^\p{L}])(?:en|a|de|desde)\s+(?:(?:mi|su|tu|nuestra)\s+)?|construir\s+(?:\p{L}+\s+)?|\bya\s+compr\p{L}*\s+(?:\p{L}+\s+)?)casa|(?<=(?:^|[^\p{L}])en\s+)casa(?=\s+(?:nueva|propia)))(?![\p{L}])/gu,
  ],
];

/** "house" that is not a kind of home: "open house", "house hunting", "to house". */
const HOUSE_BEFORE = new Set(['open', 'guest', 'full', 'in', 'to', 'coffee', 'white', 'dog', 'club', 'pool']);
const HOUSE_AFTER = /^\s*(?:hunt\w*|hack\w*|payment|rules|party|sit\w*|plant|keeping|warming|of\b)/;
/** "a lot of", "thanks a lot!", "parking lot": not a plot of land. */
const LOT_AFTER =
  /^\s*(?:of|more|less|better|worse|nicer|bigger|smaller|cheaper|easier|with\s+(?:the|my|our|work|kids|everything)|going\s+on|on\s+(?:my|our)\s+plate|lately|right\s+now|[!.,?]|$)/;
/** Property already bought or sold is not what they are after. */
const PAST_DEALS = new Set(['bought', 'sold', 'purchased', 'closed', 'current', 'currently']);
/** A kind of home left behind is not what they are after: "done with trailer life", "nada de condos". */
const LEFT_BEFORE = /\b(?:done|through|finished)\s+with\s+(?:the\s+)?$|(?<![\p{L}])nada\s+de\s+$/u;

const SOLD_AFTER = /^\s+(?:(?:already|just|has|have|had|was|is|got|been)\s+)*(?:sold|bought|closed)\b/;

/** The home they rent now is not the one the text is about: "ended the lease at our apartment". */
function rentedNow(text: string, m: Mention): boolean {
  const clause = clauseAt(text, m.start);
  const words = text.slice(clause.start, clause.end);
  return (
    /\b(?:my|our)\s+(?:current\s+|old\s+)?$/.test(text.slice(Math.max(0, m.start - 20), m.start)) &&
    /\b(?:lease|renting|rent|landlord)\b/.test(words) &&
    !/\b(?:sell\w*|list\w*|rent\s+(?:it|out))\b/.test(words)
  );
}

function keep(text: string, m: Mention): boolean {
  const word = text.slice(m.start, m.end);
  const before = wordsBefore(text, m.start, 4);
  const after = text.slice(m.end, m.end + 20);
  if (/^houses?$/.test(word) && (HOUSE_BEFORE.has(before.at(-1) ?? '') || HOUSE_AFTER.test(after)))
    return false;
  if (/^lots?$/.test(word)) {
    const previous = before.at(-1) ?? '';
    if (previous === 'parking' || (word === 'lots' && /^\s*of\b/.test(after))) return false;
    if (previous === 'a' && LOT_AFTER.test(after)) return false;
  }
  if (before.some((w) => PAST_DEALS.has(w)) || SOLD_AFTER.test(after)) return false;
  if (LEFT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return false;
  // "quit sending lots", "no more condos": a kind they are done being sent
  if (DONE_WITH.test(text.slice(Math.max(0, m.start - 30), m.start))) return false;
  if (rentedNow(text, m)) return false;
  return !negatedBefore(text, m.start, 4);
}

/** "not picky", "any type", "all fine": no preference, however many types they name. */
const ANY_TYPE =
  /\b(?:not\s+picky|any\s+(?:type|kind)|all\s+(?:fine|good|ok)|(?:doesn'?t|does\s+not)\s+matter|open\s+to\s+(?:any|all)|whatever)\b/;

/**
 * "condo only" or "only a townhouse" wins; three kinds or more, or kinds with "not picky", are no
 * preference; alternatives ("a townhome or condo") name the first; otherwise the last mention wins.
 */
function choose(text: string, mentions: Mention[]): Mention | null {
  const only = mentions.find(
    (m) =>
      /^\s+only\b/.test(text.slice(m.end, m.end + 8)) || /\bonly\s+(?:an?\s+)?$/.test(text.slice(0, m.start)),
  );
  if (only) return only;
  const kinds = new Set(mentions.map((m) => m.type));
  if (kinds.size >= 3 || (kinds.size >= 2 && ANY_TYPE.test(text))) return null;
  let chosen: Mention | null = null;
  let previous: Mention | null = null;
  for (const m of mentions) {
    const between = previous ? text.slice(previous.end, m.start) : '';
    const alternative = previous && /^\s*,?\s*(?:or|\/|and\/or)\s+(?:a\s+|an\s+|two\s+|2\s+)?$/.test(between);
    if (!alternative) chosen = m;
    previous = m;
  }
  return chosen;
}

/** The kind of property; land, lots and acres count only when no building is named. */
export function extractPropertyType(
  message: Message,
  places: readonly Span[] = [],
): { value: PropertyType | null; spans: Span[] } {
  const text = message.masked;
  const mentions: Mention[] = [];
  for (const [type, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const mention = { type, start: m.index, end: m.index + m[0].length };
      if (!mentions.some((x) => overlaps(x, mention))) mentions.push(mention);
    }
  }
  const kept = mentions
    .filter((m) => keep(text, m) && !overlapsAny(m, places))
    .sort((a, b) => a.start - b.start);
  const buildings = kept.filter((m) => m.type !== 'land');
  const chosen = choose(text, buildings.length > 0 ? buildings : kept);
  return { value: chosen?.type ?? null, spans: chosen ? [chosen] : [] };
}
