import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { Rewritten } from './rewrite.js';
import { overlapsAny, type Span } from './text.js';

/** The days a lead names: written dates, weekdays, "tomorrow", ordinals, weekends, and how they pair. */

export interface DateSpec extends Span {
  /** The first and last day meant (one day, a weekend, a working week). */
  first: DateTime;
  last: DateTime;
  /** A weekday alone moves on a week when its time has passed; a written date does not. */
  kind: 'date' | 'weekday' | 'relative';
  /** A weekday written with a date it does not fall on ("thursday, december 16" when that is a Wednesday). */
  conflict?: boolean;
  /** In a conflict, the weekday they named (1 Monday … 7 Sunday). */
  namedWeekday?: number;
}

function day(now: DateTime, year: number, month: number, date: number): DateTime {
  return DateTime.fromObject({ year, month, day: date }, { zone: now.zone });
}

/** Chrono is asked only when a date could be there: it is the slowest step of reading a message. */
const DATE_LIKE =
  /\b(?:today|tomorrow|tonight|(?:mon|tue|wed|thu|fri|sat|sun)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b|\d\s*\/\s*\d|\d(?:st|nd|rd|th)\b/;

export function chronoDates(rw: Rewritten, now: DateTime, claimed: readonly Span[]): DateSpec[] {
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
    const named = conflict && weekday !== null ? { namedWeekday: weekday === 0 ? 7 : weekday } : {};
    out.push({ start: r.index, end: r.index + r.text.length, first: d, last: d, kind, conflict, ...named });
  }
  return out;
}

/** "the 28th", "the 1st of next month"; not "the 2nd one" or "the 3rd floor". */
const ORDINAL_DAY =
  /\b(?:the|or)\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:one|ones|floor|option|choice|house|home|listing|property|place|time|times|unit|lot|street|st|ave|bedroom|room|pic|picture|photo|grade|offer|text|texts|call|calls|message|messages|email|emails|showing|showings|visit))(\s+of\s+next\s+month)?/g;

const DAY_AFTER_TOMORROW = /\b(?:the\s+)?day\s+after\s+tomorrow\b/g;

export function ownDates(text: string, now: DateTime): DateSpec[] {
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
export function chooseDate(dates: DateSpec[]): DateSpec | null {
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

/** A weekday and a date side by side name one day: "wed the 16th", "12/16 (wed)", "tomorrow, thursday". */
const SAME_DAY_GAP = /^[\s,(-]*(?:the\s+|on\s+)?$/;

/**
 * Joins a weekday to the date written next to it. When they agree the date stands (never the nearest
 * such weekday); when they disagree the day is in conflict and nothing is assumed.
 */
export function joinWeekdays(text: string, dates: DateSpec[]): DateSpec[] {
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
    const disagree = date.first.weekday !== weekday.first.weekday;
    out[out.length - 1] = {
      ...date,
      start: previous.start,
      end: d.end,
      conflict: date.conflict || disagree,
      ...(disagree ? { namedWeekday: weekday.first.weekday } : {}),
    };
  }
  return out;
}

/**
 * Whether the time belongs to another day offered as an alternative: "tuesday evening or wednesday
 * after 6" (the first day has its own part of the day). "sat or sun at 2" keeps 2 for both.
 */
export function otherAlternative(
  text: string,
  dates: readonly DateSpec[],
  date: DateSpec,
  time: Span,
  parts: readonly Span[],
): boolean {
  if (time.start < date.end) return false;
  const between = dates.find((d) => d !== date && d.start >= date.end && d.start < time.start);
  if (!between || !/\bor\b/.test(text.slice(date.end, between.start))) return false;
  return parts.some((p) => p.start >= date.start && p.end <= between.start);
}

export const distinctDays = (dates: DateSpec[], chosen: DateSpec) =>
  dates.some(
    (d) =>
      !(d.first >= chosen.first && d.last <= chosen.last) &&
      !(chosen.first >= d.first && chosen.last <= d.last),
  );
