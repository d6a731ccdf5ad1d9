import type { OptOutChannel } from './data/opt-out-lexicon.js';
import {
  ANNOYANCE_WORDS,
  AUTHORITIES,
  BASE_FORMS,
  BEFORE_BARE_STOP,
  CLAUSE_LEVEL_HOSTILE,
  COMPLAINT_NEGATORS,
  CONDITIONALS,
  CONSENT_WORDS,
  CONTACT_WORDS,
  DISPUTE_REST,
  FILLERS,
  GAVE_WRONG,
  HOSTILE_PAIRS,
  HOSTILE_WORDS,
  INTERJECTIONS,
  JOINS,
  LIST_DETERMINERS,
  LIST_WORDS,
  LOSE_VERBS,
  MODAL_CHAIN,
  NEGATION_GAP,
  NEGATORS,
  NEW_CLAUSE_AFTER_STOP,
  NO_FORM_OK,
  OBJECT_OK,
  OWN_LINES,
  PERSONAL_DATA,
  PLURAL_CONTACT,
  REMOVE_VERBS,
  REVOKE_VERBS,
  SENDABLE,
  SOFT_WORDS,
  STATEMENT_SUBJECTS,
  STOP_DETERMINERS,
  STOP_VERBS,
  TAKE_VERBS,
  TELL_VERBS,
  THIRD_PARTIES,
  TIME_WORDS,
  TYPOS,
  WANT_GAP,
  WANT_VERBS,
  WRONG_TARGETS,
} from './data/opt-out-lexicon.js';
import type { OptOut } from './keywords.js';
import { detectSpanishOptOut, spanishTimeLimited } from './opt-out-spanish.js';

