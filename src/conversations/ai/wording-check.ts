import { countSegments, fitsSegments } from '../../messaging/segments.js';
import type { ReplyDraft } from '../engine.types.js';
import { claimDifference, forbiddenContent, normalizeDigits } from './claims.js';

export type WordingCheck = { ok: true } | { ok: false; reason: string };

/** Keywords such as STOP or HELP; AM and PM are times, compared as times. */
const ALL_CAPS = /\b(?!AM\b|PM\b)[A-Z]{2,}\b/g;
const PLACEHOLDER = /[{}[\]<>]/;

const tokens = (text: string, pattern: RegExp) => new Set(Array.from(text.matchAll(pattern), (m) => m[0]));
const squash = (text: string) => normalizeDigits(text).replace(/\s+/g, ' ').trim().toLowerCase();

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
 * Whether a reworded reply states exactly what the draft states, by meaning: every figure with what it
 * measures (a price with its magnitude, beds and baths in order, months not weeks), times, days and
 * dates, listing statuses, booking and availability claims (only the engine's own decision makes them),
 * keywords such as STOP, every listed fact, the draft's question and no other, and no more SMS segments
 * than the draft allows. A link, e-mail address, phone number or opt-out wording in a reply rejects it.
 * Anything in doubt fails, and a failed check sends the draft itself.
 */
export function checkWording(draft: ReplyDraft, reply: string): WordingCheck {
  const fail = (reason: string): WordingCheck => ({ ok: false, reason });
  if (reply.trim() === '') return fail('empty');

  const forbidden = forbiddenContent(reply, draft.text);
  if (forbidden) return fail(`forbidden_${forbidden}`);
  const difference = claimDifference(draft.text, reply);
  if (difference?.added) return fail(`added_${difference.added.split(':')[0]}`);
  if (difference?.dropped) return fail(`dropped_${difference.dropped.split(':')[0]}`);

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
