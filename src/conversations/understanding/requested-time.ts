import type { DateTime } from 'luxon';
import { zoneNamedAfter } from './named-zone.js';
import { relativeTimes } from './relative-time.js';
import {
  chooseDate,
  chronoDates,
  type DateSpec,
  distinctDays,
  joinWeekdays,
  otherAlternative,
  ownDates,
} from './requested-dates.js';
import { originOf, rewrite } from './rewrite.js';
import { clauseAt, type Message, type Span } from './text.js';
import { constraintTime, corrects, hedged, hourRuledOut, joking, ruledOut } from './time-context.js';
import {
  type DayWindow,
  meridiemGuessed,
  type PartOfDay,
  partsOfDay,
  type TimeSpec,
  timeSpecs,
  windowOf,
} from './time-of-day.js';
import { timeRewrites } from './time-words.js';
import type { DateConflict, RequestedTime } from './understanding.schema.js';

export interface RequestedTimeResult {
  value: RequestedTime | null;
  /** Where the date and time were read, in the message's coordinates. */
  spans: Span[];
  /**
   * How sure the reading is, 0–1: 1 for a clean explicit time; lower when am/pm was guessed, alternatives
   * remain, or the lead hedged ("maybe", "ish"). 0 when there is no value.
   */
  confidence: number;
  /**
   * The lead named a day that cannot be (a weekday and a day of the month that disagree, "wed the 17th"
   * when the 17th is a Thursday): no value, and the reply should ask which they meant.
   */
  conflict: boolean;
  /** In a conflict, the two days it could be: the date written and the nearest day of the weekday named. */
  conflictDays?: DateConflict;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const none = (): RequestedTimeResult => ({ value: null, spans: [], confidence: 0, conflict: false });

/** Clauses whose times are not a request: "no calls after 8pm", "cancel tomorrow", "we saw it monday". */
const PROHIBITION =
  /\b(?:no|don'?t|dont|do not|never|not)\s+(?:\w+\s+){0,2}?(?:call|calls|calling|text|texts|texting|contact|message|messages)\b/;
const CANCEL =
  /(?<!\b(?:don'?t|do not|not|never|no)\s+)\b(?:cancel\w*|can'?t make|cannot make|won'?t make|not going to make|unable to make)\b/;
/**
 * Clauses whose times are no proposal: a stop ("quit calling me at 7am", "stop looking at zillow at 2am"),
 * the lead's own later move ("I'll text you tomorrow", "mañana te escribo"), or asking the agent's time
 * ("what time works for you tomorrow?").
 */
const NOT_PROPOSED =
  /\b(?:stop|quit)\s+\w+ing\b|\b(?:i'?ll|ill|i will|will|gonna)\s+(?:text|call|get back to|reach out to|message|let|hit)\s+(?:you|u|back)\b|\bit'?s\s+(?:like\s+|already\s+|almost\s+|past\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|(?<![\p{L}])(?:te|le|les|se\s+(?:lo|la|los|las))\s+(?:escribo|llamo|aviso|marco|contacto|mando|env[íi]o)(?![\p{L}])|\b(?:what|which)\s+time\s+(?:works|is good|is best)\s+for\s+(?:you|u)\b|\b(?:one|some)\s+day\s+next\s+week\b|\b(?:text|texts|call|calls|message|messages)\s+(?:today|this\s+week|this\s+morning)\b/u;
const MOVE_CONTEXT =
  /\b(?:lease|leases|closing|close|closes|move|moving|moved|start|starts|starting|due|born|graduat\w*|ends|expires|deadline|baby|approval|appraisal|underwriting)\b/;
const PAST =
  /\b(?:saw|seen|looked|went|(?:was|were)(?!\s+(?:thinking|hoping|wondering|going|planning|gonna))|did|visited|toured|came|had|bought|sold|last|yesterday|ago|called|texted|messaged|applied|submitted|signed|spoke|talked|heard|got\s+(?:pre[\s-]?)?(?:approved|qualified))\b/;
/** Plans with someone else: "talking to a lender this week", "I'll ask my wife tomorrow". */
const THIRD_PARTY =
  /\b(?:with|w\/?|to|ask|asking|tell|telling|check with)\s+(?:my|our|the|a|his|her)\s+(?:lender|bank|loan officer|wife|husband|partner|spouse|boss|inspector|contractor|attorney|lawyer|accountant|mom|dad|parents|family)\b/;
/** "by friday", "after the 15th": a bound on a span, not a time to meet. */
const DEADLINE = new Set(['by', 'until', 'til', 'till', 'before', 'after', 'since']);
/** After a date, what makes "move <date>" a showing moved: "tomorrow's 2pm to 4pm", "saturday to sunday". */
const RESCHEDULED = /^(?:'s)?\s*(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+)?to\b/;
/** "can we move it to monday", "move the showing to 2": a visit moved, not a move of house. */
const VISIT_MOVED =
  /\bmov\w*\s+(?:it|this|that|(?:the|our|my|this|that)\s+(?:showing|appointment|appt|visit|tour|meeting|time))\s+(?:back\s+|up\s+)?(?:to|till?|until)\s+(?:\w+\s+)?$/;
/** "can we stop by saturday?": the "by" of a visit, not a deadline. */
const VISIT_BY = /\b(?:stop|come|swing|drop|pop|run|head|go|get|walk|drive|be)\s+(?:over\s+|back\s+)?by\s*$/;
function clauseSkips(text: string, span: Span, isDate: boolean): boolean {
  const clause = clauseAt(text, span.start);
  const whole = text.slice(clause.start, clause.end);
  const before = text.slice(clause.start, span.start);
  if (PROHIBITION.test(whole) || CANCEL.test(whole) || THIRD_PARTY.test(whole) || PAST.test(before))
    return true;
  if (NOT_PROPOSED.test(whole)) return true;
  if (!isDate) return false;
  const previous =
    before
      .trim()
      .split(/\s+/)
      .filter((w) => w !== 'the')
      .at(-1) ?? '';
  if (DEADLINE.has(previous) && !(previous === 'by' && VISIT_BY.test(before))) return true;
  // "can we move tomorrow's 2pm to 4pm" moves a showing, not house; the date read may hold the times
  // too ("tomorrow 2pm to 4pm"), so what follows is read from after its first word
  const word = /^[\p{L}']*/u.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
  const moved =
    RESCHEDULED.test(text.slice(span.end, span.end + 24)) ||
    RESCHEDULED.test(text.slice(span.start + word, span.end + 24));
  return MOVE_CONTEXT.test(before) && !moved && !VISIT_MOVED.test(before);
}

/** "pause the texts", "put this on hold", "hold off": contact paused, whatever dates follow. */
const PAUSE = /\b(?:pause|on\s+hold|hold\s+off)\b/;

/** An hour written beside a day or a part of it: "tuesday at 10", "morning at 7pm", "3pm in the morning". */
function besideHour(text: string, a: Span, b: Span): boolean {
  const gap = b.start >= a.end ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return /^[\s,]*(?:in\s+the\s+|on\s+|at\s+|@\s*)?$/.test(gap);
}

/** "7pm" in the morning, "9am" in the evening: the written half of the day disagrees with the part named. */
function meridiemClash(time: TimeSpec, part: PartOfDay): boolean {
  const m = time.first.meridiem;
  if (m === null) return false;
  if (part === 'morning') return m === 'pm' && time.first.hour !== 12;
  if (part === 'evening') return m === 'am';
  if (part === 'afternoon') return m === 'am' && time.first.hour !== 12;
  return false;
}

/** A part of the day written right before or after a date: "sunday afternoon", "afternoon on sunday". */
function besideDate(text: string, date: Span, part: Span): boolean {
  const gap = part.start >= date.end ? text.slice(date.end, part.start) : text.slice(part.end, date.start);
  return /^[\s,]*(?:in\s+the\s+|on\s+|at\s+)?$/.test(gap);
}

/** "feb 30", "nov 31", "2/30": a day the month does not have. */
const IMPOSSIBLE_DATE =
  /\b(?:feb(?:ruary)?\.?\s+3[01]|(?:apr(?:il)?|june?|sept?(?:ember)?|nov(?:ember)?)\.?\s+31|(?:0?2\/(?:3[01])|(?:0?[469]|11)\/31))(?!\d)/;

/** The date written and the day of the weekday named nearest to it: "thu the 16th" → Wed 16, Thu 17. */
function conflictDays(written: DateTime, weekday: number | undefined): DateConflict | null {
  if (weekday === undefined) return null;
  const offsets = [1, -1, 2, -2, 3, -3];
  const other = offsets.map((k) => written.plus({ days: k })).find((d) => d.weekday === weekday);
  if (!other) return null;
  return { date: written.toISODate() ?? '', weekdayDate: other.toISODate() ?? '' };
}

/** The wall-clock time on a day (set, not added, so a change of clocks that day does not shift it). */
function at(d: DateTime, minutes: number): DateTime {
  const rest = minutes % (24 * 60);
  return d
    .plus({ days: Math.floor(minutes / (24 * 60)) })
    .set({ hour: Math.floor(rest / 60), minute: rest % 60, second: 0, millisecond: 0 });
}

function iso(d: DateTime): string {
  return d.toISO({ suppressMilliseconds: true }) ?? '';
}

/** A weekend's span in days (Saturday to Sunday): a longer span is a time to meet only when asked for as it is. */
const WEEKEND_DAYS = 1;
/** Words that leave a span open: "sometime", "some afternoon", "one day", "later", "maybe", "should be", "hit me up". */
const OPEN_SPAN =
  /\b(?:sometime|some\s+(?:time|day|morning|afternoon|evening|point)|one\s+day|any\s*day|later|maybe|should\s+be|hit\s+me\s+up|busy)\b/;

/**
 * The time they ask for, in their zone unless they name one after the time ("3pm Austin time", "10am
 * EST"): "tomorrow at 4" is 16:00–17:00, "monday morning" 09:00–12:00,
 * a day alone 09:00–17:00, "this weekend" Saturday 09:00 to Sunday 17:00, "after 5" until 20:00, and a
 * wait under half a day ("call me in 30 min", "in a couple hours") the hour from now plus that wait.
 * A time already past moves to the next day (a weekday to the next week); a written date in the past is
 * no request. Of two times the first proposed is read ("sat at 10 or sun at 2"), a ruled-out one is
 * skipped ("not 3, 4 works"), and a time of the lead's own day ("I get off at 5") gives way to the time
 * proposed (alone, it proposes nothing). A weekday that disagrees with the date beside it is a
 * conflict, asked about, not guessed. Spanish times are read too ("mañana a las 4", "el sábado en la
 * tarde").
 */
export function extractRequestedTime(message: Message, claimed: readonly Span[]): RequestedTimeResult {
  const { now } = message;
  // "can we put this on pause", "hold off til after the holidays": a pause proposes no meeting
  if (PAUSE.test(message.masked)) return none();
  // a day that does not exist is asked about, never moved to one that does
  if (IMPOSSIBLE_DATE.test(message.masked)) return none();
  const rw = rewrite(message.masked, timeRewrites(message.masked));
  const claimedHere = claimed.flatMap((s) => {
    const start = rw.origin.findIndex((o) => o >= s.start);
    const end = rw.origin.findIndex((o) => o >= s.end);
    return start < 0 ? [] : [{ start, end: end < 0 ? rw.text.length : end }];
  });
  const own = ownDates(rw.text, now);
  const ownRelative = own.filter((d) => d.kind === 'relative');
  const allDates = joinWeekdays(
    rw.text,
    [...chronoDates(rw, now, [...claimedHere, ...ownRelative]), ...own]
      .filter((d) => !clauseSkips(rw.text, d, true))
      .sort((a, b) => a.start - b.start),
  );
  // "tomorrow at 10 doesn't work, how about 2": what is refused is the hour, when another hour and no
  // other day follows; the day stays
  const laterHour = (d: Span) =>
    timeSpecs(rw.text, claimedHere).some((t) => t.start >= d.end && !ruledOut(rw.text, t));
  const dayWords = (d: Span): Span => {
    const cut = rw.text.slice(d.start, d.end).search(/\s+(?:at\s+|@\s*)?\d/);
    const dayAfter = allDates.some((o) => o.start >= d.end);
    return cut > 0 && laterHour(d) && !dayAfter ? { start: d.start, end: d.start + cut } : d;
  };
  const kept = allDates.filter((d) => !ruledOut(rw.text, dayWords(d)));
  const timeCandidates = timeSpecs(rw.text, claimedHere).filter((t) => !clauseSkips(rw.text, t, false));
  // "we land at 2pm saturday, could we see it sunday morning": the day of the lead's own plan gives way
  const ownDay = timeCandidates
    .filter((t) => constraintTime(rw.text, t))
    .map((t) => clauseAt(rw.text, t.start));
  const elsewhere = kept.filter((d) => !ownDay.some((c) => c.start <= d.start && d.start < c.end));
  const dates = ownDay.length > 0 && elsewhere.length > 0 ? elsewhere : kept;
  let corrected = dates.length < allDates.length;
  const spansOf = (xs: Span[]) => xs.map((x) => originOf(rw, x.start, x.end));
  // "friday at 1? or thursday at 1... thursday": a day named again after another is the one chosen
  const repeated = dates.findLast(
    (d, i) =>
      i > 1 &&
      dates.slice(0, i).some((e) => +e.first === +d.first && +e.last === +d.last) &&
      dates.slice(0, i).some((e) => +e.first !== +d.first),
  );
  const correction = dates.findLast((d, i) => i > 0 && corrects(rw.text, d)) ?? repeated;
  const date = correction ?? chooseDate(dates);
  // "sometime next week", "one day this week after work": a week left open names no time ("can we meet
  // next week?" asks for times in it)
  if (date && date.last.diff(date.first, 'days').days > WEEKEND_DAYS && OPEN_SPAN.test(rw.text))
    return none();
  if (correction) corrected = true;
  if (date?.conflict) {
    const days = conflictDays(date.first, date.namedWeekday);
    return {
      value: null,
      spans: spansOf([date]),
      confidence: 0,
      conflict: true,
      ...(days ? { conflictDays: days } : {}),
    };
  }

  // "can't do tuesday at 10, how about wednesday at 2": the hour of a day refused goes with it
  const refused = allDates.filter((d) => !kept.includes(d));
  const proposed = timeCandidates.filter(
    (t) =>
      !hourRuledOut(rw.text, t) &&
      !refused.some((d) => (d.start <= t.start && t.end <= d.end) || besideHour(rw.text, d, t)),
  );
  if (proposed.length < timeCandidates.length) corrected = true;
  const schedule = proposed.filter((t) => constraintTime(rw.text, t));
  const offered = proposed.filter((t) => !schedule.includes(t));
  const timeCorrection = offered.findLast((t, i) => i > 0 && corrects(rw.text, t));
  if (timeCorrection) corrected = true;
  const parts = partsOfDay(rw.text).filter((p) => !clauseSkips(rw.text, p, false) && !ruledOut(rw.text, p));
  // a schedule alone ("I get off at 5", "at work til 6, text u after") proposes nothing: ask; a part of
  // a day elsewhere ("we land at 2pm saturday, could we see it sunday morning") is the proposal
  const partElsewhere = parts.some((p) => !ownDay.some((c) => c.start <= p.start && p.start < c.end));
  if (offered.length === 0 && schedule.length > 0 && !(partElsewhere && dates !== kept)) return none();
  // "tuesday at 5 or wednesday at 6, wednesday is better": the time written with the chosen day
  const ofChosenDay = (d: DateSpec) => date !== null && +d.first === +date.first && +d.last === +date.last;
  const alternatives = date !== null && distinctDays(dates, date);
  const withDay = dates
    .filter((d) => alternatives && ofChosenDay(d))
    .flatMap((d) => offered.filter((t) => besideDate(rw.text, d, t)));
  let time: TimeSpec | null = timeCorrection ?? withDay[0] ?? offered[0] ?? null;
  // "tuesday evening or wednesday after 6": a time belongs to the alternative it is written in
  if (date && time && !timeCorrection && otherAlternative(rw.text, dates, date, time, parts)) time = null;
  // "sat morning but sunday afternoon is better": the part written beside the chosen day
  const partSpan = (date && parts.find((p) => besideDate(rw.text, date, p))) ?? parts[0] ?? null;
  const part: PartOfDay | null = partSpan?.part ?? null;

  let confidence = 1;
  const later = relativeTimes(rw.text).find((r) => !clauseSkips(rw.text, r, true));
  const sameDay = !date || (date.kind === 'relative' && +date.first === +now.startOf('day'));
  if (later && sameDay && (!time || later.start < time.start) && !part) {
    const exact = now.plus({ minutes: later.minutes });
    const start = exact.startOf('minute').plus({ minutes: exact.second >= 30 ? 1 : 0 });
    confidence *= later.vague ? 0.8 : 1;
    if (time) confidence *= 0.6;
    return finish(
      { start: iso(start), end: iso(start.plus({ hours: 1 })) },
      spansOf([later, ...(date ? [date] : [])]),
      confidence,
    );
  }

  if (!date && !time) {
    const tonight = rw.text.slice(partSpan?.start ?? 0, partSpan?.end ?? 0) === 'tonight';
    const standalone = tonight || (partSpan !== null && /\bthis\s*$/.test(rw.text.slice(0, partSpan.start)));
    if (!standalone) return none();
  }
  // "tomorrow morning at 7pm": a written am/pm against the part of the day beside it is asked, not guessed
  if (time && part && partSpan && besideHour(rw.text, partSpan, time) && meridiemClash(time, part))
    return none();
  const window: DayWindow = windowOf(time, part);
  // "3pm Austin time" is 3 PM in Austin, whatever the lead's own zone
  const named = time ? zoneNamedAfter(rw.text, time.end) : null;
  const inZone = (d: DateTime) => (named ? d.setZone(named.zone, { keepLocalTime: true }) : d);
  const today = now.startOf('day');
  let first = date?.first ?? today;
  let last = date?.last ?? first;
  // an exact time is past once it has begun ("at 9:30" sent at 10:00); a window once it has ended
  const exact = time?.kind === 'at';
  const passed = (from: DateTime, to: DateTime) => (exact ? from < now : to <= now);
  if (!date && passed(inZone(at(today, window.from)), inZone(at(today, window.to)))) {
    first = today.plus({ days: 1 });
    last = first;
  }
  const multiDay = +last > +first && !time && !part;
  let start = inZone(at(first, window.from));
  let end = inZone(multiDay ? at(last, window.to) : at(first, window.to));
  // a wall-clock time the clocks skip ("2:30am" on the March change) is read an hour on, its length kept
  if (end <= start) end = start.plus({ minutes: window.to - window.from });
  if (passed(start, end) && date?.kind === 'weekday') {
    start = start.plus({ weeks: 1 });
    end = end.plus({ weeks: 1 });
  }
  if (passed(start, end)) return none();
  const earliest = now.second > 0 || now.millisecond > 0 ? now.startOf('minute').plus({ minutes: 1 }) : now;
  if (start < earliest) start = earliest;
  if (start >= end) return none();

  const otherTimes = offered.filter((t) => t !== time && windowOf(t, part).from !== window.from);
  if (!timeCorrection && (otherTimes.length > 0 || (date && !correction && distinctDays(dates, date))))
    confidence *= 0.6;
  if (time && meridiemGuessed(time, part)) confidence *= 0.85;
  if (time?.approximate) confidence *= 0.9;
  if (corrected) confidence *= 0.9;
  if (time && window.from < 7 * 60) confidence *= 0.7;
  const zoneSpan = time && named ? { start: time.end, end: named.end } : null;
  const used = [date, time, partSpan, zoneSpan].filter((s): s is NonNullable<typeof s> => s !== null);
  return finish({ start: iso(start), end: iso(end) }, spansOf(used), confidence);

  function finish(value: RequestedTime, spans: Span[], c: number): RequestedTimeResult {
    let conf = c;
    if (hedged(rw.text)) conf *= 0.85;
    if (joking(message.lower)) conf *= 0.4;
    return { value, spans, confidence: round2(Math.max(0.05, conf)), conflict: false };
  }
}
