/**
 * How the opt-out rules see a message: clauses of canonical words (typos fixed, "opt my number out"
 * joined), and the helpers every rule shares: negation scope, runs of contact words, imperatives.
 */
import type { OptOutChannel } from './data/opt-out-lexicon.js';
import {
  ANNOYANCE_WORDS,
  CONDITIONALS,
  CONTACT_WORDS,
  FILLERS,
  INTERJECTIONS,
  JOINS,
  NEGATION_GAP,
  NEGATORS,
  OBJECT_OK,
  OWN_LINES,
  SOFT_WORDS,
  STATEMENT_SUBJECTS,
  TELL_VERBS,
  TIME_WORDS,
  TYPOS,
} from './data/opt-out-lexicon.js';
import type { OptOut } from './keywords.js';

/** A clause of a message as the rules read it: lower-case canonical words. */
export type Clause = readonly string[];
/** One rule: a revocation found in a clause, or null. */
export type Rule = (t: Clause) => OptOut | null;

/** Lowercase, fix spelling, and split at punctuation, emoji and line breaks into token lists. */
export function clausesOf(body: string): Clause[] {
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

export const at = (t: Clause, i: number): string => t[i] ?? '';

/** Words that may come before a refusing "no": "I want no more texts", "please, no calls". */
export const NO_LEAD_IN = new Set(['i', 'we', 'want', 'just', 'so', 'and', 'ok', 'please', 'now', 'again']);

/** A bare "stop" beside these reads as delight, not a request: "stop, this house is perfect!!". */
export const DELIGHT =
  /\b(?:amazing|perfect|love|gorgeous|beautiful|stunning|kind|wow|awesome|incredible|dream|cute|jealous|no way|great|steal|tempting|making me want)\b/i;

/** A bare "stop" in quotes is the word talked about: '"stop" is what my kid typed'. */
export const QUOTED_STOP = /["\u201c\u201d'\u2018\u2019]stop[.!]?["\u201c\u201d'\u2018\u2019]/i;
export const restIs = (t: Clause, from: number, words: ReadonlySet<string>): boolean =>
  t.slice(from).every((w) => words.has(w));
export const mergeChannels = (a: OptOutChannel, b: OptOutChannel): OptOutChannel => (a === b ? a : 'all');
export const isPersonal = (w: string): boolean => w === 'me' || w === 'us';

/**
 * The negation governing the verb at i. A negator governs the verb phrase it opens, within its clause:
 * "I haven't unsubscribed", "I don't want you to stop sending", "I'm not going to opt out"; but in "not
 * interested stop texting me" it governs "interested" only, so the search ends at any other word.
 */
export function negatorBefore(t: Clause, i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const w = at(t, k);
    if (NEGATORS.has(w)) return w;
    if (w === 'need' && at(t, k - 1) === 'no') return 'no';
    if (!SOFT_WORDS.has(w) && !NEGATION_GAP.has(w)) return null;
  }
  return null;
}

/** Contact words from j, joined by "or"/"and" ("call or text", "text messages"). */
export function contactRun(t: Clause, j: number, annoyance: boolean) {
  let channel: OptOutChannel | null = null;
  let needsPerson = false;
  let k = j;
  for (;;) {
    const w = at(t, k);
    const annoying = annoyance && ANNOYANCE_WORDS.has(w);
    // "quit bugging me" is about every way we reach them; "stop spamming me" about texts
    const c = CONTACT_WORDS.get(w) ?? (annoying ? (w.startsWith('spam') ? 'sms' : 'all') : undefined);
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
export function aboutThisContact(t: Clause, k: number, needsPerson: boolean): boolean {
  // "don't call me at work" limits the time; "STOP CALLING ME IM AT WORK" says why, in a new statement
  // "don't text back", "don't call back pls": a reply refused, the clause ends there
  if (at(t, k) === 'back' && restIs(t, k + 1, FILLERS)) return true;
  const restart = t.findIndex((w, i) => i > k && NEW_STATEMENT.has(w));
  if (t.slice(k, restart < 0 ? undefined : restart).some((w) => TIME_WORDS.has(w))) return false;
  const w = at(t, k);
  if (isPersonal(w)) return true;
  if (needsPerson) return false;
  if (w === '' || OBJECT_OK.has(w)) return true;
  if ((w === 'my' || w === 'this') && OWN_LINES.has(at(t, k + 1))) return true;
  return w === 'from' && ['you', 'your', 'this', 'anyone'].includes(at(t, k + 1));
}

/** Words that open a new statement inside an unpunctuated clause: "stop calling me im at work". */
const NEW_STATEMENT = new Set(['im', 'ive', 'were', 'its', 'thats', 'this']);

/** "I don't call people" states a habit; "don't call me" and "I said don't call me" are imperatives. */
export function imperativeAt(t: Clause, k: number): boolean {
  if (t.slice(0, k).some((w) => CONDITIONALS.has(w))) return false;
  let p = k - 1;
  while (SOFT_WORDS.has(at(t, p)) || INTERJECTIONS.has(at(t, p))) p--;
  const prev = at(t, p);
  return !STATEMENT_SUBJECTS.has(prev) || (prev === 'you' && TELL_VERBS.has(at(t, p - 1)));
}
