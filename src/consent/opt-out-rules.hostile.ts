/**
 * Rules for hostility, complaints and threats: "leave me alone", "why do you keep texting me", "I'll
 * sue", "go bother someone else".
 */
import {
  ANNOYANCE_WORDS,
  AUTHORITIES,
  BASE_FORMS,
  CLAUSE_LEVEL_HOSTILE,
  CONTACT_WORDS,
  FILLERS,
  HOSTILE_PAIRS,
  HOSTILE_WORDS,
  INTERJECTIONS,
  type OptOutChannel,
} from './data/opt-out-lexicon.js';
import type { OptOut } from './keywords.js';
import {
  at,
  type Clause,
  contactRun,
  isPersonal,
  negatorBefore,
  type Rule,
  restIs,
} from './opt-out-clauses.js';

export const hostile: Rule = (t) => {
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
      // "k well im not your customer so quit it": a dismissal joined on after a statement
      const opens = t.slice(0, k).every((x) => INTERJECTIONS.has(x)) || JOINED_ON.has(at(t, k - 1));
      // a dismissal names no channel: every way of reaching them, unless the message names one
      // "knock it off with the texts", "cut it out with the calls": the dismissal names what it ends
      const about = at(t, k + phrase.length) === 'with' && aboutContact(t, k + phrase.length + 1);
      if (matches && opens && (restIs(t, k + phrase.length, FILLERS) || about)) {
        return { channel: 'all', reason: 'hostile' };
      }
    }
  }
  return null;
};

/** Whether the words from j are only determiners and contact nouns: "the texts", "all these calls". */
function aboutContact(t: Clause, j: number): boolean {
  let k = j;
  while (['the', 'these', 'those', 'all', 'your', 'this', 'that'].includes(at(t, k))) k++;
  return (
    k < t.length &&
    t.slice(k).every((w) => CONTACT_WORDS.has(w) || w === 'and' || w === 'or' || FILLERS.has(w))
  );
}

/** Words after which a clause-final dismissal is its own imperative: "…so quit it", "…now go away". */
const JOINED_ON: ReadonlySet<string> = new Set(['so', 'now', 'just']);

/** Complaints that only make sense as "stop": "why do you keep texting me", "I'm blocking you", "this is spam". */
export const complaint: Rule = (t) => {
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

/** "I'll sue", "one more text and I'm suing", "go bother someone else". */
export const threatOrDismissal: Rule = (t) => {
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
      // sent to someone else: every way of reaching them
      return { channel: 'all', reason: 'hostile' };
    // "find someone else to spam", "go get somebody else to bother": an annoyance sent elsewhere
    if (
      elsewhere &&
      at(t, k + 3) === 'to' &&
      (ANNOYANCE_WORDS.has(at(t, k + 4)) || at(t, k + 4) === 'annoy') &&
      !negatorBefore(t, k)
    )
      return { channel: 'all', reason: 'hostile' };
    const sentElsewhere = elsewhereTold(t, k);
    if (sentElsewhere) return { channel: sentElsewhere, reason: 'hostile' };
  }
  return null;
};

/**
 * "go find another sucker to text", "find some other victim to call": told, as the clause's first words,
 * to reach another person; the channel is the one named.
 */
function elsewhereTold(t: Clause, k: number): OptOutChannel | null {
  if (at(t, k) !== 'find' || !t.slice(0, k).every((x) => x === 'go' || INTERJECTIONS.has(x))) return null;
  const other = at(t, k + 1) === 'another' || (at(t, k + 1) === 'some' && at(t, k + 2) === 'other');
  const to = t.indexOf('to', k + 2);
  if (!other || to < 0 || to > k + 5) return null;
  const verb = at(t, to + 1);
  if (ANNOYANCE_WORDS.has(verb)) return 'all';
  return BASE_FORMS.has(verb) ? (CONTACT_WORDS.get(verb) ?? 'all') : null;
}

/**
 * A threat that hangs on more contact: "keep calling and you'll be hearing from my lawyer", "if you text
 * me one more time I'm filing a complaint", "contact me again and I report you". The channel is the
 * contact named.
 */
const MORE_CONTACT =
  /\b(?:(?:keep|one\s+more)\s+(?:\w+\s+){0,2}?(text|call|messag|contact|email)\w*|(?:if|next\s+time)\s+(?:you|u|yall)\s+(?:\w+\s+)?(text|call|messag|contact|email)\w*\s+(?:me|us|this)|(text|call|messag|contact|email)\w*\s+(?:me|us)\s+(?:(?:\w+\s+)?again|one\s+more\s+time)|^one\s+more(?:\s+(?:time|one))?\s+and)\b.*\b(?:i|we|ill|im|well|youll|you\s+will|gonna)(?:\s+\w+){0,4}?\s+(?:lawyer|attorney|sue|suing|lawsuit|report|reporting|complaint|police|authorities|fcc|ftc|tcpa|court|block|blocking)\b(?!\s+back)/;

export const conditionalThreat: Rule = (t) => {
  const m = MORE_CONTACT.exec(t.join(' '));
  if (!m) return null;
  const verb = m[1] ?? m[2] ?? m[3] ?? '';
  const channel = verb === 'call' ? 'voice' : verb === 'text' || verb === 'messag' ? 'sms' : 'all';
  return { channel, reason: 'threat' };
};
