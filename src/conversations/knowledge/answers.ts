import { DateTime } from 'luxon';
import { plain } from '../signals.js';
import { dollars } from '../wording.js';
import type { ListingFacts } from './knowledge.types.js';

/** What a question about a home asks, among the things a listing row can answer. */
export type ListingTopic =
  | 'status'
  | 'price'
  | 'rooms'
  | 'sqft'
  | 'hoa'
  | 'pets'
  | 'open_house'
  | 'link'
  | 'overview'
  /** Whether it can be rented: a listing is a home for sale. */
  | 'rent';

const TOPICS: readonly [ListingTopic, RegExp][] = [
  [
    'status',
    /\b(?:available|avail|still (?:for sale|on the market|listed|active|up)|sold|pending|under contract|off the market|taken|on the market|disponible|se vendi[óo]|vendida|bajo contrato|en venta)\b/,
  ],
  [
    'price',
    /\b(?:price|priced|cost|costs|asking|how much|list price|listed for|listed at|precio|cu[áa]nto (?:cuesta|vale|piden)|cuesta)\b/,
  ],
  [
    'rooms',
    /\b(?:bed(?:room)?s?|bdrms?|br|bath(?:room)?s?|ba|how many rooms|rec[áa]maras?|habitaciones|cuartos|dormitorios|baños)\b/,
  ],
  [
    'sqft',
    /\b(?:sq\.? ?ft|sqft|square (?:feet|foot|footage)|how big|how large|size|pies cuadrados|metros cuadrados|qu[ée] tan grande)\b/,
  ],
  ['hoa', /\b(?:hoa|association fees?|association dues|dues|cuota de (?:la )?asociaci[óo]n)\b/],
  // Answered from the team's pets policy when the listing has one; without it, the agent answers.
  ['pets', /\b(?:pets?|dogs?|cats?|pet[- ]friendly|animals?)\b/],
  ['open_house', /\b(?:open ?houses?|casa abierta)\b/],
  ['link', /\b(?:link|photos?|pictures?|pics|url|website|virtual tour)\b/],
  ['overview', /\b(?:tell me (?:more )?about|more info(?:rmation)?|any info|details|what can you tell me)\b/],
  [
    'rent',
    /\b(?:for rent|to rent|for lease|to lease|en renta|para rentar|se renta|en alquiler|para alquilar)\b/,
  ],
];

/**
 * Things people ask about a home that a listing row does not hold. A question naming one of them is
 * not answered with a summary of what the row does hold: it goes to the agent.
 */
const BEYOND_THE_ROW =
  /(?<![\p{L}])(?:pool|school|schools|tax|taxes|garage|parking|yard|lot|acre|acres|year built|built in|roof|hvac|ac|a\/c|basement|flood|insurance|utilities|neighbors?|crime|commute|offers?|multiple offers|seller|motivated|negotiable|repairs?|inspection|appraisal|furnished|washer|dryer|fireplace|view|solar|septic|well|survey|zoning|rent it out|airbnb|patio|backyard|deck|porch|fenced|fence|alberca|piscina|escuelas?|impuestos?|garaje|cochera|estacionamiento|terreno|jard[ií]n|techo|amueblad[ao]|lavadora|secadora|chimenea|vecinos?)(?![\p{L}])/u;

export function listingTopics(question: string): ListingTopic[] {
  const text = plain(question);
  return TOPICS.filter(([, pattern]) => pattern.test(text)).map(([topic]) => topic);
}

export const asksBeyondTheRow = (question: string): boolean => BEYOND_THE_ROW.test(plain(question));

/** The things beyond a listing row a text names ("pool", "taxes"): what only the agent can answer. */
export const beyondTheRow = (text: string): string[] => [
  ...new Set([...plain(text).matchAll(new RegExp(BEYOND_THE_ROW.source, 'gu'))].map((m) => m[0])),
];

export interface ListingAnswer {
  /** Sentences stating facts of the row; empty when the row cannot answer. */
  sentences: string[];
  /** The exact figures and names stated, for any rewording to keep. */
  facts: string[];
  /** Part of the question the row could not answer. */
  unanswered: boolean;
}

type Lang = 'en' | 'es';

