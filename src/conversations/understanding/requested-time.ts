import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { relativeTimes } from './relative-time.js';
import { originOf, type Rewritten, rewrite } from './rewrite.js';
import { clauseAt, type Message, overlapsAny, type Span } from './text.js';
import { constraintTime, corrects, hedged, joking, ruledOut } from './time-context.js';
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
import type { RequestedTime } from './understanding.schema.js';

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
}

const none = (): RequestedTimeResult => ({ value: null, spans: [], confidence: 0, conflict: false });

interface DateSpec extends Span {
  /** The first and last day meant (one day, a weekend, a working week). */
  first: DateTime;
  last: DateTime;
  /** A weekday alone moves on a week when its time has passed; a written date does not. */
  kind: 'date' | 'weekday' | 'relative';
  /** A weekday written with a date it does not fall on ("thursday, december 16" when that is a Wednesday). */
  conflict?: boolean;
}

/** Clauses whose times are not a request: "no calls after 8pm", "cancel tomorrow", "we saw it monday". */
const PROHIBITION =
  /\b(?:no|don'?t|dont|do not|never|not)\s+(?:\w+\s+){0,2}?(?:call|calls|calling|text|texts|texting|contact|message|messages)\b/;
const CANCEL = /\b(?:cancel\w*|can'?t make|cannot make|won'?t make|not going to make|unable to make)\b/;
const MOVE_CONTEXT =
  /\b(?:lease|leases|closing|close|closes|move|moving|moved|start|starts|starting|due|born|graduat\w*|ends|expires|deadline|baby)\b/;
const PAST =
  /\b(?:saw|seen|looked|went|(?:was|were)(?!\s+(?:thinking|hoping|wondering|going|planning|gonna))|did|visited|toured|came|had|bought|sold|last|yesterday|ago)\b/;
/** Plans with someone else: "talking to a lender this week", "I'll ask my wife tomorrow". */
const THIRD_PARTY =
  /\b(?:with|to|ask|asking|tell|telling|check with)\s+(?:my|our|the|a|his|her)\s+(?:lender|bank|loan officer|wife|husband|partner|spouse|boss|inspector|contractor|attorney|lawyer|accountant|mom|dad|parents|family)\b/;
const DEADLINE = new Set(['by', 'until', 'til', 'till', 'before']);
/** "can we stop by saturday?": the "by" of a visit, not a deadline. */
const VISIT_BY = /\b(?:stop|come|swing|drop|pop|run|head|go|get|walk|drive|be)\s+(?:over\s+|back\s+)?by\s*$/;
function clauseSkips(text: string, span: Span, isDate: boolean): boolean {
  const clause = clauseAt(text, span.start);
  const whole = text.slice(clause.start, clause.end);
  const before = text.slice(clause.start, span.start);
  if (PROHIBITION.test(whole) || CANCEL.test(whole) || THIRD_PARTY.test(whole) || PAST.test(before))
    return true;
  if (!isDate) return false;
  const previous =
    before
      .trim()
      .split(/\s+/)
      .filter((w) => w !== 'the')
      .at(-1) ?? '';
  if (DEADLINE.has(previous) && !(previous === 'by' && VISIT_BY.test(before))) return true;
  return MOVE_CONTEXT.test(before);
}

function day(now: DateTime, year: number, month: number, date: number): DateTime {
  return DateTime.fromObject({ year, month, day: date }, { zone: now.zone });
}

/** Chrono is asked only when a date could be there: it is the slowest step of reading a message. */
const DATE_LIKE =
  /\b(?:today|tomorrow|tonight|(?:mon|tue|wed|thu|fri|sat|sun)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b|\d\s*\/\s*\d|\d(?:st|nd|rd|th)\b/;

function chronoDates(rw: Rewritten, now: DateTime, claimed: readonly Span[]): DateSpec[] {
  const out: DateSpec[] = [];
  if (!DATE_LIKE.test(rw.text)) return out;
  const results = chrono.casual.parse(
    rw.text,
    { instant: now.toJSDate(), timezone: now.offset },
    { forwardDate: true },
  );
  for (const r of results) {
    const span = { start: r.index, end: r.index + r.text.length };
    const tags = [...r.tags()].join(' ');
    if (overlapsAny(span, claimed) || /weekend|week|month|year|\bend of\b|^in\s|now/.test(r.text)) continue;
    if (/relativeDate|casualReference\/now|casualReference\/yesterday/.test(tags)) continue;
    const relative = /casualReference\/(?:today|tomorrow|tonight)|ENCasualDateParser/.test(tags);
    const kind = r.start.isCertain('day')
      ? relative
        ? 'relative'
        : 'date'
      : r.start.isCertain('weekday')
        ? 'weekday'
        : null;
    if (!kind) continue;
    const d = day(
      now,
      r.start.get('year') ?? now.year,
      r.start.get('month') ?? now.month,
      r.start.get('day') ?? now.day,
    );
    if (!d.isValid) continue;
    const weekday = r.start.isCertain('weekday') && r.start.isCertain('day') ? r.start.get('weekday') : null;
    const conflict = weekday !== null && weekday !== d.weekday % 7;
    out.push({ start: r.index, end: r.index + r.text.length, first: d, last: d, kind, conflict });
  }
  return out;
}

/** "the 28th", "the 1st of next month"; not "the 2nd one" or "the 3rd floor". */
const ORDINAL_DAY =
  /\b(?:the|or)\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:one|ones|floor|option|choice|house|home|listing|property|place|time|unit|lot|street|st|ave|bedroom|room|pic|picture|photo|grade|offer))(\s+of\s+next\s+month)?/g;