type Clause = readonly string[];
type Rule = (t: Clause) => OptOut | null;

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
  const bareStopDoubtful = DELIGHT.test(body) || QUOTED_STOP.test(body);
  for (const clause of clausesOf(body)) {
    for (const rule of RULES) {
      const hit = rule(clause);
      if (!hit) continue;
      if (bareStopDoubtful && hit.reason === 'stop_request' && isBareStop(clause)) continue;
      found = found
        ? { ...found, channel: mergeChannels(found.channel, hit.channel) }
        : { ...hit, trigger: clause.join(' ') };
    }
  }
  if (found) return found;
  const spanish = detectSpanishOptOut(body);
  return spanish ? { channel: spanish.channel, reason: spanish.reason, trigger: spanish.trigger } : null;
}

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
export function ruleKeep(body: string): { trigger: string } | null {
  let trigger: string | null = null;
  const bareStopDoubtful = DELIGHT.test(body) || QUOTED_STOP.test(body);
  if (spanishTimeLimited(body)) trigger = body.trim().slice(0, 160);
  for (const t of clausesOf(body)) {
    if (timeLimitedProhibition(t)) trigger ??= t.join(' ');
    for (let i = 0; i < t.length; i++) {
      if (!TRIGGERS.has(at(t, i))) continue;
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
        ((COMPLAINT_NEGATORS.has(negator) && before.some((w) => COMPLAINERS.has(w))) ||
          COMPLAINERS.has(at(t, before.lastIndexOf(negator) - 1))); // "you guys don't quit"
      const negated = negator !== null && !complaint;
      const place =
        at(t, i) === 'stop' && (PLACE_AFTER_STOP.has(at(t, i + 1)) || PLACE_BEFORE_STOP.has(at(t, i - 1)));
      if (!negated && !place) return null;
      trigger ??= t.join(' ');
    }
  }
  return trigger ? { trigger } : null;
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

/** Lowercase, fix spelling, and split at punctuation, emoji and line breaks into token lists. */
function clausesOf(body: string): Clause[] {
  const text = body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/(^|[^\p{L}])f[*#@$%!]+\p{L}{0,2}(?!\p{L})/gu, '$1fuck')
    .replace(/'/g, '')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .replace(/#/g, ' number ')
    .replace(/[&+]/g, ' and ')
    .replace(/\//g, ' or ');
  return text
    .split(/[^\p{L}\p{N} \t]+/u)
    .map((part) => canonical(part.split(/[ \t]+/).filter(Boolean)))
    .filter((clause) => clause.length > 0);
}

function canonical(raw: readonly string[]): string[] {
  const words = raw.map((w) => TYPOS.get(w) ?? w);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    const joined = JOINS.get(`${word} ${next}`);
    if (joined) {
      out.push(joined);
      i++;
    } else if (word === 'opt' && (next === 'me' || next === 'us') && words[i + 2] === 'out') {
      out.push('optout', next);
      i += 2;
    } else if (
      word === 'opt' &&
      ['my', 'this', 'our'].includes(next) &&
      OWN_LINES.has(words[i + 2] ?? '') &&
      words[i + 3] === 'out'
    ) {
      out.push('optout', 'me'); // "opt my number out"
      i += 3;
    } else {
      out.push(word);
    }
  }
  return out;
}

const at = (t: Clause, i: number): string => t[i] ?? '';

/** Words that may come before a refusing "no": "I want no more texts", "please, no calls". */
const NO_LEAD_IN = new Set(['i', 'we', 'want', 'just', 'so', 'and', 'ok', 'please', 'now', 'again']);

/** A bare "stop" beside these reads as delight, not a request: "stop, this house is perfect!!". */
const DELIGHT =
  /\b(?:amazing|perfect|love|gorgeous|beautiful|stunning|kind|wow|awesome|incredible|dream|cute|jealous|no way)\b/i;

/** A bare "stop" in quotes is the word talked about: '"stop" is what my kid typed'. */
const QUOTED_STOP = /["\u201c\u201d'\u2018\u2019]stop[.!]?["\u201c\u201d'\u2018\u2019]/i;
const restIs = (t: Clause, from: number, words: ReadonlySet<string>): boolean =>
  t.slice(from).every((w) => words.has(w));
const mergeChannels = (a: OptOutChannel, b: OptOutChannel): OptOutChannel => (a === b ? a : 'all');
const isPersonal = (w: string): boolean => w === 'me' || w === 'us';

/**
 * The negation governing the verb at i. A negator governs the verb phrase it opens, within its clause:
 * "I haven't unsubscribed", "I don't want you to stop sending", "I'm not going to opt out"; but in "not
 * interested stop texting me" it governs "interested" only, so the search ends at any other word.
 */
function negatorBefore(t: Clause, i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const w = at(t, k);
    if (NEGATORS.has(w)) return w;
    if (w === 'need' && at(t, k - 1) === 'no') return 'no';
    if (!SOFT_WORDS.has(w) && !NEGATION_GAP.has(w)) return null;
  }
  return null;
}

/** Contact words from j, joined by "or"/"and" ("call or text", "text messages"). */
function contactRun(t: Clause, j: number, annoyance: boolean) {
  let channel: OptOutChannel | null = null;
  let needsPerson = false;
  let k = j;
  for (;;) {
    const w = at(t, k);
    const annoying = annoyance && ANNOYANCE_WORDS.has(w);
    const c = CONTACT_WORDS.get(w) ?? (annoying ? 'sms' : undefined);
    if (!c) break;
    if (annoying) needsPerson = true;
    channel = channel ? mergeChannels(channel, c) : c;
    k++;
    if ((w === 'reach' || w === 'reaching') && at(t, k) === 'out') k++;
    if (at(t, k - 1) === 'out' && at(t, k) === 'to' && isPersonal(at(t, k + 1))) k++;
    const joiner = ['or', 'and', 'nor'].includes(at(t, k));
    if (joiner && (CONTACT_WORDS.has(at(t, k + 1)) || (annoyance && ANNOYANCE_WORDS.has(at(t, k + 1))))) k++;
  }
  return channel ? { channel, next: k, needsPerson } : null;
}

/** Whether what follows a contact verb keeps it about this person, at any time. */
function aboutThisContact(t: Clause, k: number, needsPerson: boolean): boolean {
  if (t.slice(k).some((w) => TIME_WORDS.has(w))) return false;
  const w = at(t, k);
  if (isPersonal(w)) return true;
  if (needsPerson) return false;
  if (w === '' || OBJECT_OK.has(w)) return true;
  if ((w === 'my' || w === 'this') && OWN_LINES.has(at(t, k + 1))) return true;
  return w === 'from' && ['you', 'your', 'this', 'anyone'].includes(at(t, k + 1));
}

/** What a stop verb is about: "stop texting me", "stop the calls", "stop sending me stuff". */
function stopTarget(
  t: Clause,
  j: number,
  verb: string,
): { channel: OptOutChannel; personal: boolean } | null {
  let k = j;
  while (STOP_DETERMINERS.has(at(t, k))) k++;
  if (at(t, k) === 'sending' || at(t, k) === 'send') {
    let m = k + 1;
    const personal = isPersonal(at(t, m));
    if (personal) m++;
    while (STOP_DETERMINERS.has(at(t, m))) m++;
    if (at(t, m) === '' || SENDABLE.has(at(t, m))) return { channel: 'sms', personal };
    const run = contactRun(t, m, false);
    return run ? { channel: run.channel, personal } : null;
  }
  if (at(t, k) === 'blowing' && at(t, k + 1) === 'up') return { channel: 'all', personal: true };
  // "cancel the call" reschedules a call; only plural message nouns revoke after cancel/end.
  if (['end', 'cancel', 'enough'].includes(verb) && !PLURAL_CONTACT.has(at(t, k))) return null;
  const run = contactRun(t, k, true);
  if (!run || !aboutThisContact(t, run.next, run.needsPerson)) return null;
  return { channel: run.channel, personal: isPersonal(at(t, run.next)) };
}

/** "The seller will stop calling around" is about someone else; "can you stop" is not. */
function thirdPartyBefore(t: Clause, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (at(t, k) === 'you') return false;
    if (THIRD_PARTIES.has(at(t, k))) return true;
  }
  return false;
}

/** A clause-final "stop" after these words is a request: "not interested stop", "can you stop". */
function bareStopAllowed(t: Clause, i: number): boolean {
  let k = i - 1;
  while (SOFT_WORDS.has(at(t, k))) k--;
  const prev = at(t, k);
  if (prev === '' || BEFORE_BARE_STOP.has(prev)) return true;
  if (prev === 'it') return ['make', 'let'].includes(at(t, k - 1));
  if (!MODAL_CHAIN.has(prev)) return false;
  while (MODAL_CHAIN.has(at(t, k)) || SOFT_WORDS.has(at(t, k))) k--;
  // "you need to stop", "this has to stop", "the texts need to stop"
  return at(t, k) === 'you' || at(t, k) === 'this' || PLURAL_CONTACT.has(at(t, k));
}

const stopRequest: Rule = (t) => {
  for (let i = 0; i < t.length; i++) {
    const verb = at(t, i);
    if (!STOP_VERBS.has(verb)) continue;
    // "if I say stop…", "did you stop texting me?", "why did the texts stop?": not requests.
    const before = t.slice(0, i);
    if (
      before.some((w) => CONDITIONALS.has(w) && w !== 'why') ||
      before.slice(-4).some((w) => w === 'did' || w === 'does')
    )
      continue;
    const negator = negatorBefore(t, i);
    const target = stopTarget(t, i + 1, verb);
    if (target) {
      // "don't stop texting me" wants more; "you won't stop texting me" is a complaint.
      if (negator && !(COMPLAINT_NEGATORS.has(negator) && target.personal)) continue;
      if (thirdPartyBefore(t, i)) continue;
      return { channel: target.channel, reason: 'stop_request' };
    }
    if (verb !== 'stop' || negator) continue;
    const opensClause = t.slice(0, i).every((w) => INTERJECTIONS.has(w));
    const bare = restIs(t, i + 1, FILLERS) && (opensClause || bareStopAllowed(t, i));
    if (bare || (opensClause && NEW_CLAUSE_AFTER_STOP.has(at(t, i + 1)))) {
      return { channel: 'sms', reason: 'stop_request' };
    }
  }
  return null;
};

/** "I don't call people" states a habit; "don't call me" and "I said don't call me" are imperatives. */
function imperativeAt(t: Clause, k: number): boolean {
  if (t.slice(0, k).some((w) => CONDITIONALS.has(w))) return false;
  let p = k - 1;
  while (SOFT_WORDS.has(at(t, p)) || INTERJECTIONS.has(at(t, p))) p--;
  const prev = at(t, p);
  return !STATEMENT_SUBJECTS.has(prev) || (prev === 'you' && TELL_VERBS.has(at(t, p - 1)));
}

const prohibition: Rule = (t) => {
  for (let k = 0; k < t.length; k++) {
    const w = at(t, k);
    if (w === 'no') {
      const more = at(t, k + 1) === 'more';
      // "no calls please" refuses; "the contract says no solicitation" reports.
      if (!t.slice(0, k).every((x) => INTERJECTIONS.has(x) || NO_LEAD_IN.has(x))) continue;
      // "no more listings please": what is sent, refused by a clause that opens with it.
      const opens = t.slice(0, k).every((x) => INTERJECTIONS.has(x));
      if (more && opens && SENDABLE.has(at(t, k + 2)) && restIs(t, k + 3, NO_FORM_OK))
        return { channel: 'sms', reason: 'do_not_contact' };
      const run = contactRun(t, k + (more ? 2 : 1), false);
      if (!run) continue;
      const rest = t.slice(run.next);
      if (rest.some((x) => TIME_WORDS.has(x)) || (!more && !rest.every((x) => NO_FORM_OK.has(x)))) continue;
      return { channel: run.channel, reason: 'do_not_contact' };
    }
    const notTo = w === 'not' && at(t, k + 1) === 'to';
    if (!notTo && (!['dont', 'never'].includes(w) || !imperativeAt(t, k))) continue;
    if (notTo && t.slice(0, k).some((x) => CONDITIONALS.has(x))) continue;
    let j = k + (notTo ? 2 : 1);
    while (['ever', 'you', 'even', 'please', 'again'].includes(at(t, j))) j++;
    if (at(t, j) === 'send') {
      let m = j + 1;
      while (['me', 'us', 'any', 'more', 'anymore', 'these', 'your'].includes(at(t, m))) m++;
      if (SENDABLE.has(at(t, m)) || PLURAL_CONTACT.has(at(t, m)))
        return { channel: 'sms', reason: 'do_not_contact' };
      continue;
    }
    if (!BASE_FORMS.has(at(t, j))) continue;
    const run = contactRun(t, j, true);
    if (run && aboutThisContact(t, run.next, run.needsPerson))
      return { channel: run.channel, reason: 'do_not_contact' };
  }
  return null;
};

/** "I don't want any more texts", "I no longer wish to be contacted", "not interested in getting calls". */
const notWanted: Rule = (t) => {
  for (let k = 0; k < t.length; k++) {
    let j: number;
    if (['dont', 'never'].includes(at(t, k)) && WANT_VERBS.has(at(t, k + 1))) j = k + 2;
    else if (at(t, k) === 'no' && at(t, k + 1) === 'longer' && WANT_VERBS.has(at(t, k + 2))) j = k + 3;
    else if (at(t, k) === 'not' && at(t, k + 1) === 'interested' && at(t, k + 2) === 'in') j = k + 3;
    else continue;
    const subject = at(t, k - 1);
    if (!['', 'i', 'im', 'we', 'really', 'just'].includes(subject)) continue;
    for (let n = 0; n < 6 && WANT_GAP.has(at(t, j)); n++) j++;
    if (at(t, j) === 'hear' && at(t, j + 1) === 'from') return { channel: 'all', reason: 'not_wanted' };
    const run = contactRun(t, j, false);
    if (run && aboutThisContact(t, run.next, false)) return { channel: run.channel, reason: 'not_wanted' };
  }
  return null;
};

/** "Remove me from your list", "take me off", "delete my number", "lose my number". */
const removeRequest: Rule = (t) => {
  for (let k = 0; k < t.length; k++) {
    const verb = at(t, k);
    const take = TAKE_VERBS.has(verb);
    if (!(REMOVE_VERBS.has(verb) || take || LOSE_VERBS.has(verb)) || negatorBefore(t, k)) continue;
    let j = k + 1;
    const person = isPersonal(at(t, j));
    const data = ['my', 'this', 'our'].includes(at(t, j)) && PERSONAL_DATA.has(at(t, j + 1));
    if (person) j++;
    else if (data) for (j += 1; PERSONAL_DATA.has(at(t, j)); ) j++;
    else if (
      REMOVE_VERBS.has(verb) &&
      t.slice(0, k).every((w) => INTERJECTIONS.has(w)) &&
      restIs(t, k + 1, FILLERS)
    ) {
      return { channel: 'all', reason: 'remove_request' }; // "pls remove"
    } else continue;
    if (LOSE_VERBS.has(verb)) {
      if (data && OWN_LINES.has(at(t, j - 1))) return { channel: 'all', reason: 'remove_request' };
      continue;
    }
    const from = ['from', 'off', 'out'].includes(at(t, j));
    if (take && !(at(t, j) === 'off' || (at(t, j) === 'out' && at(t, j + 1) === 'of'))) continue;
    if (!from) {
      if (restIs(t, j, FILLERS)) return { channel: 'all', reason: 'remove_request' };
      continue;
    }
    let m = j + 1;
    while (LIST_DETERMINERS.has(at(t, m)) || at(t, m) === 'of') m++;
    if (at(t, m) === '' || LIST_WORDS.has(at(t, m))) return { channel: 'all', reason: 'remove_request' };
  }
  return null;
};

const UNSUBSCRIBE_FROM_US = new Set([...LIST_WORDS, 'you', 'your', 'these', 'them', 'here', '']);

/** "Unsubscribe me", "opt me out"; but "unsubscribed from Zillow" and "opt out of the HOA" are elsewhere. */
const unsubscribe: Rule = (t) => {
  for (let k = 0; k < t.length; k++) {
    if (!['unsubscribe', 'optout', 'unenroll'].includes(at(t, k)) || negatorBefore(t, k)) continue;
    let m = k + 1;
    if (isPersonal(at(t, m))) m++;
    if (['from', 'of'].includes(at(t, m))) {
      m++;
      while (LIST_DETERMINERS.has(at(t, m))) m++;
      if (!UNSUBSCRIBE_FROM_US.has(at(t, m))) continue;
    }
    return { channel: 'sms', reason: 'unsubscribe' };
  }
  return null;
};

/** "Wrong number", "you have the wrong person", "no one here by that name", "this isn't Dan's phone". */
const wrongNumber: Rule = (t) => {
  const hit: OptOut = { channel: 'all', reason: 'wrong_number' };
  for (let k = 0; k < t.length; k++) {
    const w = at(t, k);
    if (w === 'wrong') {
      const target = at(t, k + 1);
      const p = at(t, k - 1) === 'the' ? k - 2 : k - 1;
      if (['not', 'isnt', 'aint', 'arent'].includes(at(t, p))) continue; // "this isn't the wrong number"

      if (target === '' && at(t, k - 1) === 'the') return hit;
      if (!WRONG_TARGETS.has(target)) continue;
      if (target === 'number' && ['of', 'for', 'on', 'in', 'to'].includes(at(t, k + 2))) continue;
      if (gaveWrong(t, k)) continue;
      return hit;
    }
    if (w === 'not' && at(t, k + 1) === 'the') {
      const right = at(t, k + 2) === 'right';
      const target = at(t, right ? k + 3 : k + 2);
      if (WRONG_TARGETS.has(target) && (right || target !== 'number')) return hit; // "I'm not the person you want"
    }
    if (w === 'nobody' || w === 'noone' || (w === 'no' && at(t, k + 1) === 'one')) {
      if (t.slice(k, k + 6).some((x) => x === 'name' || x === 'named')) return hit;
    }
    // "this number doesn't belong to Tom anymore"
    if (OWN_LINES.has(w) && ['doesnt', 'dont'].includes(at(t, k + 1)) && at(t, k + 2).startsWith('belong'))
      return hit;
    const owner = at(t, k + 1);
    const possessive = ['his', 'her', 'their'].includes(owner) || (owner.length > 2 && owner.endsWith('s'));
    if (['isnt', 'not', 'longer'].includes(w) && possessive && OWN_LINES.has(at(t, k + 2))) return hit;
    // "new phone who dis": the number has changed hands
    if (w === 'new' && OWN_LINES.has(at(t, k + 1)) && ['who', 'whos', 'whose'].includes(at(t, k + 2)))
      return hit;
    if (['confused', 'mistaken', 'mixed'].includes(w) && t.some((x) => x === 'someone' || x === 'somebody')) {
      return hit;
    }
  }
  return null;
};

/** "You gave me the wrong number for the lockbox" reports a typo, not a misdial. */
function gaveWrong(t: Clause, k: number): boolean {
  for (let m = k - 1; m >= Math.max(0, k - 4); m--) {
    if (GAVE_WRONG.has(at(t, m))) return true;
    if (['sent', 'send'].includes(at(t, m)) && ['me', 'us', 'you'].includes(at(t, m + 1))) return true;
    // "sent that to the wrong person": the lead's own slip
    if (
      ['sent', 'send', 'texted', 'meant'].includes(at(t, m)) &&
      ['that', 'this', 'it'].includes(at(t, m + 1))
    )
      return true;
  }
  return false;
}

const hostile: Rule = (t) => {
  const sms: OptOut = { channel: 'sms', reason: 'hostile' };
  for (let k = 0; k < t.length; k++) {
    const w = at(t, k);
    if (HOSTILE_WORDS.has(w)) return sms;
    if (HOSTILE_PAIRS.some(([a, b]) => a === w && b === at(t, k + 1)) && !negatorBefore(t, k)) return sms;
    if (w === 'go' && at(t, k + 1) === 'to' && at(t, k + 2) === 'hell') return sms;
    if (w === 'leave' && isPersonal(at(t, k + 1)) && !negatorBefore(t, k)) {
      const tail = t.slice(k + 2, k + 5);
      if (tail.includes('alone') || at(t, k + 2) === 'be') return { channel: 'all', reason: 'hostile' };
    }
    for (const phrase of CLAUSE_LEVEL_HOSTILE) {
      const matches = phrase.every((p, n) => at(t, k + n) === p);
      if (
        matches &&
        t.slice(0, k).every((x) => INTERJECTIONS.has(x)) &&
        restIs(t, k + phrase.length, FILLERS)
      ) {
        return sms;
      }
    }
  }
  return null;
};

const doNotCallList: Rule = (t) => {
  if (t.some((w) => ['not', 'isnt', 'arent', 'if'].includes(w))) return null;
  for (let k = 0; k < t.length; k++) {
    const w = at(t, k);
    const listed = w === 'dont' && ['call', 'text', 'contact'].includes(at(t, k + 1));
    const list = ['list', 'lists', 'registry', 'register'].includes(at(t, k + 2));
    if (w === 'dnc' || w === 'donotcall' || (listed && list))
      return { channel: 'all', reason: 'do_not_call_list' };
  }
  return null;
};

const ceaseAndDesist: Rule = (t) =>
  t.some(
    (w, k) =>
      w === 'cease' &&
      at(t, k + 1) === 'and' &&
      at(t, k + 2) === 'desist' &&
      !['on', 'against', 'for', 'from'].includes(at(t, k + 3)), // "a cease and desist on the construction"
  )
    ? { channel: 'all', reason: 'cease_and_desist' }
    : null;

/** "I revoke my consent", "you don't have my permission", "texting me without my consent". */
const consentRevoked: Rule = (t) => {
  const hit: OptOut = { channel: 'all', reason: 'consent_revoked' };
  // A clause that is just the carrier word, as in "Not interested. Revoke."
  if (at(t, 0) === 'revoke' && restIs(t, 1, FILLERS)) return { channel: 'sms', reason: 'consent_revoked' };
  for (let k = 0; k < t.length; k++) {
    if (!CONSENT_WORDS.has(at(t, k))) continue;
    if (t.some((w) => REVOKE_VERBS.has(w))) return hit;
    const before = t.slice(Math.max(0, k - 4), k);
    if (before.some((w) => ['dont', 'didnt', 'no', 'never', 'without', 'doesnt'].includes(w))) return hit;
  }
  return null;
};

/** "I never signed up for this", "I didn't ask for these texts", "I never gave you my number". */
const consentDisputed: Rule = (t) => {
  const hit: OptOut = { channel: 'all', reason: 'consent_disputed' };
  for (let k = 0; k < t.length; k++) {
    if (!['never', 'didnt'].includes(at(t, k))) continue;
    const verb = at(t, k + 1);
    if (['sign', 'signed'].includes(verb) && at(t, k + 2) === 'up' && restIs(t, k + 3, DISPUTE_REST))
      return hit;
    if (['ask', 'asked'].includes(verb) && at(t, k + 2) === 'for' && restIs(t, k + 3, DISPUTE_REST))
      return hit;
    if (['request', 'requested'].includes(verb) && restIs(t, k + 2, DISPUTE_REST)) return hit;
    if (['opt', 'opted'].includes(verb) && at(t, k + 2) === 'in') return hit;
    if (['give', 'gave'].includes(verb)) {
      const rest = t.slice(k + 2, k + 6);
      if (rest.some((w) => CONSENT_WORDS.has(w)) || (rest.includes('my') && rest.includes('number')))
        return hit;
    }
  }
  return null;
};

/** Complaints that only make sense as "stop": "why do you keep texting me", "I'm blocking you", "this is spam". */
const complaint: Rule = (t) => {
  const hit: OptOut = { channel: 'sms', reason: 'complaint' };
  for (let k = 0; k < t.length; k++) {
    const w = at(t, k);
    if (['keep', 'keeps', 'still', 'continue', 'continuing'].includes(w)) {
      const run = contactRun(t, k + 1, true);
      const why = t.slice(0, k).includes('why');
      const youKeep = at(t, k - 1) === 'you' && isPersonal(at(t, run?.next ?? -1));
      if (run && (why || (youKeep && restIs(t, run.next + 1, FILLERS))))
        return { ...hit, channel: run.channel };
    }
    if (w === 'how' && at(t, k + 1) === 'many' && at(t, k + 2) === 'times') return hit;
    const next = at(t, k + 1);
    if (
      ['block', 'blocking', 'blocked'].includes(w) &&
      ['you', 'this', 'your'].includes(next) &&
      !negatorBefore(t, k)
    )
      return hit;
    if (['report', 'reporting', 'reported'].includes(w) && !negatorBefore(t, k)) {
      if (next === 'you' || (next === 'as' && at(t, k + 2) === 'spam')) return hit;
      if (['this', 'your'].includes(next) && (at(t, k + 2) === 'number' || AUTHORITIES.has(at(t, k + 4))))
        return hit;
    }
    if (
      ['spam', 'harassment'].includes(w) &&
      (k === 0 || ['is', 'thats', 'its', 'pure', 'total'].includes(at(t, k - 1)))
    ) {
      if (restIs(t, k + 1, FILLERS)) return hit;
    }
  }
  return null;
};

/** "This is my work phone", "you're texting my work cell": a line they may not be reached on for this. */
const workPhone: Rule = (t) => {
  for (let k = 0; k < t.length; k++) {
    if (!['work', 'business', 'office', 'company'].includes(at(t, k)) || !OWN_LINES.has(at(t, k + 1)))
      continue;
    const before = t.slice(0, k);
    const stated =
      before.includes('is') || before.some((w) => ['thats', 'its', 'texting', 'calling'].includes(w));
    if (stated && !before.some((w) => CONDITIONALS.has(w) || w === 'not'))
      return { channel: 'all', reason: 'work_phone' };
  }
  return null;
};

/** "Not my number anymore", "I just got this number": the person meant is no longer on this line. */
const notMyNumber: Rule = (t) => {
  for (let k = 0; k < t.length; k++) {
    const w = at(t, k);
    const mine = at(t, k + 1) === 'my' && OWN_LINES.has(at(t, k + 2));
    if (['isnt', 'not'].includes(w) && mine && !t.slice(0, k).includes('if'))
      return { channel: 'all', reason: 'wrong_number' };
    if (w === 'longer' && at(t, k - 1) === 'no' && mine) return { channel: 'all', reason: 'wrong_number' };
    if (
      w === 'just' &&
      ['got', 'gotten'].includes(at(t, k + 1)) &&
      at(t, k + 2) === 'this' &&
      OWN_LINES.has(at(t, k + 3))
    )
      return { channel: 'all', reason: 'wrong_number' };
  }
  return null;
};

/** "I'll sue", "one more text and I'm suing", "go bother someone else". */
const threatOrDismissal: Rule = (t) => {
  for (let k = 0; k < t.length; k++) {
    const w = at(t, k);
    if (
      (w === 'sue' && ['ill', 'will', 'gonna', 'to', 'and'].includes(at(t, k - 1))) ||
      (w === 'suing' && at(t, k - 1) === 'im')
    )
      return { channel: 'all', reason: 'threat' };
    const elsewhere = ['someone', 'somebody'].includes(at(t, k + 1)) && at(t, k + 2) === 'else';
    const opensWithGo = at(t, k - 1) === 'go' && t.slice(0, k - 1).every((x) => INTERJECTIONS.has(x));
    if (
      elsewhere &&
      (ANNOYANCE_WORDS.has(w) || ['annoy', 'spam'].includes(w) || (opensWithGo && BASE_FORMS.has(w)))
    )
      return { channel: 'sms', reason: 'hostile' };
  }
  return null;
};

const RULES: readonly Rule[] = [
  workPhone,
  notMyNumber,
  threatOrDismissal,
  doNotCallList,
  ceaseAndDesist,
  consentRevoked,
  consentDisputed,
  wrongNumber,
  removeRequest,
  unsubscribe,
  stopRequest,
  prohibition,
  notWanted,
  hostile,
  complaint,
];
