/**
 * Rules for asking the texts or calls to stop: "stop texting me", "don't call me", "no more texts",
 * "I don't want any more calls".
 */
import type { OptOutChannel } from './data/opt-out-lexicon.js';
import {
  BASE_FORMS,
  BEFORE_BARE_STOP,
  COMPLAINT_NEGATORS,
  CONDITIONALS,
  CONTACT_WORDS,
  FILLERS,
  INTERJECTIONS,
  MODAL_CHAIN,
  NEW_CLAUSE_AFTER_STOP,
  NO_FORM_OK,
  PLURAL_CONTACT,
  SENDABLE,
  SOFT_WORDS,
  STOP_DETERMINERS,
  STOP_VERBS,
  THIRD_PARTIES,
  TIME_WORDS,
  WANT_GAP,
  WANT_VERBS,
} from './data/opt-out-lexicon.js';
import {
  aboutThisContact,
  at,
  type Clause,
  contactRun,
  imperativeAt,
  isPersonal,
  mergeChannels,
  NO_LEAD_IN,
  negatorBefore,
  type Rule,
  restIs,
} from './opt-out-clauses.js';

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
    // "stop sending listings in Buda, only Kyle": which listings, not whether
    if (SENDABLE.has(at(t, m)) && STOP_NARROWING.has(at(t, m + 1))) return null;
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

/** The channel of the contact nouns a clause opens with: "the calls and texts need to stop". */
function subjectChannel(before: Clause): OptOutChannel | null {
  let channel: OptOutChannel | null = null;
  for (const w of before) {
    const c = PLURAL_CONTACT.has(w) ? CONTACT_WORDS.get(w) : undefined;
    if (c) channel = channel ? mergeChannels(channel, c) : c;
  }
  return channel;
}

export const stopRequest: Rule = (t) => {
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
      // "don't stop texting me" and "never stop sending me listings" want more; "you won't stop
      // texting me" is a complaint (a subject before the negator).
      const complains = before.some((w) => w === 'you' || w === 'they' || w === 'yall' || w === 'guys');
      if (negator && !(COMPLAINT_NEGATORS.has(negator) && target.personal && complains)) continue;
      if (thirdPartyBefore(t, i)) continue;
      return { channel: target.channel, reason: 'stop_request' };
    }
    if (verb !== 'stop' || negator) continue;
    const opensClause = t.slice(0, i).every((w) => INTERJECTIONS.has(w));
    const bare = restIs(t, i + 1, FILLERS) && (opensClause || bareStopAllowed(t, i));
    if (bare || (opensClause && NEW_CLAUSE_AFTER_STOP.has(at(t, i + 1)))) {
      // "the robocalls need to stop": the contact named as the subject is the channel
      return { channel: subjectChannel(before) ?? 'sms', reason: 'stop_request' };
    }
  }
  return null;
};

export const prohibition: Rule = (t) => {
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
      // "no calls no texts nothing": a list of refusals
      const refusal = (x: string) =>
        NO_FORM_OK.has(x) || x === 'no' || x === 'nothing' || CONTACT_WORDS.has(x);
      if (rest.some((x) => TIME_WORDS.has(x)) || (!more && !rest.every(refusal))) continue;
      return {
        channel: rest.reduce<OptOutChannel>(
          (c, x) => mergeChannels(c, CONTACT_WORDS.get(x) ?? c),
          run.channel,
        ),
        reason: 'do_not_contact',
      };
    }
    const notTo = w === 'not' && at(t, k + 1) === 'to';
    if (!notTo && (!['dont', 'never'].includes(w) || !imperativeAt(t, k))) continue;
    if (notTo && t.slice(0, k).some((x) => CONDITIONALS.has(x))) continue;
    let j = k + (notTo ? 2 : 1);
    while (['ever', 'you', 'even', 'please', 'again'].includes(at(t, j))) j++;
    if (at(t, j) === 'send') {
      let m = j + 1;
      while (['me', 'us', 'any', 'more', 'anymore', 'these', 'your'].includes(at(t, m))) m++;
      // "don't send stuff below 300k" narrows the search; it does not refuse the texts
      if ((SENDABLE.has(at(t, m)) || PLURAL_CONTACT.has(at(t, m))) && !NARROWING.has(at(t, m + 1)))
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
/** Words after "don't send listings" that make it a preference about which: "below that", "in Katy". */
const NARROWING = new Set(
  'below under over above outside without with less more cheaper bigger smaller in near that unless except like'.split(
    ' ',
  ),
);

/** The narrowing words a "stop sending listings …" may end in: "like these" still refuses them all. */
const STOP_NARROWING = new Set(
  'below under over above outside without with cheaper bigger smaller in near unless except'.split(' '),
);

/** What a lead refuses when they refuse the service: "don't need a realtor". */
const SERVICE_WORDS = new Set([
  'realtor',
  'realtors',
  'agent',
  'agents',
  'broker',
  'brokers',
  'your',
  'services',
]);
const ARTICLES = new Set(['a', 'an', 'any', 'another']);

export const notWanted: Rule = (t) => {
  for (let k = 0; k < t.length; k++) {
    let j: number;
    if (['dont', 'never'].includes(at(t, k)) && WANT_VERBS.has(at(t, k + 1))) j = k + 2;
    else if (at(t, k) === 'no' && at(t, k + 1) === 'longer' && WANT_VERBS.has(at(t, k + 2))) j = k + 3;
    else if (at(t, k) === 'not' && at(t, k + 1) === 'interested' && at(t, k + 2) === 'in') j = k + 3;
    else if (at(t, k) === 'no' && at(t, k + 1) === 'need' && at(t, k + 2) === 'to') j = k + 3;
    // "I'd prefer not to receive texts", "we'd rather not get calls"
    else if (['prefer', 'rather'].includes(at(t, k)) && at(t, k + 1) === 'not') j = k + 2;
    else continue;
    const subject = at(t, k - 1);
    const anySubject = at(t, k) === 'no' || at(t, k) === 'prefer' || at(t, k) === 'rather';
    if (!anySubject && !['', 'i', 'im', 'we', 'really', 'just'].includes(subject)) continue;
    // "I'm good thanks, don't need a realtor": the service itself is refused
    const service = j + (ARTICLES.has(at(t, j)) ? 1 : 0);
    if (at(t, k + 1) === 'need' && SERVICE_WORDS.has(at(t, service)) && restIs(t, service + 1, FILLERS))
      return { channel: 'all', reason: 'not_wanted' };
    const goOn = at(t, j) === 'keep' || at(t, j) === 'continue';
    if (goOn) j++;
    for (let n = 0; n < 6 && WANT_GAP.has(at(t, j)); n++) j++;
    if (at(t, j) === 'hear' && at(t, j + 1) === 'from') return { channel: 'all', reason: 'not_wanted' };
    const run = contactRun(t, j, false);
    if (!run || !aboutThisContact(t, run.next, false)) continue;
    // "no need to call, texting is easier" says how; "no need to text anymore" says whether
    const noNeed = at(t, k) === 'no' && at(t, k + 1) === 'need';
    if (noNeed && !goOn && !['anymore', 'again', 'me', 'us', 'any'].includes(at(t, run.next))) continue;
    return { channel: run.channel, reason: 'not_wanted' };
  }
  return null;
};
