import { DateTime } from 'luxon';
import { isQuestionClause } from './understanding/question.js';
import { extractRooms } from './understanding/rooms.js';
import { prepareMessage } from './understanding/text.js';

/**
 * Beds and baths a lead names only in asking about one home ("its 3 bed right?", "is it a 4 bedroom?",
 * "does 12 oak have 2 baths"): the reader keeps them as what the lead is after, but saying them back
 * ("Got it: 3 bedrooms.") would tell the lead a fact about themselves they asked about a house. The
 * answer about the home is what replies to them.
 */

/** A subject that is one home: "it", "that one", "the house", a house number and street. */
const ONE_HOME =
  /\b(?:it|its|it's|this|that|this one|that one|the (?:house|home|place|property|listing|one))\b|\b\d{1,6}\s+(?!(?:bed|beds|bedrooms?|bath|baths|bathrooms?|car|cars|story|stories|acres?|sq|sqft|square|total|max|tops|or|and|for|in|to)\b)[a-z]{2,}/i;

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

const roomsOf = (text: string) =>
  text ? extractRooms(prepareMessage(text, DateTime.utc(), 'UTC')) : { beds: null, baths: null };

/** The fields among beds and baths that the lead's words give only in a question about one home. */
export function roomsAskedOfAHome(said: string): Set<'beds' | 'baths'> {
  const parts = sentences(said);
  const asking = (s: string) => isQuestionClause(s) && ONE_HOME.test(s);
  const asked = roomsOf(parts.filter(asking).join(' '));
  const told = roomsOf(parts.filter((s) => !asking(s)).join(' '));
  const fields = new Set<'beds' | 'baths'>();
  if (asked.beds !== null && told.beds !== asked.beds) fields.add('beds');
  if (asked.baths !== null && told.baths !== asked.baths) fields.add('baths');
  return fields;
}
