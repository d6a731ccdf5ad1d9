/**
 * The rule layer of opt-out detection: each clause of a message is read by small verb-object rules,
 * one module per concern (`opt-out-rules.stop.ts`, `.list.ts`, `.line.ts`, `.hostile.ts`), over the
 * clauses and helpers of `opt-out-clauses.ts`; Spanish has its own (`opt-out-spanish.ts`).
 */

import type { OptOutChannel } from './data/opt-out-lexicon.js';
import {
  COMPLAINT_NEGATORS,
  CONTACT_WORDS,
  FILLERS,
  INTERJECTIONS,
  LIST_WORDS,
  OWN_LINES,
  SOFT_WORDS,
  TIME_WORDS,
} from './data/opt-out-lexicon.js';
import type { OptOut } from './keywords.js';
import {
  at,
  type Clause,
  clausesOf,
  DELIGHT,
  mergeChannels,
  negatorBefore,
  QUOTED_STOP,
  type Rule,
} from './opt-out-clauses.js';
import {
  asksToGoOn,
  otherObjectAt,
  pausedNotEnded,
  preferenceAmongHomes,
  stopByMistake,
} from './opt-out-lookalikes.js';
import { complaint, conditionalThreat, hostile, threatOrDismissal } from './opt-out-rules.hostile.js';
import { notMyNumber, someoneElsesLine, workPhone, wrongNumber } from './opt-out-rules.line.js';
import {
  ceaseAndDesist,
  consentDisputed,
  consentRevoked,
  doNotCallList,
  removeRequest,
  unsubscribe,
} from './opt-out-rules.list.js';
import { notWanted, prohibition, stopRequest } from './opt-out-rules.stop.js';
import { detectSpanishOptOut, spanishTimeLimited } from './opt-out-spanish.js';

/** A rule's revocation with the clause that raised it (message text: for the team's eyes, never logs). */
export interface RuleHit extends OptOut {
  trigger: string;
}

/**
 * Revocations found by rules, English then Spanish. Each clause of the message is read by small
 * verb-object rules with negation scope ("don't stop sending listings" is not a revocation) and time
 * limits ("don't call me before noon" is a preference, not a revocation).
 */
export function ruleOptOut(body: string): RuleHit | null {
  let found = null as RuleHit | null;
  // a work phone's channel follows the words around it: "this is my work phone, don't text it" is texts
  let workLine = false;
  let worded = null as OptOutChannel | null;
  const bareStopDoubtful = DELIGHT.test(body) || QUOTED_STOP.test(body);
  for (const clause of clausesOf(body)) {
    for (const rule of RULES) {
      const ruled = rule(clause);
      if (!ruled) continue;
      // a reason that names no channel of its own takes the one the message speaks of
      const hit = MENTIONED_CHANNEL.has(ruled.reason)
        ? { ...ruled, channel: channelNamed(body) ?? ruled.channel }
        : ruled;
      const named = hit.reason === 'work_phone' ? channelOf(clause) : isBareStop(clause) ? null : hit.channel;
      if (hit.reason === 'work_phone') workLine = true;
      if (named) worded = worded ? mergeChannels(worded, named) : named;
      if (bareStopDoubtful && hit.reason === 'stop_request' && isBareStop(clause)) continue;
      // "sorry I said stop, I was on the wrong thread": the word was sent, not meant
      if (hit.reason === 'stop_request' && reportedStop(clause) && stopByMistake(body)) continue;
      // "who said stop? not me": the word disowned
      if (hit.reason === 'stop_request' && reportedStop(clause) && disownedStop(clause)) continue;
      if (
        PAUSABLE.has(hit.reason) &&
        (pausedNotEnded(body, clause.join(' '), hit.channel) || preferenceAmongHomes(body))
      )
        continue;
      found = found
        ? { ...found, channel: mergeChannels(found.channel, hit.channel) }
        : { ...hit, trigger: clause.join(' ') };
    }
  }
  if (found && workLine) {
    const channel =
      worded ??
      channelAskedOfLine(body) ??
      channelRefused(body) ??
      detectSpanishOptOut(body)?.channel ??
      'all';
    return { ...found, channel };
  }
  if (found)
    return MENTIONED_CHANNEL.has(found.reason)
      ? { ...found, channel: channelNamed(body) ?? found.channel }
      : found;
  const spanish = detectSpanishOptOut(body);
  if (!spanish) return null;
  if (
    PAUSABLE.has(spanish.reason) &&
    (pausedNotEnded(body, spanish.trigger, spanish.channel) || preferenceAmongHomes(body))
  )
    return null;
  return { channel: spanish.channel, reason: spanish.reason, trigger: spanish.trigger };
}