const DAY_AFTER_TOMORROW = /\b(?:the\s+)?day\s+after\s+tomorrow\b/g;

function ownDates(text: string, now: DateTime): DateSpec[] {
  const out: DateSpec[] = [];
  const today = now.startOf('day');
  for (const m of text.matchAll(ORDINAL_DAY)) {
    const n = Number(m[1]);
    let d = day(now, now.year, now.month, n);
    if (m[2] || !d.isValid || d < today)
      d = day(now, now.plus({ months: 1 }).year, now.plus({ months: 1 }).month, n);
    if (d.isValid) out.push({ start: m.index, end: m.index + m[0].length, first: d, last: d, kind: 'date' });
  }
  for (const m of text.matchAll(DAY_AFTER_TOMORROW)) {
    const d = today.plus({ days: 2 });
    out.push({ start: m.index, end: m.index + m[0].length, first: d, last: d, kind: 'relative' });
  }
  for (const m of text.matchAll(/\b(?:(this|next|the)\s+)?weekend\b/g)) {
    const weekday = today.weekday;
    let saturday = weekday === 7 ? today.minus({ days: 1 }) : today.plus({ days: (6 - weekday + 7) % 7 });
    if (m[1] === 'next' && weekday >= 5) saturday = saturday.plus({ weeks: 1 });
    const first = DateTime.max(saturday, today);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      first,
      last: saturday.plus({ days: 1 }),
      kind: 'date',
    });
  }
  for (const m of text.matchAll(/\b(next|this|later this)\s+week\b/g)) {
    const monday = today.startOf('week');
    const first = m[1] === 'next' ? monday.plus({ weeks: 1 }) : today;
    const last = (m[1] === 'next' ? first : monday).plus({ days: 4 });
    if (last >= first) out.push({ start: m.index, end: m.index + m[0].length, first, last, kind: 'date' });
  }
  return out;
}

