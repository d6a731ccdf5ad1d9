import type { InquiryProperty } from '../engine.types.js';
import { plain } from '../signals.js';
import { addressKey, addressTokens } from './address.js';
import type { FaqFacts, ListingFacts } from './knowledge.types.js';

const alnum = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Words that point at the home the lead asked about without naming it. */
const DEICTIC =
  /\b(?:it|its|it's|this|that|the (?:house|home|property|place|listing|one|condo|townhouse|unit))\b/;

/** A listing named in the text: by MLS number, else by house number and street name. */
export function listingNamedIn(text: string, listings: readonly ListingFacts[]): ListingFacts | null {
  const tokens = new Set(
    text
      .split(/[^A-Za-z0-9-]+/)
      .map(alnum)
      .filter((t) => t.length >= 5),
  );
  const byMls = listings.find((l) => l.mlsNumber && tokens.has(alnum(l.mlsNumber)));
  if (byMls) return byMls;

  const words = new Set(addressTokens(text));
  const numbered: { listing: ListingFacts; named: number }[] = [];
  const streetOnly: ListingFacts[] = [];
  for (const listing of listings) {
    const key = addressKey(listing.address);
    const named = key.streetWords.filter((w) => words.has(w)).length;
    if (named === 0) continue;
    if (key.number !== null && words.has(key.number)) numbered.push({ listing, named });
    else if (named === key.streetWords.length) streetOnly.push(listing);
  }
  numbered.sort((a, b) => b.named - a.named);
  if (numbered[0]) return numbered[0].listing;
  // A street name alone ("the Oak St one") names a listing only when no other is on that street.
  return streetOnly.length === 1 ? (streetOnly[0] ?? null) : null;
}

/**
 * Every listing a text names ("are 34 pine ave and 7 lakeview dr still for sale?"), in the order the
 * text names them: each clause between "and", commas and "or" is read on its own.
 */
export function listingsNamedIn(text: string, listings: readonly ListingFacts[]): ListingFacts[] {
  const found: ListingFacts[] = [];
  for (const clause of text.split(/,|;|\band\b|\bor\b|&|\by\b/i)) {
    const listing = listingNamedIn(clause, listings);
    if (listing && !found.includes(listing)) found.push(listing);
  }
  return found;
}

function sameStreetAddress(a: string, b: string): boolean {
  const [x, y] = [addressKey(a), addressKey(b)];
  return x.number !== null && x.number === y.number && x.streetWords.join(' ') === y.streetWords.join(' ');
}

/** The listing of the lead's own inquiry (the portal listing they asked about), if it is in the knowledge base. */
export function inquiryListing(
  inquiry: InquiryProperty | null,
  listings: readonly ListingFacts[],
): ListingFacts | null {
  if (!inquiry) return null;
  if (inquiry.mlsNumber) {
    const mls = alnum(inquiry.mlsNumber);
    const found = listings.find((l) => l.mlsNumber && alnum(l.mlsNumber) === mls);
    if (found) return found;
  }
  const address = inquiry.address;
  if (!address) return null;
  return listings.find((l) => sameStreetAddress(l.address, address)) ?? null;
}

export const pointsAtAHome = (text: string): boolean => DEICTIC.test(plain(text));

const STOPWORDS = new Set(
  'a an the is are was were be do does did can could would will should i we you it its this that to of in on for at and or my our your me us what whats how when where which who any there have has if about with'.split(
    ' ',
  ),
);

const stem = (word: string) => word.replace(/(?:'s|s)$/, '');

function words(text: string): string[] {
  return plain(text)
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .map(stem);
}

function containsPhrase(haystack: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= haystack.length; i += 1) {
    for (let j = 0; j < phrase.length; j += 1) if (haystack[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The FAQ entry a question is about. With keywords, any keyword (a word or phrase) in the question
 * matches, the entry with the most keyword words winning. Without, most of the entry's own question's
 * words must be in the lead's.
 */
export function matchFaq(question: string, faqs: readonly FaqFacts[]): FaqFacts | null {
  return scoreFaqs(question, faqs)?.faq ?? null;
}

/**
 * "do we have to pay you guys?", "what do you charge us": asking what the team costs is asking about its
 * fee, whatever word the team's FAQ keywords use for it ("fee").
 */
const ASKS_THE_FEE =
  /\b(?:pay (?:you|your|y'?all|u|the agent|an agent)|charge (?:us|me|buyers?)|cost (?:us|me) (?:to|anything)|how much do (?:you|u) (?:charge|get paid))\b/;

/** The best FAQ entry for a question with its score (see `matchFaq`), as the dashboard's preview shows it. */
export function scoreFaqs<F extends FaqFacts>(
  question: string,
  faqs: readonly F[],
): { faq: F; score: number } | null {
  const asked = words(ASKS_THE_FEE.test(plain(question)) ? `${question} fee` : question);
  const askedSet = new Set(asked);
  let best: { faq: F; score: number } | null = null;
  for (const faq of faqs) {
    let score = 0;
    if (faq.keywords.length > 0) {
      for (const keyword of faq.keywords) {
        const phrase = words(keyword);
        if (containsPhrase(asked, phrase)) score += phrase.length;
      }
    } else {
      const own = [...new Set(words(faq.question).filter((w) => !STOPWORDS.has(w)))];
      const shared = own.filter((w) => askedSet.has(w)).length;
      if (own.length >= 2 && shared / own.length >= 0.6) score = shared;
    }
    if (score > 0 && (!best || score > best.score)) best = { faq, score };
  }
  return best;
}
