/**
 * Rules for leaving the list or withdrawing consent: "remove me", "unsubscribe me", "put me on the DNC
 * list", "cease and desist", "I revoke my consent", "I never signed up for this".
 */
import {
  CONSENT_WORDS,
  DISPUTE_REST,
  FILLERS,
  INTERJECTIONS,
  LIST_DETERMINERS,
  LIST_WORDS,
  LOSE_VERBS,
  OWN_LINES,
  PERSONAL_DATA,
  REMOVE_VERBS,
  REVOKE_VERBS,
  TAKE_VERBS,
} from './data/opt-out-lexicon.js';
import type { OptOut } from './keywords.js';
import { at, contactRun, isPersonal, negatorBefore, type Rule, restIs } from './opt-out-clauses.js';

/** "Remove me from your list", "take me off", "delete my number", "lose my number". */
export const removeRequest: Rule = (t) => {
  for (let k = 0; k < t.length; k++) {
    const verb = at(t, k);
    const take = TAKE_VERBS.has(verb);
    if (!(REMOVE_VERBS.has(verb) || take || LOSE_VERBS.has(verb)) || negatorBefore(t, k)) continue;
    let j = k + 1;
    const person = isPersonal(at(t, j));
    const data = ['my', 'this', 'our'].includes(at(t, j)) && PERSONAL_DATA.has(at(t, j + 1));
    // "take it off your list" after a new number: the number itself, taken off a list of contacts
    const pronoun = at(t, j) === 'it' && ['off', 'from'].includes(at(t, j + 1));
    if (person || pronoun) j++;
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
      // "delete my number and move on": a second request joined on
      if (restIs(t, j, FILLERS) || at(t, j) === 'and') return { channel: 'all', reason: 'remove_request' };
      continue;
    }
    let m = j + 1;
    while (LIST_DETERMINERS.has(at(t, m)) || at(t, m) === 'of') m++;
    // "remove me from your texts", "take me off the texting list": the channel the list is of
    const run = contactRun(t, m, false);
    const listed = LIST_WORDS.has(at(t, m)) || (run !== null && LIST_WORDS.has(at(t, run.next)));
    if (pronoun ? CONTACT_LISTS.has(at(t, m)) && restIs(t, m + 1, FILLERS) : listed)
      return { channel: run?.channel ?? 'all', reason: 'remove_request' };
    if (!pronoun && restIs(t, m, FILLERS)) return { channel: 'all', reason: 'remove_request' };
  }
  return null;
};

/** Lists that hold people's numbers: what "it" is taken off when it is the number. */
const CONTACT_LISTS: ReadonlySet<string> = new Set([
  'list',
  'lists',
  'database',
  'system',
  'contacts',
  'records',
  'crm',
  'registry',
]);

const UNSUBSCRIBE_FROM_US = new Set([...LIST_WORDS, 'you', 'your', 'these', 'them', 'here', '']);

/** "Unsubscribe me", "opt me out"; but "unsubscribed from Zillow" and "opt out of the HOA" are elsewhere. */
export const unsubscribe: Rule = (t) => {
  for (let k = 0; k < t.length; k++) {
    if (!['unsubscribe', 'optout', 'unenroll'].includes(at(t, k)) || negatorBefore(t, k)) continue;
    let m = k + 1;
    if (isPersonal(at(t, m))) m++;
    if (['from', 'of'].includes(at(t, m))) {
      m++;
      while (LIST_DETERMINERS.has(at(t, m))) m++;
      // "opt out of all communication", "unsubscribe me from the calls": the channel named
      const run = contactRun(t, m, false);
      if (run) return { channel: run.channel, reason: 'unsubscribe' };
      if (at(t, m) === 'everything') return { channel: 'all', reason: 'unsubscribe' };
      if (!UNSUBSCRIBE_FROM_US.has(at(t, m))) continue;
    }
    return { channel: 'sms', reason: 'unsubscribe' };
  }
  return null;
};

export const doNotCallList: Rule = (t) => {
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

export const ceaseAndDesist: Rule = (t) =>
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
export const consentRevoked: Rule = (t) => {
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
export const consentDisputed: Rule = (t) => {
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