/**
 * Reasons whose words do not name a channel themselves ("this is harassment", "I'll sue", "I never
 * signed up"): the channel is the one the message speaks of ("one more text and I'm filing a
 * complaint" is texts, "keep calling and you'll hear from my lawyer" calls), or the rule's own when it
 * names none.
 */
const MENTIONED_CHANNEL: ReadonlySet<string> = new Set([
  'hostile',
  'complaint',
  'threat',
  'consent_disputed',
  'do_not_call_list',
]);

export function channelNamed(body: string): OptOutChannel | null {
  let channel: OptOutChannel | null = null;
  for (const clause of clausesOf(body)) {
    // "texting is fine but no more calls": the channel kept is not the one refused
    if (clause.some((w) => KEPT_CHANNEL.has(w))) continue;
    const c = channelOf(clause);
    if (c) channel = channel ? mergeChannels(channel, c) : c;
  }
  return channel;
}

/** After a work phone is named, "don't text it": a request about that line, read as "this phone". */
function channelAskedOfLine(body: string): OptOutChannel | null {
  let channel: OptOutChannel | null = null;
  for (const clause of clausesOf(body)) {
    if (!clause.includes('it')) continue;
    const asLine = clause.flatMap((w) => (w === 'it' ? ['this', 'phone'] : [w]));
    for (const rule of RULES) {
      const hit = rule(asLine);
      if (hit && hit.reason !== 'work_phone' && !isBareStop(asLine))
        channel = channel ? mergeChannels(channel, hit.channel) : hit.channel;
    }
  }
  return channel;
}

/** "can't get personal texts on here", "no calls": the channel a negated clause refuses. */
function channelRefused(body: string): OptOutChannel | null {
  let channel: OptOutChannel | null = null;
  for (const clause of clausesOf(body)) {
    for (const [i, w] of clause.entries()) {
      const c = CONTACT_WORDS.get(w);
      if (!c || !clause.slice(Math.max(0, i - 4), i).some((x) => REFUSALS.has(x))) continue;
      channel = channel ? mergeChannels(channel, c) : c;
    }
  }
  return channel;
}
const REFUSALS: ReadonlySet<string> = new Set(['cant', 'dont', 'no', 'not', 'never', 'wont']);

/** The channel a clause's own words name ("you're texting my work cell" is texts), if any. */
function channelOf(clause: Clause): OptOutChannel | null {
  let channel: OptOutChannel | null = null;
  for (const [i, w] of clause.entries()) {
    const c = CONTACT_WORDS.get(w);
    // "I will contact my lawyer", "reach the FTC": someone else contacted, not us
    const whom = THEIR_SIDE.has(at(clause, i + 1)) ? at(clause, i + 2) : at(clause, i + 1);
    if ((c === 'all' && THEIR_SIDE.has(at(clause, i + 1))) || AUTHORITIES.has(whom)) continue;
    // "the do not call list" names a registry, not the calls
    if (at(clause, i - 1) === 'dont' && REGISTRIES.has(at(clause, i + 1))) continue;
    if (c && !OWN_LINES.has(w)) channel = channel ? mergeChannels(channel, c) : c;
  }
  return channel;
}
const REGISTRIES: ReadonlySet<string> = new Set(['list', 'lists', 'registry', 'register']);
const THEIR_SIDE: ReadonlySet<string> = new Set(['my', 'our', 'the', 'a', 'an']);
/** Whom a lead threatens to contact: "I'm calling my attorney", "I'll contact the FTC". */
const AUTHORITIES: ReadonlySet<string> = new Set([
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'ftc',
  'fcc',
  'police',
  'cops',
  'bbb',
]);
/** Words of a clause that keeps a channel: "texts are fine", "text only", "call instead". */
const KEPT_CHANNEL: ReadonlySet<string> = new Set([
  'fine',
  'ok',
  'okay',
  'only',
  'instead',
  'better',
  'prefer',
]);

