/**
 * Rules about whose line this is: a wrong number, a number that changed hands, a work phone.
 */
import {
  CONDITIONALS,
  CONTACT_WORDS,
  FILLERS,
  GAVE_WRONG,
  OWN_LINES,
  WRONG_TARGETS,
} from './data/opt-out-lexicon.js';
import type { OptOut } from './keywords.js';
import { at, type Clause, type Rule, restIs } from './opt-out-clauses.js';

/** "Wrong number", "you have the wrong person", "no one here by that name", "this isn't Dan's phone". */
export const wrongNumber: Rule = (t) => {
  const hit: OptOut = { channel: 'all', reason: 'wrong_number' };
  for (let k = 0; k < t.length; k++) {
    const w = at(t, k);
    if (w === 'wrong') {
      const target = at(t, k + 1);
      const p = ['the', 'a'].includes(at(t, k - 1)) ? k - 2 : k - 1;
      // "this isn't the wrong number", "not a wrong number, this is Dana"
      if (['not', 'isnt', 'aint', 'arent'].includes(at(t, p))) continue;

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
    // "there's no Kevin here", "no Maria at this number" ("no calls here" names a channel, not a person)
    const named = !NOT_A_NAME.has(at(t, k + 1)) && !CONTACT_WORDS.has(at(t, k + 1));
    if (w === 'no' && named && (at(t, k + 2) === 'here' || at(t, k + 2) === 'at')) {
      if (at(t, k + 2) === 'here' ? restIs(t, k + 3, FILLERS) : OWN_LINES.has(at(t, k + 4))) return hit;
    }
    // "the previous owner of this number", "new phone, new owner"
    if (at(t, k + 1) === 'owner') {
      if (['previous', 'prior', 'former', 'old'].includes(w) && t.some((x) => OWN_LINES.has(x))) return hit;
      if (w === 'new' && t.slice(0, k).every((x) => x === 'and') && restIs(t, k + 2, FILLERS)) return hit;
    }
    // "whoever you're trying to reach isn't me", "the person you want is not me"
    if (['isnt', 'not', 'aint'].includes(w) && at(t, k + 1) === 'me' && restIs(t, k + 2, FILLERS)) {
      if (t.slice(0, k).some((x) => ['whoever', 'reach', 'looking', 'person', 'want', 'trying'].includes(x)))
        return hit;
    }
    // "I think this was meant for someone else", "you meant to text somebody else"
    if (['meant', 'intended'].includes(w) && ourMessageMeant(t, k) && elseAfter(t, k + 1)) return hit;
    if (['confused', 'mistaken', 'mixed'].includes(w) && t.some((x) => x === 'someone' || x === 'somebody')) {
      return hit;
    }
  }
  return null;
};

/** "this was meant", "you meant": our message went astray, not the lead's ("I meant that for…"). */
function ourMessageMeant(t: Clause, k: number): boolean {
  let p = k - 1;
  while (['was', 'is', 'were', 'be', 'must', 'probably', 'prob'].includes(at(t, p))) p--;
  if (p === k - 1) return at(t, p) === 'you';
  return ['this', 'that', 'it', 'text', 'texts', 'message', 'messages', 'msg', 'call'].includes(at(t, p));
}

const elseAfter = (t: Clause, from: number): boolean =>
  t
    .slice(from, from + 5)
    .some(
      (x, i) =>
        ['someone', 'somebody', 'another'].includes(x) && ['else', 'person'].includes(at(t, from + i + 1)),
    );

/** Words after "no" that are not a person's name: "no one here", "no time here". */
const NOT_A_NAME = new Set([
  'one',
  'time',
  'need',
  'more',
  'way',
  'problem',
  'rush',
  'pets',
  'kids',
  'hoa',
  'pool',
]);

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

/** "This is my work phone", "you're texting my work cell": a line they may not be reached on for this. */
export const workPhone: Rule = (t) => {
  for (let k = 0; k < t.length; k++) {
    if (belongsToEmployer(t, k)) return { channel: 'all', reason: 'work_phone' };
    if (!['work', 'business', 'office', 'company'].includes(at(t, k)) || !OWN_LINES.has(at(t, k + 1)))
      continue;
    const before = t.slice(0, k);
    // "texting from my work phone, this is Maria": the line they write from, not one they close
    if (at(t, k - 2) === 'from' || at(t, k - 1) === 'from') continue;
    // "work phone, can't get personal texts on here": the line named alone, as a clause of its own
    const named =
      before.every((w) => w === 'my' || w === 'this' || FILLERS.has(w)) && restIs(t, k + 2, FILLERS);
    const stated =
      named ||
      before.includes('is') ||
      before.some((w) => ['thats', 'its', 'texting', 'calling'].includes(w));
    if (stated && !before.some((w) => CONDITIONALS.has(w) || w === 'not'))
      return { channel: 'all', reason: 'work_phone' };
    // "pls dont text me on my work cell": a prohibition aimed at the work line
    const forbidden = before.some(
      (w, i) =>
        ['dont', 'never'].includes(w) &&
        CONTACT_WORDS.has(at(before, i + 1)) &&
        !['i', 'we', 'they', 'he', 'she'].includes(at(before, i - 1)),
    );
    if (forbidden && !before.some((w) => CONDITIONALS.has(w)))
      return { channel: 'all', reason: 'work_phone' };
  }
  return null;
};

/** "this number belongs to my employer", "the phone belongs to the company": a line that is not theirs. */
function belongsToEmployer(t: Clause, k: number): boolean {
  return (
    at(t, k) === 'belongs' &&
    OWN_LINES.has(at(t, k - 1)) &&
    at(t, k + 1) === 'to' &&
    ['my', 'our', 'the'].includes(at(t, k + 2)) &&
    EMPLOYERS.has(at(t, k + 3))
  );
}
const EMPLOYERS: ReadonlySet<string> = new Set(['employer', 'work', 'job', 'company', 'office', 'boss']);

/** "Not my number anymore", "I just got this number": the person meant is no longer on this line. */
export const notMyNumber: Rule = (t) => {
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
    // "got this phone last month", "I've had this number since June": it was someone else's before
    if (
      ['got', 'gotten', 'had'].includes(w) &&
      at(t, k + 1) === 'this' &&
      OWN_LINES.has(at(t, k + 2)) &&
      t.slice(k + 3).some((x) => ['last', 'ago', 'recently', 'since', 'new'].includes(x))
    )
      return { channel: 'all', reason: 'wrong_number' };
  }
  return null;
};

/**
 * The person sought is not on this line: "he doesn't live here", "whoever you're looking for doesn't have
 * it anymore", "this number was reassigned to me".
 */
const SOMEONE_ELSE =
  /\b(?:(?:he|she|they|that person|the person|whoever (?:youre|you are) (?:looking for|texting|trying to reach))\s+(?:doesnt|dont|does not|no longer)\s+(?:live here|lives here|(?:have|has|use|uses) (?:it|this|this number|that number|the number|this phone)(?: anymore| any more|$))|(?:number|phone|line)\s+(?:was|got|has been|had been)\s+(?:reassigned|recycled))\b/;

export const someoneElsesLine: Rule = (t) =>
  // "he doesn't live here anymore but I do": the lead is still here
  SOMEONE_ELSE.test(t.join(' ')) && !t.includes('but') ? { channel: 'all', reason: 'wrong_number' } : null;
