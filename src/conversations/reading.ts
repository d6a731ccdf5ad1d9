import { readInContext } from './contextual.js';
import type { InquiryContext, Profile, ProfileChange, Slot, TurnMessage } from './engine.types.js';
import { addressIn, hasStreetSuffix } from './knowledge/address.js';
import { applyProfileChanges, factsOf, profileChanges, type Reading } from './profile.js';
import type { Intent, Understanding } from './understanding/understanding.schema.js';

/** What the lead's texts of one turn say, taken together. */
export interface TurnReading {
  /** What the texts changed in the profile, in message order, each with the message it came from. */
  learned: ProfileChange[];
  questions: string[];
  wantsHuman: boolean;
  /** "Don't call me, text only": calls are off, texting goes on. */
  declinedCalls: boolean;
  /** The lead would rather not answer the pending question. */
  declined: boolean;
  text: string;
}

const UNDERSTOOD_FIELDS = [
  'intent',
  'timelineMonths',
  'budgetMin',
  'budgetMax',
  'preApproved',
  'beds',
  'baths',
  'areas',
  'propertyType',
  'requestedTime',
] as const;

function fromUnderstanding(u: Understanding): Reading {
  const reading: Record<string, unknown> = {};
  for (const field of UNDERSTOOD_FIELDS) {
    const value = u[field];
    if (value !== null && !(Array.isArray(value) && value.length === 0)) reading[field] = value;
  }
  return reading as Reading;
}

/**
 * A buyer who mentions selling (or the other way round) is doing both. Otherwise a known intent stands,
 * unless the lead is answering the question about it: a passing word ("our lease") does not turn a
 * buyer into a renter.
 */
function combinedIntent(
  known: Intent | undefined,
  said: Intent | undefined,
  answering: boolean,
): Intent | undefined {
  if (!said || !known || known === said) return said;
  const pair = new Set([known, said]);
  if (pair.has('buy') && pair.has('sell')) return 'both';
  if (pair.has('both') && !pair.has('rent')) return 'both';
  return answering ? said : known;
}

const LEAD_TYPE_INTENT = { buyer: 'buy', seller: 'sell', renter: 'rent' } as const;

/** What the lead source already told us and the profile lacks: the lead type, a seller's address. */
export function inquirySeeds(profile: Profile, inquiry: InquiryContext | null): ProfileChange[] {
  if (!inquiry) return [];
  const source = { messageId: `inquiry:${inquiry.id}`, at: inquiry.at };
  const seeds: ProfileChange[] = [];
  if (profile.intent === undefined && inquiry.leadType) {
    seeds.push({ field: 'intent', value: LEAD_TYPE_INTENT[inquiry.leadType], ...source });
  }
  const address = inquiry.property?.address;
  if (profile.propertyAddress === undefined && inquiry.leadType === 'seller' && address) {
    seeds.push({ field: 'propertyAddress', value: address, ...source });
  }
  return seeds;
}

/**
 * Reads the turn's texts in order. The first is read as the answer to the pending question; each
 * message's facts are applied before the next is read, so provenance names the message that said it.
 */
export function readTurn(props: {
  messages: readonly TurnMessage[];
  profile: Profile;
  pendingSlot: Slot | null;
}): TurnReading & { profile: Profile } {
  let profile = props.profile;
  const learned: ProfileChange[] = [];
  const questions: string[] = [];
  let wantsHuman = false;
  let declinedCalls = false;
  let declined = false;
  props.messages.forEach((message, index) => {
    const u = message.understanding;
    const pending = index === 0 ? props.pendingSlot : null;
    const contextual = readInContext(message.text, u, pending, profile.intent);
    const reading: Reading = { ...fromUnderstanding(u), ...contextual.reading };
    // A seller who texts a street address, asked or not, has told us which home it is.
    const sells =
      profile.intent === 'sell' || profile.intent === 'both' || u.intent === 'sell' || u.intent === 'both';
    if (sells && profile.propertyAddress === undefined && !reading.propertyAddress) {
      const address = addressIn(message.text);
      if (address && hasStreetSuffix(address)) reading.propertyAddress = address;
    }
    const intent = combinedIntent(profile.intent, reading.intent, pending === 'intent');
    if (intent) reading.intent = intent;
    const changes = profileChanges(profile, reading, { messageId: message.id, at: message.at });
    profile = factsOf(applyProfileChanges(profile, changes));
    learned.push(...changes);
    if (u.question) questions.push(u.question);
    wantsHuman ||= u.wantsHuman;
    declinedCalls ||= u.optOut?.channel === 'voice';
    declined ||= contextual.declined;
  });
  return {
    profile,
    learned,
    questions,
    wantsHuman,
    declinedCalls,
    declined,
    text: props.messages.map((m) => m.text).join('\n'),
  };
}
