import { onDayAsked } from './carried-day.js';
import {
  answerToCheck,
  checkOf,
  confirmedChanges,
  doubtfulFields,
  slotOf,
  splitReading,
  withoutDenial,
  withoutFields,
} from './checks.js';
import { readInContext } from './contextual.js';
import type {
  FactCheck,
  InquiryContext,
  Profile,
  ProfileChange,
  ProfileField,
  Slot,
  TurnMessage,
} from './engine.types.js';
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
  /** Facts read with too little confidence to state: to be asked back ("Just to check: ...?"). */
  doubt: FactCheck | null;
  /** How the lead answered the check asked last turn, if one was pending. */
  checkAnswer: 'yes' | 'no' | null;
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

/** The reading as the rules made it: the fields only the model read left empty. */
function rulesOnly(u: Understanding, modelRead: readonly ProfileField[] = []): Understanding {
  if (modelRead.length === 0) return u;
  const ruled: Record<string, unknown> = { ...u };
  for (const field of modelRead) ruled[field] = field === 'areas' ? [] : null;
  return ruled as unknown as Understanding;
}

/** The reading without the slots of `fields` (either end of a budget covers both). */
function withoutSlots(reading: Reading, fields: readonly ProfileField[]): Reading {
  const slots = new Set(fields.map(slotOf));
  return Object.fromEntries(
    Object.entries(reading).filter(([field]) => !slots.has(slotOf(field as ProfileField))),
  ) as Reading;
}

/** Words that put an area beside the one known rather than in its place. */
const ADDING =
  /\b(?:also|too|as well|plus|in addition|still|another|other|others|more|besides|either|both|what about|how about|tambi[ée]n|adem[áa]s|otr[ao]s?)\b|\?/;

/**
 * "looking at georgetown" after a form that said Austin: with one area known and another named in its
 * place, with no word that adds it and no question, the lead moved the search.
 */
function redirectsArea(text: string, known: readonly string[] | undefined, said: readonly string[]) {
  if (known?.length !== 1 || said.length === 0) return false;
  const keys = new Set(known.map((area) => area.toLowerCase()));
  return !said.some((area) => keys.has(area.toLowerCase())) && !ADDING.test(text.toLowerCase());
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
 * Reads the turn's texts in order. The first is read as the answer to the pending question (or to the
 * pending check: a yes stores the checked facts as the lead stated them); each message's facts are
 * applied before the next is read, so provenance names the message that said it. Facts read with too
 * little confidence are not applied: they come back as `doubt`, to be asked.
 */
export function readTurn(props: {
  messages: readonly TurnMessage[];
  profile: Profile;
  pendingSlot: Slot | null;
  check?: FactCheck | null;
}): TurnReading & { profile: Profile } {
  let profile = props.profile;
  const learned: ProfileChange[] = [];
  const questions: string[] = [];
  let wantsHuman = false;
  let declinedCalls = false;
  let declined = false;
  let doubt: FactCheck | null = null;
  let checkAnswer: 'yes' | 'no' | null = null;
  const apply = (changes: ProfileChange[]) => {
    profile = factsOf(applyProfileChanges(profile, changes));
    learned.push(...changes);
  };
  props.messages.forEach((message, index) => {
    const u = message.understanding;
    const source = { messageId: message.id, at: message.at };
    let pending = index === 0 ? props.pendingSlot : null;
    let text = message.text;
    if (index === 0 && props.check) {
      checkAnswer = answerToCheck(message.text);
      if (checkAnswer === 'yes') apply(confirmedChanges(props.check, profile));
      // A yes or no answers the check, not the question behind it; "no, 350k" still corrects it.
      if (checkAnswer === 'yes' || (checkAnswer === 'no' && pending === 'preApproved')) pending = null;
      if (checkAnswer === 'no') text = withoutDenial(text);
    }
    // The answer to the question asked is read as the rules read the text: a value only the model read
    // neither stops it nor is asked back once the lead's own answer settles that field.
    const contextual = readInContext(text, rulesOnly(u, message.modelRead), pending, profile.intent);
    const split = splitReading(fromUnderstanding(u), doubtfulFields(u));
    const { sure } = split;
    const doubtful = withoutSlots(split.doubt, Object.keys(contextual.reading) as ProfileField[]);
    const reading: Reading = { ...sure, ...contextual.reading };
    // "11 works for me" after "can I see it Saturday?": the hour is on the day already asked for.
    if (reading.requestedTime)
      reading.requestedTime = onDayAsked(
        reading.requestedTime,
        message.text,
        profile.requestedTime,
        message.at,
      );
    // A seller who texts a street address, asked or not, has told us which home it is.
    const sells =
      profile.intent === 'sell' ||
      profile.intent === 'both' ||
      reading.intent === 'sell' ||
      reading.intent === 'both';
    if (sells && profile.propertyAddress === undefined && !reading.propertyAddress) {
      const address = addressIn(message.text);
      if (address && hasStreetSuffix(address)) reading.propertyAddress = address;
    }
    const intent = combinedIntent(profile.intent, reading.intent, pending === 'intent');
    if (intent) reading.intent = intent;
    const replaceAreas = redirectsArea(text, profile.areas, reading.areas ?? []);
    apply(profileChanges(profile, reading, source, { replaceAreas }));
    doubt = withoutFields(doubt, Object.keys(reading));
    const raised = checkOf(doubtful, profile, source, message.modelRead);
    if (raised) {
      const kept = withoutFields(
        doubt,
        raised.changes.map((c) => c.field),
      );
      doubt = kept ? { ...raised, changes: [...kept.changes, ...raised.changes], slot: kept.slot } : raised;
    }
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
    doubt,
    checkAnswer,
    text: props.messages.map((m) => m.text).join('\n'),
  };
}