const STATUS_SENTENCES: Record<Lang, Record<ListingFacts['status'], (address: string) => string>> = {
  en: {
    active: (a) => `${a} is still available.`,
    coming_soon: (a) => `${a} is coming soon.`,
    pending: (a) => `${a} is pending: it is under contract right now.`,
    sold: (a) => `${a} has sold.`,
    off_market: (a) => `${a} is off the market right now.`,
  },
  es: {
    active: (a) => `${a} sigue disponible.`,
    coming_soon: (a) => `${a} saldrá a la venta pronto.`,
    pending: (a) => `${a} está bajo contrato en este momento.`,
    sold: (a) => `${a} ya se vendió.`,
    off_market: (a) => `${a} no está en el mercado ahora.`,
  },
};

/** The sentences of an answer, in the lead's language: each restates a column of the row. */
const SENTENCES = {
  en: {
    price: (subject: string, price: string, sold: boolean) =>
      `${subject} ${sold ? 'was listed' : 'is listed'} at ${price}.`,
    rooms: (subject: string, rooms: string) => `${subject} has ${rooms}.`,
    size: (sqft: string) => `${sqft} sq ft`,
    sqft: (subject: string, size: string) => `${subject} is about ${size}.`,
    noHoa: (subject: string) => `${subject} has no HOA fee.`,
    hoa: (street: string | null, fee: string) => `The HOA ${street ? `at ${street} ` : ''}is ${fee}.`,
    perMonth: '/month',
    pets: (street: string, policy: string) => `Pets at ${street}: ${policy}`,
    openHouse: (street: string, when: string) => `Next open house at ${street}: ${when}.`,
    listedAt: (price: string) => `listed at ${price}`,
    availableAt: (street: string, price: string) => `${street} is still available at ${price}.`,
    details: (url: string) => `Details: ${url}`,
    forSale: (street: string, price: string | null) =>
      `${street} is for sale, not for rent${price ? `: it is listed at ${price}` : ''}.`,
    beds: (n: number) => `${n} bedroom${n === 1 ? '' : 's'}`,
    baths: (n: number) => `${n} bath${n === 1 ? '' : 's'}`,
    and: ' and ',
    it: 'It',
  },
  es: {
    price: (subject: string, price: string, sold: boolean) =>
      `${subject ? `${subject} ` : ''}${subject ? (sold ? 'estaba' : 'está') : sold ? 'Estaba' : 'Está'} listada en ${price}.`,
    rooms: (subject: string, rooms: string) => `${subject ? `${subject} tiene` : 'Tiene'} ${rooms}.`,
    size: (sqft: string) => `${sqft} pies cuadrados`,
    sqft: (subject: string, size: string) => `${subject ? `${subject} mide` : 'Mide'} unos ${size}.`,
    noHoa: (subject: string) => `${subject ? `${subject} no tiene` : 'No tiene'} cuota de HOA.`,
    hoa: (street: string | null, fee: string) =>
      `La cuota de HOA ${street ? `de ${street} ` : ''}es de ${fee}.`,
    perMonth: '/mes',
    pets: (street: string, policy: string) => `Mascotas en ${street}: ${policy}`,
    openHouse: (street: string, when: string) => `Próximo open house en ${street}: ${when}.`,
    listedAt: (price: string) => `listada en ${price}`,
    availableAt: (street: string, price: string) => `${street} sigue disponible en ${price}.`,
    details: (url: string) => `Detalles: ${url}`,
    forSale: (street: string, price: string | null) =>
      `${street} está a la venta, no en renta${price ? `: está listada en ${price}` : ''}.`,
    beds: (n: number) => `${n} recámara${n === 1 ? '' : 's'}`,
    baths: (n: number) => `${n} baño${n === 1 ? '' : 's'}`,
    and: ' y ',
    it: '',
  },
} as const;

function streetOf(listing: ListingFacts): string {
  return (listing.address.split(',')[0] ?? listing.address).trim();
}

