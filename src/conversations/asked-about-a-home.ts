import { DateTime } from 'luxon';
import { extractPropertyType } from './understanding/property-type.js';
import { isQuestionClause, sentences } from './understanding/question.js';
import { extractRooms } from './understanding/rooms.js';
import { prepareMessage } from './understanding/text.js';

/**
 * Beds, baths and the kind of home a lead names only in asking about one home ("its 3 bed right?",
 * "is it a 4 bedroom?", "can we see the house on elm saturday?"): the reader keeps them as what the lead
 * is after, but saying them back ("Got it: 3 bedrooms.", "Got it: single-family.") would tell the lead a
 * fact about themselves when they asked about a house. The answer about the home is what replies to them.
 */

/** A subject that is one home: "it", "that one", "the house", a house number and street. */
const ONE_HOME =
  /\b(?:it|its|it's|this|that|this one|that one|the (?:house|home|place|property|listing|one))\b|\b\d{1,6}\s+(?!(?:bed|beds|bedrooms?|bath|baths|bathrooms?|car|cars|story|stories|acres?|sq|sqft|square|total|max|tops|or|and|for|in|to)\b)[a-z]{2,}/i;

function readOf(text: string) {
  if (!text) return { beds: null, baths: null, propertyType: null };
  const message = prepareMessage(text, DateTime.utc(), 'UTC');
  return { ...extractRooms(message), propertyType: extractPropertyType(message).value };
}

export type AskedOfAHome = 'beds' | 'baths' | 'propertyType';

/** The fields among beds, baths and the kind of home that the lead's words give only in a question about one home. */
export function askedOfAHome(said: string): Set<AskedOfAHome> {
  const parts = sentences(said);
  const asking = (s: string) => isQuestionClause(s) && ONE_HOME.test(s);
  const asked = readOf(parts.filter(asking).join(' '));
  const told = readOf(parts.filter((s) => !asking(s)).join(' '));
  const fields = new Set<AskedOfAHome>();
  for (const field of ['beds', 'baths', 'propertyType'] as const)
    if (asked[field] !== null && told[field] !== asked[field]) fields.add(field);
  return fields;
}
