import { SPANISH_HEDGE } from './spanish-time.js';
import { clauseAt, type Span } from './text.js';

/**
 * What the words around a date or time say about it: ruled out ("not 3", "saturday doesn't work"),
 * a fact of the lead's day rather than a proposal ("I get off at 5"), a correction ("actually 11"),
 * and whether the whole text is hedged or joking. All patterns are compiled once.
 */

const NEG_BEFORE =
  /(?:\b(?:not|(?<!\bwait[\s,]*)no|except|but not|can'?t do|cannot do|can'?t\s+(?:stop|come|swing|drop|make it|meet|go)(?:\s+(?:by|over|in|out))?|can'?t|cant|no puedo|instead of|rather than|scratch|forget|cross off)\s+(?:at\s+|on\s+|do\s+)?|\b(?:not|n't)\s+(?:free|available|around|home|able to do|good)\s+(?:at\s+|on\s+)?|\bbusy\s+(?:at\s+|on\s+)?|\bno\s+\w+s\s+|\b(?:was|were)\s+(?:going\s+to|gonna)\s+(?:say|do|suggest|pick|go\s+with)\s+|(?<![\p{L}])ocupad[oa]s?\s+(?:el\s+)?)$/u;
const NEG_AFTER =
  /^\s*(?:(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|wouldn'?t|would not|don'?t|do not)\s+(?:work|do|good|possible|great|ideal|an option)|(?:is|'s)\s+(?:bad|out|taken|booked|no good|a no)|no good|no bueno|no me (?:sirve|queda|funciona)|no puedo|no podemos|(?:ando|estoy|estamos|andamos|i'?m|im|we'?re|i\s+am|we\s+are)\s+(?:muy\s+|really\s+|super\s+|pretty\s+)?(?:ocupad[oa]s?|busy|slammed|swamped|booked))/;

/** Ruled out by the lead: "not 3", "not at 3", "3 doesn't work", "I'm busy saturday". */
export function ruledOut(text: string, span: Span): boolean {
  const clause = clauseAt(text, span.start);
  const before = text.slice(Math.max(clause.start, span.start - 24), span.start);
  const after = text.slice(span.end, Math.min(text.length, span.end + 28));
  return NEG_BEFORE.test(before) || NEG_AFTER.test(after);
}

/** "1pm sunday is too early for us", "at 5 is a bit late": what is refused is the hour, not the day. */
const TOO_EARLY_OR_LATE =
  /^\s*(?:on\s+)?(?:[a-z]+day\s+)?(?:is|'s|would\s+be|will\s+be)\s+(?:just\s+|prob(?:ably)?\s+|way\s+)?(?:too|(?:a\s+(?:bit|little)|kinda)(?:\s+too)?)\s+(?:early|late|soon)\b/;

/** An hour ruled out, also by being too early or late: "not 3", "1pm sunday is too early". */
export function hourRuledOut(text: string, span: Span): boolean {
  return ruledOut(text, span) || TOO_EARLY_OR_LATE.test(text.slice(span.end, span.end + 40));
}

const CONSTRAINT =
  /(?:\b(?:get|gets|getting|got)\s+(?:off|out)(?:\s+(?:of\s+)?work)?\s+(?:at|around|by)|\boff\s+(?:work\s+)?at|\b(?:work|working|works|busy|class|school|meetings?|shift)\s+(?:until|till|til|to)|\b(?:finish|finishes|finished|done|leave|out)\s+(?:work\s+|with work\s+)?(?:at|around|by)|\b(?:shift|work|class|school)\s+(?:ends|is over|gets out|lets out)\s+(?:at|around)|\bhome\s+(?:by|at|around)|\b(?:land|lands|landing|arrive|arrives|arriving|get in|gets in|fly in|flight(?:\s+\w+)?)\s+(?:at|around|by)|\bsalgo\s+(?:del\s+trabajo\s+)?at|\b(?:showing|appointment|appt|open\s+house|inspection|closing|meeting|surgery|flight|class)\s+(?:is|'s)\s+(?:at|around|from)|(?:^\s*|\b(?:my|have|having|got)\s+)(?:lunch|dinner|breakfast)\s+(?:is\s+)?(?:at|around))\s*$/;

/** A time of the lead's own day, not a proposal: "I get off at 5", "I work until 6", "home by 7". */
export function constraintTime(text: string, span: Span): boolean {
  const clause = clauseAt(text, span.start);
  return (
    CONSTRAINT.test(text.slice(Math.max(clause.start, span.start - 40), span.start)) ||
    THEIR_EVENT.test(text.slice(Math.max(clause.start, span.start - 8), span.end + 24))
  );
}
/** "after my 12:30 call", "before our 4pm appointment": the time of an event of their own. */
const THEIR_EVENT =
  /\b(?:my|our)\s+\S+(?:\s*(?:am|pm))?\s+(?:call|meeting|appointment|appt|class|shift|flight|showing|interview|doctor'?s?|dentist)\b/;

const CORRECTION =
  /(?<![\p{L}])(?:actually|instead(?!\s+of\b)|rather(?!\s+than\b)|make it|better yet|scratch that|correction|i mean|i meant|meant|no wait|wait|on second thought|let'?s\s+say|let'?s\s+do|let'?s\s+go\s+with|(?:o\s+)?mejor)(?![\p{L}])[^.!?\d]{0,16}$/u;
/** "move tomorrow's 2pm to 4pm", "push saturday to sunday": what follows "to" replaces what came before. */
const MOVED_TO = /\b(?:move|moving|push|change|switch|bump|reschedule)\b[^.!?]{0,30}\bto\s*$/;
/** "tuesday at 10 instead?", "but 5 is better", "sunday works better": a choice said after the time. */
const CORRECTION_AFTER =
  /^(?:\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?)?\s*,?\s*(?:instead\b(?!\s+of\b)|(?:is|'s|would be|works|sounds|seems)\s+(?:(?:prob|probably|def|definitely|much|way|actually|even|a\s+lot|a\s+bit|honestly)\s+)?(?:better|best|safer|easier|preferable|preferred|ideal)|then\s*(?:$|[.!?]))/;

/** A later reading that replaces an earlier one: "tomorrow at 10, actually 11", "tuesday at 10 instead". */
export function corrects(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return (
    CORRECTION.test(before) ||
    MOVED_TO.test(before) ||
    CORRECTION_AFTER.test(text.slice(span.end, span.end + 40))
  );
}

const HEDGE =
  /\b(?:maybe|might|perhaps|possibly|probably|prob|i think|i guess|not sure|tentative\w*|if (?:that|it) works|should be able|hopefully|could be|depends|depending)\b/;
const JOKE =
  /\b(?:lol|lmao|lmfao|rofl|ha(?:ha)+h?|hehe\w*|jk|j\/k|just kidding|kidding|joking)\b|[😂🤣😜😝🙃]/u;

/** The lead hedged ("maybe 5:30", "tal vez el sábado"). */
export const hedged = (text: string): boolean => HEDGE.test(text) || SPANISH_HEDGE.test(text);
/** The lead is joking ("at 3am lol"); `lower` keeps the emoji the masked text blanks. */
export const joking = (lower: string): boolean => JOKE.test(lower);
