import { ANNOYANCE_WORDS, CONTACT_WORDS, LIST_WORDS, SENDABLE } from './data/opt-out-lexicon.js';
import { at, type Clause } from './opt-out-clauses.js';

/**
 * A stop word whose object is some other activity or thing: "stop renting", "quit my job", "stop the
 * bidding war", "cancel the inspection", "take it off the market", "no more open houses this weekend".
 * Such a clause asks nothing about texts or calls; it is a look-alike, like "stop by".
 */

/** Verbs that would revoke with a contact object. */
const VERBS = new Set([
  'stop',
  'quit',
  'end',
  'cancel',
  'cease',
  'halt',
  'take',
  'remove',
  'delete',
  'block',
]);

/** "-ing" objects that are about the messages themselves ("stop texting", "quit bugging me"). */
const CONTACT_GERUNDS = new Set([
  ...[...CONTACT_WORDS.keys()].filter((w) => w.endsWith('ing')),
  ...[...ANNOYANCE_WORDS].filter((w) => w.endsWith('ing')),
  'sending',
  'contacting',
  'reaching',
  'blowing',
  'hitting',
  'pinging',
  'following',
  'stalking',
  'annoying',
  'soliciting',
  'marketing',
  'advertising',
  'promoting',
  'asking',
  'trying',
  'being',
  'doing',
  'saying',
  'telling',
  'acting',
  'wasting',
]);

/** Things a lead stops, ends or cancels that are not contact: their search, a lease, a deal, a job. */
const OTHER_THINGS = new Set(
  `job jobs lease leases bidding war wars search searching hunt offer offers contract contracts deal deals
  inspection inspections appraisal showing showings tour tours open house houses home homes listing car
  payments payment rent mortgage loan application process sale closing move renovation construction
  project plans plan clock music party game games ac heat water leak leaks renting market`.split(/\s+/),
);
const DETERMINERS = new Set([
  'the',
  'my',
  'our',
  'this',
  'that',
  'a',
  'an',
  'his',
  'her',
  'their',
  'it',
  'its',
]);

/** Whether the words from j name something other than contact: "renting", "my job", "the bidding war". */
function otherObject(t: Clause, j: number, bare = false): boolean {
  const first = at(t, j);
  if (first.endsWith('ing') && first.length > 4 && !CONTACT_GERUNDS.has(first)) return true;
  let k = j;
  while (DETERMINERS.has(at(t, k))) k++;
  if (k === j && !bare) return false;
  const noun = at(t, k);
  if (noun === '' || CONTACT_WORDS.has(noun) || LIST_WORDS.has(noun) || SENDABLE.has(noun)) return false;
  // "take it off the market", "take the house off market": a listing, not a person
  if (at(t, j - 1) === 'take') return t.slice(k).includes('market');
  return OTHER_THINGS.has(noun) || OTHER_THINGS.has(at(t, k + 1));
}

/** Whether the stop word at i ("stop", "quit", "no more"…) has another activity or thing as its object. */
export function otherObjectAt(t: Clause, i: number): boolean {
  const verb = at(t, i);
  if (verb === 'no' && at(t, i + 1) === 'more') return otherObject(t, i + 2, true);
  return VERBS.has(verb) && otherObject(t, i + 1);
}

/**
 * A text that asks for the texts to go on: "please keep sending them", "yes continue texting me", "I do
 * want the texts", "sigan mandando". "Why do you keep texting me" and "you keep calling" are complaints.
 */
const GO_ON =
  /(?:^|[^\p{L}])(?:(?:please|pls|yes|yeah|ok|and|just|do|can you|could you|you can|feel free to)\s+(?:keep|continue)(?:\s+on)?\s+(?:texting|sending|messaging|calling|emailing|reaching)|(?:i|we)\s+do\s+want\s+(?:the|your|these|them|more)|sig(?:an|a|ue|uen)\s+(?:mandando|enviando|escribiendo)|no\s+(?:quiero|queremos)\s+que\s+(?:paren|dejen))(?![\p{L}])/iu;
/** "my son typed STOP by mistake": the word was sent, not meant. */
const MISTAKE =
  /(?:^|[^\p{L}])(?:by (?:mistake|accident)|accidentally|on accident|por error|sin querer|por equivocaci[oó]n)(?![\p{L}])/iu;

export function asksToGoOn(body: string): boolean {
  return GO_ON.test(body) && !/\bwhy\b/i.test(body);
}

export function stopByMistake(body: string): boolean {
  return MISTAKE.test(body);
}
