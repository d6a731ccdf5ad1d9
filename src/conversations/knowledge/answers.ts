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
  | 'overview';

const TOPICS: readonly [ListingTopic, RegExp][] = [
  [
    'status',
    /\b(?:available|still (?:for sale|on the market|listed|active|up)|sold|pending|under contract|off the market|taken|on the market)\b/,
  ],
  ['price', /\b(?:price|priced|cost|costs|asking|how much|list price|listed for|listed at)\b/],
  ['rooms', /\b(?:bed(?:room)?s?|bdrms?|br|bath(?:room)?s?|ba|how many rooms)\b/],
  ['sqft', /\b(?:sq\.? ?ft|sqft|square (?:feet|foot|footage)|how big|how large|size)\b/],
  ['hoa', /\b(?:hoa|association fees?|association dues|dues)\b/],
  // Answered from the team's pets policy when the listing has one; without it, the agent answers.
  ['pets', /\b(?:pets?|dogs?|cats?|pet[- ]friendly|animals?)\b/],
  ['open_house', /\bopen ?houses?\b/],
  ['link', /\b(?:link|photos?|pictures?|pics|url|website|virtual tour)\b/],
  ['overview', /\b(?:tell me (?:more )?about|more info(?:rmation)?|any info|details|what can you tell me)\b/],
];

/**
 * Things people ask about a home that a listing row does not hold. A question naming one of them is
 * not answered with a summary of what the row does hold: it goes to the agent.
 */
const BEYOND_THE_ROW =
  /\b(?:pool|school|schools|tax|taxes|garage|parking|yard|lot|acre|acres|year built|built in|roof|hvac|ac|a\/c|basement|flood|insurance|utilities|neighbors?|crime|commute|offers?|multiple offers|seller|motivated|negotiable|repairs?|inspection|appraisal|furnished|washer|dryer|fireplace|view|solar|septic|well|survey|zoning|rent it out|airbnb)\b/;

export function listingTopics(question: string): ListingTopic[] {
  const text = plain(question);
  return TOPICS.filter(([, pattern]) => pattern.test(text)).map(([topic]) => topic);
}

export const asksBeyondTheRow = (question: string): boolean => BEYOND_THE_ROW.test(plain(question));

/** The things beyond a listing row a text names ("pool", "taxes"): what only the agent can answer. */
export const beyondTheRow = (text: string): string[] => [
  ...new Set([...plain(text).matchAll(new RegExp(BEYOND_THE_ROW.source, 'g'))].map((m) => m[0])),
];

export interface ListingAnswer {
  /** Sentences stating facts of the row; empty when the row cannot answer. */
  sentences: string[];
  /** The exact figures and names stated, for any rewording to keep. */
  facts: string[];
  /** Part of the question the row could not answer. */
  unanswered: boolean;
}

const STATUS_SENTENCES: Record<ListingFacts['status'], (address: string) => string> = {
  active: (a) => `${a} is still available.`,
  coming_soon: (a) => `${a} is coming soon.`,
  pending: (a) => `${a} is pending: it is under contract right now.`,
  sold: (a) => `${a} has sold.`,
  off_market: (a) => `${a} is off the market right now.`,
};

function streetOf(listing: ListingFacts): string {
  return (listing.address.split(',')[0] ?? listing.address).trim();
}

