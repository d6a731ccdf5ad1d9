import { countSegments, fitsSegments } from '../../messaging/segments.js';
import type { ReplyDraft } from '../engine.types.js';

export type WordingCheck = { ok: true } | { ok: false; reason: string };

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const ALL_CAPS = /\b[A-Z]{2,}\b/g;
const WEEKDAY = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b/gi;
/** Month names only capitalised, so the verb "may" is not read as a date. */
const MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/g;
const RELATIVE_DAY = /\b(today|tonight|tomorrow|yesterday|weekend)\b/gi;
/** Spelled-out quantities; "one" is left out, it is mostly a pronoun. */
const NUMBER_WORD =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half)\b/gi;
const PLACEHOLDER = /[{}[\]<>]/;

const tokens = (text: string, pattern: RegExp, shape: (token: string) => string = (t) => t) =>
  new Set(Array.from(text.matchAll(pattern), (m) => shape(m[1] ?? m[0])));

const numberToken = (t: string) => t.replace(/,/g, '').replace(/\.$/, '');
const urlToken = (t: string) => t.replace(/[.,!?;:)\]]+$/, '').toLowerCase();
const lower = (t: string) => t.toLowerCase();
const weekdayToken = (t: string) => t.slice(0, 3).toLowerCase();
const monthToken = (t: string) => t.slice(0, 3);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

const questions = (text: string) => (text.match(/\?/g) ?? []).length;

const FILLER = new Set(
  'a an and any are be can could do does for have has i in is it its me my of on or so the there this that to us we were will with would you your'.split(
    ' ',
  ),
);

/** The words that carry a question ("when", "move", "price"), crudely stemmed so "moving" meets "move". */
function questionWords(text: string): Set<string> {
  const asked = text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.includes('?'));
  const words =
    asked
      .join(' ')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  return new Set(
    words
      .filter((w) => w.length > 1 && !FILLER.has(w))
      .map((w) => w.replace(/(ing|ed|es|s|e)$/, '').slice(0, 6)),
  );
}

/** Whether the reply still asks the draft's question: most of its words are in the reply's question. */
function keepsQuestion(draft: string, reply: string): boolean {
  const wanted = questionWords(draft);
  if (wanted.size === 0) return true;
  const asked = questionWords(reply);
  const kept = [...wanted].filter((w) => asked.has(w)).length;
  return kept * 2 >= wanted.size;
}

/**
 * Whether a reworded reply states exactly what the draft states: the same numbers (prices, times,
 * counts), links, addresses, keywords such as STOP, days and dates, every listed fact verbatim,
 * the draft's question and no other, and no more SMS segments than the draft allows. Anything in doubt fails,
 * and a failed check sends the draft itself.
 */
export function checkWording(draft: ReplyDraft, reply: string): WordingCheck {
  const fail = (reason: string): WordingCheck => ({ ok: false, reason });
  if (reply.trim() === '') return fail('empty');

  const pairs: [string, RegExp, (t: string) => string][] = [
    ['numbers', NUMBER, numberToken],
    ['links', URL, urlToken],
    ['emails', EMAIL, lower],
    ['weekdays', WEEKDAY, weekdayToken],
    ['months', MONTH, monthToken],
    ['relative_days', RELATIVE_DAY, lower],
    ['number_words', NUMBER_WORD, lower],
  ];
  for (const [name, pattern, shape] of pairs) {
    if (!sameSet(tokens(draft.text, pattern, shape), tokens(reply, pattern, shape)))
      return fail(`changed_${name}`);
  }

  const replyCaps = tokens(reply, ALL_CAPS);
  for (const word of tokens(draft.text, ALL_CAPS)) if (!replyCaps.has(word)) return fail('dropped_keyword');

  const squashed = squash(reply);
  for (const fact of draft.facts) {
    if (fact.trim() !== '' && !squashed.includes(squash(fact))) return fail('dropped_fact');
  }

  const asked = questions(draft.text);
  const asking = questions(reply);
  if (asked === 0 ? asking > 0 : asking === 0 || asking > asked) return fail('changed_question');
  if (!keepsQuestion(draft.text, reply)) return fail('changed_question');

  if (PLACEHOLDER.test(reply) && !PLACEHOLDER.test(draft.text)) return fail('placeholder');

  // A draft the engine itself wrote longer than its limit may keep its length, never grow past it.
  const limit = Math.max(draft.maxSegments, countSegments(draft.text).segments);
  if (!fitsSegments(reply, limit)) return fail('too_long');
  return { ok: true };
}