/** Reasons a pause ("stop texting for now, still interested") may stand for; a wrong number never does. */
const PAUSABLE: ReadonlySet<string> = new Set(['stop_request', 'do_not_contact', 'not_wanted']);

/** "I said stop", "my son typed STOP": the word reported, as a request or as a slip. */
function reportedStop(clause: Clause): boolean {
  const i = clause.indexOf('stop');
  return (
    i > 0 && ['said', 'typed', 'sent', 'texted', 'wrote', 'replied', 'hit', 'put'].includes(at(clause, i - 1))
  );
}

/** "who said stop?", "wasn't me who said stop", "not me that typed stop": the sender denies it. */
function disownedStop(clause: Clause): boolean {
  const who = clause.findIndex((w) => w === 'who' || w === 'that');
  if (who < 0 || who + 2 !== clause.indexOf('stop')) return false;
  return who === 0 || (at(clause, who - 1) === 'me' && DISOWNING.has(at(clause, who - 2)));
}
const DISOWNING = new Set(['wasnt', 'not', 'aint', 'isnt', 'never']);

function isBareStop(clause: Clause): boolean {
  return (
    clause.includes('stop') && clause.every((w) => w === 'stop' || FILLERS.has(w) || INTERJECTIONS.has(w))
  );
}

/** Words that would raise an opt-out if they were not negated or used in another sense. */
const TRIGGERS = new Set([
  'stop',
  'unsubscribe',
  'optout',
  'remove',
  'cancel',
  'quit',
  'end',
  'block',
  'wrong',
  'take',
  'delete',
  'leave',
  'lose',
  'forget',
]);

/** Inflected triggers: "I do not want to be removed", "never unsubscribed", "I haven't blocked you". */
const INFLECTED_TRIGGER = /^(?:stopp|unsubscrib|remov|cancel|delet|block)/;
const isTrigger = (w: string): boolean => TRIGGERS.has(w) || INFLECTED_TRIGGER.test(w);

const COMPLAINERS = new Set(['you', 'people', 'guys', 'yall', 'they', 'texts', 'calls', 'messages']);

/** "stop by", "bus stop", "stop sign": stop as a place or a visit. */
const PLACE_AFTER_STOP = new Set(['by', 'at', 'in', 'over', 'off', 'back', 'on', 'sign', 'signs', 'light']);
const PLACE_BEFORE_STOP = new Set([
  'bus',
  'last',
  'first',
  'next',
  'one',
  'pit',
  'truck',
  'rest',
  'full',
  'our',
]);

/**
 * A clear look-alike: every trigger word in the message is negated ("I haven't unsubscribed", "don't
 * stop sending listings") or used in another sense ("stop by Saturday", "the bus stop"). The classifier
 * still runs; a high score overrides this to `uncertain`.
 */