/** The first date named, or a narrower one named inside it ("this weekend, saturday preferably"). */
function chooseDate(dates: DateSpec[]): DateSpec | null {
  let chosen: DateSpec | null = null;
  for (const d of dates) {
    if (!chosen) chosen = d;
    else if (
      d.first >= chosen.first &&
      d.last <= chosen.last &&
      +d.last - +d.first <= +chosen.last - +chosen.first
    )
      chosen = d;
  }
  return chosen;
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

/** A weekday and a date side by side name one day: "wed the 16th", "12/16 (wed)", "tomorrow, thursday". */
const SAME_DAY_GAP = /^[\s,(-]*(?:the\s+|on\s+)?$/;

/**
 * Joins a weekday to the date written next to it. When they agree the date stands (never the nearest
 * such weekday); when they disagree the day is in conflict and nothing is assumed.
 */
function joinWeekdays(text: string, dates: DateSpec[]): DateSpec[] {
  const out: DateSpec[] = [];
  for (const d of dates) {
    const previous = out.at(-1);
    const single = (x: DateSpec) => +x.first === +x.last;
    const pair =
      previous &&
      single(previous) &&
      single(d) &&
      (previous.kind === 'weekday') !== (d.kind === 'weekday') &&
      SAME_DAY_GAP.test(text.slice(previous.end, d.start));
    if (!pair) {
      out.push(d);
      continue;
    }
    const date = d.kind === 'weekday' ? previous : d;
    const weekday = d.kind === 'weekday' ? d : previous;
    out[out.length - 1] = {
      ...date,
      start: previous.start,
      end: d.end,
      conflict: date.conflict || date.first.weekday !== weekday.first.weekday,
    };
  }
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const distinctDays = (dates: DateSpec[], chosen: DateSpec) =>
  dates.some(
    (d) =>
      !(d.first >= chosen.first && d.last <= chosen.last) &&
      !(chosen.first >= d.first && chosen.last <= d.last),
  );

/**
 * The time they ask for, in their zone: "tomorrow at 4" is 16:00–17:00, "monday morning" 09:00–12:00,
 * a day alone 09:00–17:00, "this weekend" Saturday 09:00 to Sunday 17:00, "after 5" until 20:00, and a
 * wait under half a day ("call me in 30 min", "in a couple hours") the hour from now plus that wait.
 * A time already past moves to the next day (a weekday to the next week); a written date in the past is
 * no request. Of two times the first proposed is read ("sat at 10 or sun at 2"), a ruled-out one is
 * skipped ("not 3, 4 works"), and a time of the lead's own day ("I get off at 5") gives way to the time
 * proposed. A weekday that disagrees with the date beside it is a conflict, asked about, not guessed.
 * Spanish times are read too ("mañana a las 4", "el sábado en la tarde").
 */
export function extractRequestedTime(message: Message, claimed: readonly Span[]): RequestedTimeResult {
  const { now } = message;
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
  const dates = allDates.filter((d) => !ruledOut(rw.text, d));
  let corrected = dates.length < allDates.length;
  const spansOf = (xs: Span[]) => xs.map((x) => originOf(rw, x.start, x.end));
  const correction = dates.findLast((d, i) => i > 0 && corrects(rw.text, d));
  const date = correction ?? chooseDate(dates);
  if (correction) corrected = true;
  if (date?.conflict) return { value: null, spans: spansOf([date]), confidence: 0, conflict: true };

  const timeCandidates = timeSpecs(rw.text, claimedHere).filter((t) => !clauseSkips(rw.text, t, false));
  const proposed = timeCandidates.filter((t) => !ruledOut(rw.text, t));
  if (proposed.length < timeCandidates.length) corrected = true;
  const own_day = proposed.filter((t) => constraintTime(rw.text, t));
  const offered = proposed.filter((t) => !own_day.includes(t));
  const timeCorrection = offered.findLast((t, i) => i > 0 && corrects(rw.text, t));
  if (timeCorrection) corrected = true;
  const constraintOnly = offered.length === 0 && own_day.length > 0;
  const firstConstraint = own_day[0];
  const time: TimeSpec | null =
    timeCorrection ?? offered[0] ?? (firstConstraint ? { ...firstConstraint, kind: 'after' } : null);
  const parts = partsOfDay(rw.text).filter((p) => !clauseSkips(rw.text, p, false) && !ruledOut(rw.text, p));
  const partSpan = parts[0] ?? null;
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
  const window: DayWindow = windowOf(time, part);
  const today = now.startOf('day');
  let first = date?.first ?? today;
  let last = date?.last ?? first;
  // an exact time is past once it has begun ("at 9:30" sent at 10:00); a window once it has ended
  const exact = time?.kind === 'at';
  const passed = (from: DateTime, to: DateTime) => (exact ? from < now : to <= now);
  if (!date && passed(at(today, window.from), at(today, window.to))) {
    first = today.plus({ days: 1 });
    last = first;
  }
  const multiDay = +last > +first && !time && !part;
  let start = at(first, window.from);
  let end = multiDay ? at(last, window.to) : at(first, window.to);
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
  if (constraintOnly) confidence *= 0.6;
  if (corrected) confidence *= 0.9;
  if (time && window.from < 7 * 60) confidence *= 0.7;
  const used = [date, time, partSpan].filter((s): s is NonNullable<typeof s> => s !== null);
  return finish({ start: iso(start), end: iso(end) }, spansOf(used), confidence);

  function finish(value: RequestedTime, spans: Span[], c: number): RequestedTimeResult {
    let conf = c;
    if (hedged(rw.text)) conf *= 0.85;
    if (joking(message.lower)) conf *= 0.4;
    return { value, spans, confidence: round2(Math.max(0.05, conf)), conflict: false };
  }
}