function rooms(listing: ListingFacts, lang: Lang = 'en'): string | null {
  const words = SENTENCES[lang];
  const parts = [
    listing.beds !== null ? words.beds(listing.beds) : null,
    listing.baths !== null ? words.baths(listing.baths) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(words.and) : null;
}

function nextOpenHouse(listing: ListingFacts, now: Date, zone: string, lang: Lang): string | null {
  const next = listing.openHouses
    .map((o) => ({
      start: DateTime.fromISO(o.start, { setZone: true }).setZone(zone),
      end: DateTime.fromISO(o.end, { setZone: true }).setZone(zone),
    }))
    .filter((o) => o.start.isValid && o.end.isValid && o.end.toMillis() > now.getTime())
    .sort((a, b) => a.start.toMillis() - b.start.toMillis())[0];
  if (!next) return null;
  const hour = (d: DateTime) => d.toFormat(d.minute === 0 ? 'h a' : 'h:mm a');
  const day =
    lang === 'es'
      ? next.start.setLocale('es').toFormat("cccc d 'de' LLLL")
      : next.start.toFormat('ccc, LLL d');
  return `${day}, ${hour(next.start)}-${hour(next.end)}`;
}

/**
 * Answers a question about one listing from its row alone, in the lead's language. Every sentence
 * restates a column; a topic whose column is empty, or a question beyond what the row holds, is marked
 * unanswered for the agent.
 */
export function answerFromListing(
  listing: ListingFacts,
  question: string,
  context: { now: Date; zone: string; lang?: Lang | undefined },
): ListingAnswer {
  const lang = context.lang ?? 'en';
  const say = SENTENCES[lang];
  const statusOf = STATUS_SENTENCES[lang];
  const street = streetOf(listing);
  const topics = listingTopics(question);
  const sentences: string[] = [];
  // The first sentence names the home; the ones after it say "It" (in Spanish, nothing).
  const subject = () => (sentences.length === 0 ? street : say.it);
  const facts: string[] = [street];
  let unanswered = asksBeyondTheRow(question);
  const price = listing.price !== null ? dollars(listing.price) : null;
  const onSale = listing.status === 'active' || listing.status === 'coming_soon';
  const wanted = new Set<ListingTopic>(topics.length > 0 || unanswered ? topics : ['overview']);
  if (wanted.has('rent')) {
    // "Is it available for rent? How much a month?": the listing is a home for sale, with its price and
    // status; its availability and price are not a renter's.
    sentences.push(onSale ? say.forSale(street, price) : statusOf[listing.status](street));
    if (price && onSale) facts.push(price);
    for (const topic of ['status', 'price', 'rent'] as const) wanted.delete(topic);
  }

  // "Is it still available? What's the price?": one sentence says both, "12 Oak St is still available at $450,000."
  if (wanted.has('status') && wanted.has('price') && listing.status === 'active' && price) {
    sentences.push(say.availableAt(street, price));
    facts.push(price);
    wanted.delete('price');
  } else if (wanted.has('status')) sentences.push(statusOf[listing.status](street));
  if (wanted.has('price')) {
    if (price) {
      sentences.push(say.price(subject(), price, listing.status === 'sold'));
      facts.push(price);
    } else unanswered = true;
  }
  if (wanted.has('rooms')) {
    const text = rooms(listing, lang);
    if (text) sentences.push(say.rooms(subject(), text));
    else unanswered = true;
  }
  if (wanted.has('sqft')) {
    if (listing.sqft !== null) {
      const size = say.size(listing.sqft.toLocaleString('en-US'));
      sentences.push(say.sqft(subject(), size));
      facts.push(size);
    } else unanswered = true;
  }
  if (wanted.has('hoa')) {
    if (listing.hoa === 0) sentences.push(say.noHoa(subject()));
    else if (listing.hoa !== null) {
      const fee = `${dollars(listing.hoa)}${say.perMonth}`;
      sentences.push(say.hoa(sentences.length === 0 ? street : null, fee));
      facts.push(fee);
    } else unanswered = true;
  }
  if (wanted.has('pets')) {
    const policy = listing.petsPolicy?.trim();
    if (policy) {
      // The team's own words, stated as written.
      sentences.push(say.pets(street, /[.!?]$/.test(policy) ? policy : `${policy}.`));
      facts.push(policy);
    } else unanswered = true;
  }
  if (wanted.has('open_house')) {
    const when = nextOpenHouse(listing, context.now, listing.timeZone ?? context.zone, lang);
    if (when) {
      sentences.push(say.openHouse(street, when));
      facts.push(when);
    } else unanswered = true;
  }
  if (wanted.has('overview')) {
    const parts = [
      rooms(listing, lang),
      listing.sqft !== null ? say.size(listing.sqft.toLocaleString('en-US')) : null,
      price ? say.listedAt(price) : null,
    ].filter(Boolean);
    if (parts.length > 0) sentences.push(`${street}: ${parts.join(', ')}.`);
    if (listing.status !== 'active' || parts.length === 0) sentences.push(statusOf[listing.status](street));
    if (price) facts.push(price);
  }
  if (wanted.has('link') || wanted.has('overview')) {
    if (listing.url) {
      sentences.push(say.details(listing.url));
      facts.push(listing.url);
    } else if (wanted.has('link')) unanswered = true;
  }
  return { sentences, facts, unanswered };
}
