import type { TurnMessage } from '../engine.types.js';
import { analyze } from '../understanding/analyze.js';
import { addressKey, addressTokens } from './address.js';
import type { ListingFacts } from './knowledge.types.js';

const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text with each listing named by its house number and street but no suffix ("12 oak") spelled out
 * as its street ("12 Oak St"), so the number reads as an address, not as an hour.
 */
export function spellOutListings(text: string, listings: readonly ListingFacts[]): string {
  let spelled = text;
  for (const listing of listings) {
    const key = addressKey(listing.address);
    if (key.number === null || key.streetWords.length === 0) continue;
    const street = listing.address.split(',')[0]?.trim() ?? listing.address;
    const named = new RegExp(
      `\\b${literal(key.number)}\\s+${key.streetWords.map(literal).join('\\s+')}\\b(?:\\s+([A-Za-z]+)\\b)?`,
      'gi',
    );
    spelled = spelled.replace(named, (whole, next: string | undefined) => {
      // Already followed by its suffix ("12 Oak St"): read as written.
      if (next && addressTokens(street).includes(addressTokens(next)[0] ?? '')) return whole;
      return next ? `${street} ${next}` : street;
    });
  }
  return spelled;
}

/**
 * "is 12 oak still available?", "can i see 12 oak tmrw at 10": a listing's house number is no time to
 * meet. When a text names a listing without its suffix, the time it asks for is read again from the text
 * with the listing spelled out; the rest of the reading stands.
 */
export function withListingNumbersRead(
  message: TurnMessage,
  listings: readonly ListingFacts[],
  tz: string,
): TurnMessage {
  const u = message.understanding;
  if (!u.requestedTime) return message;
  const spelled = spellOutListings(message.text, listings);
  if (spelled === message.text) return message;
  const again = analyze(spelled, { now: new Date(message.at), tz });
  const confidence = { ...u.confidence };
  if (again.confidence.requestedTime === undefined) delete confidence.requestedTime;
  else confidence.requestedTime = again.confidence.requestedTime;
  return {
    ...message,
    understanding: { ...u, requestedTime: again.requestedTime, confidence },
  };
}