function rooms(listing: ListingFacts): string | null {
  const parts = [
    listing.beds !== null ? `${listing.beds} bedroom${listing.beds === 1 ? '' : 's'}` : null,
    listing.baths !== null ? `${listing.baths} bath${listing.baths === 1 ? '' : 's'}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' and ') : null;
}

function nextOpenHouse(listing: ListingFacts, now: Date, zone: string): string | null {
  const next = listing.openHouses
    .map((o) => ({
      start: DateTime.fromISO(o.start, { setZone: true }).setZone(zone),
      end: DateTime.fromISO(o.end, { setZone: true }).setZone(zone),
    }))
    .filter((o) => o.start.isValid && o.end.isValid && o.end.toMillis() > now.getTime())
    .sort((a, b) => a.start.toMillis() - b.start.toMillis())[0];
  if (!next) return null;
  const hour = (d: DateTime) => d.toFormat(d.minute === 0 ? 'h a' : 'h:mm a');
  return `${next.start.toFormat('ccc, LLL d')}, ${hour(next.start)}-${hour(next.end)}`;
}

/**
 * Answers a question about one listing from its row alone. Every sentence restates a column; a topic
 * whose column is empty, or a question beyond what the row holds, is marked unanswered for the agent.
 */
export function answerFromListing(
  listing: ListingFacts,
  question: string,
  context: { now: Date; zone: string },
): ListingAnswer {
  const street = streetOf(listing);
  const topics = listingTopics(question);
  const sentences: string[] = [];
  // The first sentence names the home; the ones after it say "It".
  const subject = () => (sentences.length === 0 ? street : 'It');
  const facts: string[] = [street];
  let unanswered = asksBeyondTheRow(question);
  const price = listing.price !== null ? dollars(listing.price) : null;
  const wanted = new Set<ListingTopic>(topics.length > 0 || unanswered ? topics : ['overview']);

  if (wanted.has('status')) sentences.push(STATUS_SENTENCES[listing.status](street));
  if (wanted.has('price')) {
    if (price) {
      sentences.push(`${subject()} ${listing.status === 'sold' ? 'was listed' : 'is listed'} at ${price}.`);
      facts.push(price);
    } else unanswered = true;
  }
  if (wanted.has('rooms')) {
    const text = rooms(listing);
    if (text) sentences.push(`${subject()} has ${text}.`);
    else unanswered = true;
  }
  if (wanted.has('sqft')) {
    if (listing.sqft !== null) {
      const size = `${listing.sqft.toLocaleString('en-US')} sq ft`;
      sentences.push(`${subject()} is about ${size}.`);
      facts.push(size);
    } else unanswered = true;
  }
  if (wanted.has('hoa')) {
    if (listing.hoa === 0) sentences.push(`${subject()} has no HOA fee.`);
    else if (listing.hoa !== null) {
      const fee = `${dollars(listing.hoa)}/month`;
      sentences.push(`The HOA ${sentences.length === 0 ? `at ${street} ` : ''}is ${fee}.`);
      facts.push(fee);
    } else unanswered = true;
  }
  if (wanted.has('pets')) {
    const policy = listing.petsPolicy?.trim();
    if (policy) {
      // The team's own words, stated as written.
      sentences.push(`Pets at ${street}: ${/[.!?]$/.test(policy) ? policy : `${policy}.`}`);
      facts.push(policy);
    } else unanswered = true;
  }
  if (wanted.has('open_house')) {
    const when = nextOpenHouse(listing, context.now, listing.timeZone ?? context.zone);
    if (when) {
      sentences.push(`Next open house at ${street}: ${when}.`);
      facts.push(when);
    } else unanswered = true;
  }
  if (wanted.has('overview')) {
    const parts = [
      rooms(listing),
      listing.sqft !== null ? `${listing.sqft.toLocaleString('en-US')} sq ft` : null,
      price ? `listed at ${price}` : null,
    ].filter(Boolean);
    if (parts.length > 0) sentences.push(`${street}: ${parts.join(', ')}.`);
    if (listing.status !== 'active' || parts.length === 0)
      sentences.push(STATUS_SENTENCES[listing.status](street));
    if (price) facts.push(price);
  }
  if (wanted.has('link') || wanted.has('overview')) {
    if (listing.url) {
      sentences.push(`Details: ${listing.url}`);
      facts.push(listing.url);
    } else if (wanted.has('link')) unanswered = true;
  }
  return { sentences, facts, unanswered };
}
