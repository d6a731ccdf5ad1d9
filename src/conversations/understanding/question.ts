import type { Message } from './text.js';

const WH =
  /^(?:what|what's|whats|where|where's|wheres|when|when's|whens|who|who's|whos|whose|why|which|how|how's|hows)\b/;
/** After a question word, a subject starts a statement: "when we sell", "what we really want". */
const STATEMENT_AFTER_WH =
  /^\w+'?\w*\s+(?:i|we|you|they|he|she|i'm|we're|you're|they're|i've|we've|i'll|we'll)\b|^(?:what|when|where|how|who|why|which)\s+(?:my|our|your|his|her|their|the|a|an)\b|^(?:how|what)\s+about\b/;
/** "how'd you get my number", "what'd he say": a contracted "did" or "would" asks. */
const WH_CONTRACTED = /^(?:how|what|where|who|why|when)'d\s/;
/** Spanish opens a question with "¿" or an accented question word: "¿quién es?", "quién habla", "cuánto cuesta". */
const ES_WH =
  /^¿|^(?:qué|quién(?:es)?|dónde|de\s+dónde|cuándo|cómo|cuánt[oa]s?|cuál(?:es)?|por\s+qué)(?![\p{L}])|^(?:que|quien(?:es)?|donde|de\s+donde|cuando|como|cuant[oa]s?|cual(?:es)?|por\s+que)\s+(?:es|son|est[áa]|habla|eres|cuesta|cuestan|vale|sacaron|consiguieron|obtuvieron|tienen|tiene|hay|puedo|podemos)(?![\p{L}])/u;
const BE_DO =
  /^(?:is|are|was|were|do|does|did|has)\s+(?!(?:not|fine|good|ok|okay|done|great|perfect|all)\b)\w/;
/**
 * Texted without its apostrophe, "were" is "we're": "were preapproved for 475k", "were looking in round rock".
 * It asks only when a subject follows: "were you approved", "were there offers".
 */
const WERE_AS_WE_ARE =
  /^were\s+(?!(?:you|u|ya|y'all|they|he|she|it|there|the|those|these|any|all|we|i|your|their|his|her|its|our|my|that|this)\b)\w/;
const MODAL =
  /^(?:can|could|would|will|should|shall|may|might|am|isn't|isnt|aren't|arent|doesn't|doesnt|don't|dont|didn't|didnt|hasn't|haven't|can't|cant|won't|wont|wouldn't|couldn't)\s+(?:i|we|you|they|he|she|it|this|that|these|those|there|the|a|an|any|my|our|your|his|her|their|someone|somebody|anyone|anybody|one|u|y'all)\b/;
const HAVE =
  /^(?:have|has|haven't|hasn't)\s+(?:i|we|you|they|he|she|it|there|u|y'all|anyone|anybody|someone)\b/;
/**
 * "any open house coming up", "any updates on 12 oak", "anything under 400 in pflugerville": "are there"
 * left out. Not a choice or a pass ("any time works", "any of those", "anything is fine").
 */
const ANY_ELIDED = /^(?:any|anything)\s+(?!(?:of|time|day|days|one|way|will|would|is|works?)\b)\w/;
const ANY_SETTLES =
  /\b(?:works?|is fine|are fine|is good|is ok|is okay|would work|will work|will do|sounds good)\b/;
/** Greetings and fillers before the question itself: "Hi, is it…", "ok thanks! also, is there…". */
const LEAD_IN =
  /^(?:hi|hey|hello|hiya|yo|ok|okay|k|also|and|so|but|anyway|anyways|btw|oh|um|uh|well|great|cool|perfect|sure|yes|yeah|yep|no|nope|thanks|thank you|thx|sorry|quick question|one more thing|one more question|question|real quick|hi there|hey there|good morning|good afternoon|good evening)\b\s*[,!:.-]*\s*/i;
const NAME_AFTER_GREETING = /^[A-Z][a-z]+\s*[,!:.-]+\s*/;

/** Drops greetings and fillers from the start: "Hi Sarah, is it still available?" → "is it still available?". */
export function stripLeadIn(text: string): string {
  let rest = text.trim();
  for (let m = LEAD_IN.exec(rest); m && m[0].length < rest.length; m = LEAD_IN.exec(rest)) {
    rest = rest.slice(m[0].length);
    const name = NAME_AFTER_GREETING.exec(rest);
    if (name && name[0].length < rest.length) rest = rest.slice(name[0].length);
  }
  return rest;
}

/** Whether a clause asks something: it ends in "?" or opens with a question word or an inverted verb. */
export function isQuestionClause(clause: string): boolean {
  const text = stripLeadIn(clause).toLowerCase();
  if (/\?\s*$/.test(clause.trim())) return /\p{L}|\d/u.test(text);
  if (WH_CONTRACTED.test(text) || ES_WH.test(text)) return true;
  if (WH.test(text)) return !STATEMENT_AFTER_WH.test(text);
  if (WERE_AS_WE_ARE.test(text)) return false;
  if (ANY_ELIDED.test(text)) return !ANY_SETTLES.test(text);
  return BE_DO.test(text) || MODAL.test(text) || HAVE.test(text);
}

/** Sentences: at ".", "!", "?" (with what follows them) and line breaks. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The question asked, if any: each sentence that ends in "?" or opens like a question, with the
 * greeting before it dropped, joined in order.
 */
export function extractQuestion(message: Message): string | null {
  const blanked = message.masked;
  const found: string[] = [];
  let offset = 0;
  for (const sentence of sentences(message.source)) {
    const at = message.source.indexOf(sentence, offset);
    offset = at + sentence.length;
    const visible = blanked.slice(at, at + sentence.length).trim();
    if (!/\p{L}/u.test(visible) && !/\?/.test(sentence)) continue;
    if (!isQuestionClause(sentence)) continue;
    const asked = stripLeadIn(sentence);
    if (/\p{L}|\d/u.test(asked)) found.push(asked);
  }
  return found.length > 0 ? found.join(' ') : null;
}