/** "who is this?" alone asks for the answer the assistant owes, not to be left alone. */
const IDENTITY_QUESTION =
  /^\s*(?:(?:hi|hello|hey|um+|uh+)[\s,.!]*)?(?:who\s*(?:is|'s|’s|s)\s*this|who\s+are\s+you|who\s+is\s+(?:texting|messaging)\s+me|what\s+company\s+is\s+this)\s*[?.!]*\s*$/i;
/** "none of those (times work)": a refusal of the offered times, answered with others or a person. */
const OFFER_REFUSAL =
  /^\s*(?:no[,.!\s]*(?:thanks|thank\s+you)?[,.!\s]*)?(?:none|neither)(?:\s+of\s+(?:those|these|them|the))?(?:\s+(?:times?|days?|options?|slots?))?(?:\s+(?:work|works|will\s+work|fit|suit)(?:\s+for\s+(?:me|us))?)?\s*[.!?]*\s*$/i;

/** "how many baths", "is there an HOA": a question about a home or the process, not about our texts. */
const PROPERTY_QUESTION =
  /^\s*(?:(?:ok|okay|and|so|also|hi|hey)[\s,.!]+)*(?:how\s+(?:many|much|big|old|far|long|soon)|what(?:'s|s|\s+is|\s+are)?|when|where|which|is\s+there|are\s+there|does\s+(?:it|the|this|that)|do\s+(?:they|you\s+have)|is\s+(?:it|the|this|that)|can\s+(?:i|we)\s+(?:see|tour|view))\b/i;
const ABOUT_CONTACT =
  /\b(?:stop\w*|quit|text\w*|msg\w*|messag\w*|contact\w*|call\w*|unsub\w*|remov\w*|opt\w*|number|list|spam\w*|bother\w*|e-?mail\w*|leave|alone|harass\w*|block\w*|report\w*|sue|lawyer|attorney|wrong|who|part|times|interested)\b/i;

/** "I'm not saying stop", "no estoy diciendo que paren": the stop is denied, not asked. */
const NOT_ASKING_TO_STOP =
  /(?:^|[^\p{L}])(?:(?:i'?m|i\s+am|im)\s+not\s+(?:saying|asking)(?:\s+(?:you|u))?(?:\s+to)?\s+(?:stop|unsubscribe)|no\s+(?:estoy\s+diciendo|digo|estoy\s+pidiendo|pido|les\s+pido|te\s+pido)\s+que\s+(?:paren|pares|dejen|dejes|me\s+borren|me\s+quiten))(?![\p{L}])/iu;
/** "get me a human", "can I talk to a real person": a handoff asked for, not an end to contact. */
const ASKS_FOR_A_PERSON =
  /\b(?:(?:get|give|put)\s+me\s+(?:through\s+to\s+)?|(?:talk|speak|chat)\s+(?:to|with)\s+)(?:a\s+|an\s+|some\s+)?(?:real\s+|actual\s+|live\s+)?(?:human|person|agent|realtor|somebody|someone)\b/i;
const ABOUT_STOPPING =
  /\b(?:stop\w*|quit|unsub\w*|remov\w*|opt\w*|spam\w*|leave|alone|harass\w*|block\w*|report\w*|sue|lawyer|attorney|wrong|delete|lose|dont|don't|do\s+not|never|no\s+more)\b/i;

/** "ya no busco en Hialeah", "pare de buscar en otro lado", "quit looking in Mesa": the search moves, not the texts. */
const SEARCH_MOVED =
  /(?:^|[^\p{L}])(?:ya\s+no\s+busc\w*|dej\w*\s+de\s+busc\w*|par\w*\s+de\s+busc\w*|(?:stop\w*|quit)\s+(?:looking|searching))\s+(?:en|in|por|around)(?![\p{L}])/iu;
/** "no es número equivocado, soy yo": a wrong number denied, as "not a wrong number" is in English. */
const WRONG_NUMBER_DENIED = /(?:^|[^\p{L}])no\s+es\s+(?:un\s+|el\s+)?n[uú]mero\s+equivocado(?![\p{L}])/iu;

export function ruleKeep(body: string): { trigger: string } | null {
  if (
    IDENTITY_QUESTION.test(body) ||
    SEARCH_MOVED.test(body) ||
    WRONG_NUMBER_DENIED.test(body) ||
    OFFER_REFUSAL.test(body) ||
    NOT_ASKING_TO_STOP.test(body) ||
    (ASKS_FOR_A_PERSON.test(body) && !ABOUT_STOPPING.test(body)) ||
    preferenceAmongHomes(body) ||
    (PROPERTY_QUESTION.test(body) && !ABOUT_CONTACT.test(body) && body.length <= 160)
  )
    return { trigger: body.trim().slice(0, 160) };
  let trigger: string | null = null;
  const bareStopDoubtful = DELIGHT.test(body) || QUOTED_STOP.test(body);
  if (spanishTimeLimited(body)) trigger = body.trim().slice(0, 160);
  for (const t of clausesOf(body)) {
    if (timeLimitedProhibition(t)) trigger ??= t.join(' ');
    if (statesAWish(t)) trigger ??= t.join(' ');
    // "please keep sending them", "STOP was my son, by mistake", "stop for now, still interested": a
    // lead who wants the texts, now or later
    if (
      asksToGoOn(body) ||
      (stopByMistake(body) && t.includes('stop')) ||
      pausedNotEnded(body, t.join(' '))
    ) {
      trigger ??= t.join(' ');
      continue;
    }
    // "no more open houses for us": what they are done with is not the texts
    if (t.some((w, i) => w === 'no' && otherObjectAt(t, i))) trigger ??= t.join(' ');
    for (let i = 0; i < t.length; i++) {
      if (!isTrigger(at(t, i))) continue;
      // an inflected trigger keeps only when negated ("I do NOT want to be removed"); "I'd appreciate it if
      // you stopped texting me" asks
      if (!TRIGGERS.has(at(t, i)) && negatorBefore(t, i) === null) continue;
      // "did you stop texting me?", "if I say stop…", "stop, you're too kind", '"stop" is what my kid typed'
      const before = t.slice(0, i);
      const asked =
        before.some((w) => w === 'if' || w === 'unless') ||
        before.slice(-4).some((w) => w === 'did' || w === 'does');
      if (asked || (bareStopDoubtful && isBareStop(t))) {
        trigger ??= t.join(' ');
        continue;
      }
      const negator = negatorBefore(t, i);
      // "you never stop texting" complains; "I never said stop" keeps.
      const complaint =
        negator !== null &&
        ((COMPLAINT_NEGATORS.has(negator) &&
          before.slice(0, before.lastIndexOf(negator)).some((w) => COMPLAINERS.has(w))) ||
          COMPLAINERS.has(at(t, before.lastIndexOf(negator) - 1))); // "you guys don't quit"
      const negated = negator !== null && !complaint;
      const place =
        at(t, i) === 'stop' && (PLACE_AFTER_STOP.has(at(t, i + 1)) || PLACE_BEFORE_STOP.has(at(t, i - 1)));
      // "why'd I stop getting the new listings": the lead's own receiving stopped, and they ask why
      const receipt =
        ['stop', 'stopped'].includes(at(t, i)) &&
        ['i', 'we'].includes(at(t, i - 1)) &&
        ['getting', 'receiving'].includes(at(t, i + 1));
      if (receipt) {
        trigger ??= t.join(' ');
        continue;
      }
      // "stop renting", "quit my job", "stop the bidding war": another activity, not the texts
      if (!negated && !place && !otherObjectAt(t, i)) return null;
      trigger ??= t.join(' ');
    }
  }
  return trigger ? { trigger } : null;
}

/**
 * "not Kyle anymore, we want Buda", "we need 3 bedrooms": a clause that says what they want, with no
 * contact, stop or refusal in it, is a lead still searching.
 */
function statesAWish(t: Clause): boolean {
  const k = ['i', 'we', 'were', 'im'].includes(at(t, 0)) ? 1 : -1;
  if (k < 0) return false;
  const verb = at(t, k) === 'really' || at(t, k) === 'still' ? k + 1 : k;
  const wish =
    ['want', 'need', 'prefer'].includes(at(t, verb)) ||
    (at(t, verb) === 'looking' && at(t, verb + 1) === 'for');
  const refusing = t.some(
    (w) =>
      CONTACT_WORDS.has(w) ||
      LIST_WORDS.has(w) ||
      isTrigger(w) ||
      [
        'no',
        'not',
        'nothing',
        'dont',
        'you',
        'u',
        'alone',
        'out',
        'off',
        'be',
        'to',
        'it',
        'this',
        'peace',
        'quiet',
        'privacy',
        'space',
      ].includes(w),
  );
  return wish && !refusing;
}

/** "Don't text me before 9 am", "no calls during work": when, not whether. */
function timeLimitedProhibition(t: Clause): boolean {
  for (let k = 0; k < t.length; k++) {
    if (!['dont', 'never', 'no', 'not'].includes(at(t, k))) continue;
    let j = k + 1;
    while (SOFT_WORDS.has(at(t, j)) || at(t, j) === 'to') j++;
    if (CONTACT_WORDS.has(at(t, j)) && t.slice(j).some((w) => TIME_WORDS.has(w))) return true;
  }
  return false;
}

const RULES: readonly Rule[] = [
  workPhone,
  notMyNumber,
  threatOrDismissal,
  conditionalThreat,
  doNotCallList,
  ceaseAndDesist,
  consentRevoked,
  consentDisputed,
  wrongNumber,
  someoneElsesLine,
  removeRequest,
  unsubscribe,
  stopRequest,
  prohibition,
  notWanted,
  hostile,
  complaint,
];
