import { overlapsAny, type Span } from './text.js';

/** A window within one day, in minutes after midnight. */
export interface DayWindow {
  from: number;
  to: number;
}

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'lunch';

export interface TimeSpec extends Span {
  kind: 'at' | 'range' | 'after' | 'before';
  /** The time read; `second` ends a range. */
  first: ClockTime;
  second?: ClockTime;
  /** "4ish", "around 4", "about noon": a time the lead holds loosely. */
  approximate: boolean;
}

interface ClockTime {
  hour: number;
  minute: number;
  /** As written (or implied by a 24-hour time); null for a bare "4", whose half of the day is inferred. */
  meridiem: 'am' | 'pm' | null;
}

const PARTS: Readonly<Record<PartOfDay, DayWindow>> = {
  morning: { from: 9 * 60, to: 12 * 60 },
  afternoon: { from: 12 * 60, to: 17 * 60 },
  evening: { from: 17 * 60, to: 20 * 60 },
  lunch: { from: 12 * 60, to: 13 * 60 },
};
export const BUSINESS_DAY: DayWindow = { from: 9 * 60, to: 17 * 60 };
const LATEST_AFTER = 20 * 60;

const TIME = String.raw`(?:(\d{1,2})(?::([0-5]\d))?(?:\s*(am|pm))?(?:\s*o'?clock)?|(noon|midday))(?:\s*-?\s*ish)?`;
const SINGLE = new RegExp(String.raw`(?<![\w$.:/,])${TIME}(?![\w:/]|\.\d)`, 'g');
const RANGE = new RegExp(
  String.raw`(?<![\w$.:/,])(?:(between|from)\s+)?${TIME}\s*(?:-|to|and|till|til|until)\s*${TIME}(?![\w:/]|\.\d)`,
  'g',
);
const PART =
  /\b(?<!good\s)(morning|afternoon|evening|night|tonight|lunch(?:time)?|first thing|after (?:work|school)|after i get off(?: work)?)\b/g;
/** Words before a bare hour that make it a time of day: "at 4", "how about 4", "is 10 ok". */
const CUES = new Set(
  'at @ around about say like maybe is does do how what after past before by between from'.split(' '),
);
const DAY_WORDS =
  /\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|\d{1,2}(?:st|nd|rd|th)|morning|afternoon|evening)\b/;
const MONTH_NAMES =
  /^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;
const NOT_TIME_AFTER =
  /^\s*(?:-\d{4}\b|(?:\s*(?:-|to|or|and|y)\s*\d+(?:\.\d+)?)?[-/]?\s*(?:beds?|bd|br|bedrooms?|baths?|ba|bathrooms?|kids?|children|cars?|calls|texts|messages|emails|times|houses|homes|listings|showings|offers|stor(?:y|ies)|months?|weeks?|wks?|years?|yrs?|days?|k\b|m\b|mil|%|people|persons?|minutes?|mins?|hours?|hrs?|acres?|sq|units?|doors?|dogs?|cats?|pets?|max|min|plus|\+|or more|of\b|th\b|st\b|nd\b|rd\b|grand|thousand|million|hundred|dollars|bucks|year|yr|mes(?:es)?\b|semanas?\b|d[íi]as\b|a[ñn]os?\b|cuartos\b|rec[áa]maras\b|habitaciones\b|ba[ñn]os\b|mil\b))/u;

function clock(
  hour: string | undefined,
  minute: string | undefined,
  meridiem: string | undefined,
  word?: string,
): ClockTime | null {
  if (word) return { hour: 12, minute: 0, meridiem: 'pm' };
  const h = Number(hour);
  const m = minute ? Number(minute) : 0;
  if (!Number.isInteger(h) || h > 23 || (h > 12 && minute === undefined)) return null;
  const written: ClockTime['meridiem'] = meridiem === 'am' || meridiem === 'pm' ? meridiem : null;
  if (h > 12) return { hour: h, minute: m, meridiem: 'pm' };
  if (h === 0) return null;
  return { hour: h, minute: m, meridiem: written };
}

function explicit(t: ClockTime, raw: string): boolean {
  return t.meridiem !== null || t.minute !== 0 || /:|noon|midday|o'?clock|ish/.test(raw);
}

const LOOSE_BEFORE = /\b(?:around|(?<!\b(?:how|what)\s+)about|approx\w*|roughly|like|or so)\s*$|~\s*$/;
const LOOSE_AFTER = /^\s*(?:or so|give or take)\b/;
function approximate(text: string, span: Span): boolean {
  return (
    /ish/.test(text.slice(span.start, span.end)) ||
    LOOSE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) ||
    LOOSE_AFTER.test(text.slice(span.end, span.end + 16))
  );
}

/** "push it to 5", "make it 5", "move us to 4": a new time for a meeting already talked about. */
const MOVE_TO =
  /\b(?:push|move|change|bump|switch|make)\s+(?:it|that|this|us|me|the (?:time|showing|call|appointment))\s*(?:back\s+|up\s+)?(?:to|til|till)?\s*$/;

const MOVING = /\b(?:move|moving|push|change|switch|bump|reschedule)\b[^.!?]{0,30}$/;

/** "can we see 12 oak on sunday": the number of a home seen, its street's name after it, not an hour. */
const SEEN_BEFORE =
  /\b(?:see|seeing|tour|touring|visit|visiting|view|viewing|check\s+out|show\s+(?:me|us))\s+$/;
const STREET_AFTER =
  /^\s+(?!(?:am|pm|a\.m|p\.m|o'?clock|ish|on|at|or|and|to|today|tomorrow|tonight|this|next|works?|ok|okay|is|would|sounds|please|pls|then|instead|sharp)\b)[a-z]/;

/** "county rd 12", "lot 7", "unit 4": a number that names a road or a unit, not an hour. */
const ROAD_BEFORE =
  /\b(?:rd|road|st|street|ave|avenue|hwy|highway|route|rte|fm|cr|county|lot|unit|apt|suite|ste|bldg|no\.?|#)\s*#?\s*$/;

/** "at 10 or 11", "at 10, actually 11": a bare hour offered next to a time is a time too. */
const NEXT_TO_TIME =
  /^\s*,?\s*(?:or|actually|instead|rather|no|wait|make it)?(?:\s*,?\s*(?:make it|let'?s (?:say|do)|say|do))?\s*,?\s*$/;
function followsTime(text: string, specs: readonly TimeSpec[], span: Span): boolean {
  const previous = specs.filter((s) => s.end <= span.start).at(-1);
  return previous !== undefined && NEXT_TO_TIME.test(text.slice(previous.end, span.start));
}

/** Times of day in the text, in order: "at 4", "4:30pm", "noon", "between 10 and 12", "after 5". */
export function timeSpecs(text: string, claimed: readonly Span[]): TimeSpec[] {
  const specs: TimeSpec[] = [];
  for (const m of text.matchAll(RANGE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const after = text.slice(span.end, span.end + 16);
    if (overlapsAny(span, claimed) || NOT_TIME_AFTER.test(after)) continue;
    if (/\band\b/.test(m[0]) && !m[1]) continue;
    // "move tomorrow's 2pm to 4pm": a time moved, not a range
    if (MOVING.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
    const first = clock(m[2], m[3], m[4], m[5]);
    const second = clock(m[6], m[7], m[8], m[9]);
    if (!first || !second) continue;
    const before = text.slice(Math.max(0, span.start - 24), span.start);
    const cued = Boolean(m[1]) || DAY_WORDS.test(before) || explicit(first, m[0]) || explicit(second, m[0]);
    if (cued) specs.push({ ...span, kind: 'range', first, second, approximate: approximate(text, span) });
  }
  for (const m of text.matchAll(SINGLE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(span, claimed) || specs.some((s) => s.start <= span.start && span.end <= s.end)) continue;
    const after = text.slice(span.end, span.end + 16);
    if (NOT_TIME_AFTER.test(after)) continue;
    if (
      !m[2] &&
      !m[3] &&
      SEEN_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start)) &&
      STREET_AFTER.test(after)
    )
      continue;
    if (!m[2] && !m[3] && ROAD_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) continue;
    const time = clock(m[1], m[2], m[3], m[4]);
    if (!time) continue;
    const words = text
      .slice(Math.max(0, span.start - 24), span.start)
      .split(/[^\w@']+/)
      .filter(Boolean);
    const previous = words.at(-1) ?? '';
    if (MONTH_NAMES.test(previous)) continue;
    const kind = ['after', 'past'].includes(previous)
      ? 'after'
      : ['before', 'by'].includes(previous)
        ? 'before'
        : 'at';
    const nearDay =
      DAY_WORDS.test(words.slice(-2).join(' ')) || DAY_WORDS.test(after.split(/[.,!?;]/)[0] ?? '');
    const cued =
      CUES.has(previous) ||
      nearDay ||
      /^\s*(?:works?|ok|okay|good|fine|would work|(?:is|would be)\s+better|\?)/.test(after) ||
      MOVE_TO.test(text.slice(Math.max(0, span.start - 32), span.start)) ||
      followsTime(text, specs, span);
    if (explicit(time, m[0]) || (cued && time.hour <= 12))
      specs.push({ ...span, kind, first: time, approximate: approximate(text, span) });
  }
  return specs.sort((a, b) => a.start - b.start);
}

/** Parts of the day named in the text ("monday morning", "this evening", "lunch"). */
export function partsOfDay(text: string): (Span & { part: PartOfDay })[] {
  const out: (Span & { part: PartOfDay })[] = [];
  for (const m of text.matchAll(PART)) {
    const word = m[1] ?? '';
    const part: PartOfDay = /^(?:morning|first)/.test(word)
      ? 'morning'
      : /^afternoon/.test(word)
        ? 'afternoon'
        : /^lunch/.test(word)
          ? 'lunch'
          : 'evening';
    out.push({ start: m.index, end: m.index + m[0].length, part });
  }
  return out;
}

/** Minutes after midnight, with the half of the day inferred: 1–7 is afternoon, 8–11 morning. */
function minutes(t: ClockTime, part: PartOfDay | null): number {
  let hour = t.hour;
  if (t.meridiem === 'pm' && hour < 12) hour += 12;
  else if (t.meridiem === 'am' && hour === 12) hour = 0;
  else if (t.meridiem === null && hour < 12) {
    const afternoon = part === 'afternoon' || part === 'evening' || (part !== 'morning' && hour <= 7);
    if (afternoon) hour += 12;
  }
  return hour * 60 + t.minute;
}

/** The window a spec asks for: an hour from a time, a range as given, "after 5" until 8 pm. */
export function windowOf(spec: TimeSpec | null, part: PartOfDay | null): DayWindow {
  if (!spec) return part ? PARTS[part] : BUSINESS_DAY;
  const first = minutes(spec.first, part);
  if (spec.kind === 'range' && spec.second) {
    let second = minutes(spec.second, part);
    if (second <= first && spec.second.meridiem === null && second + 12 * 60 < 24 * 60) second += 12 * 60;
    return second > first ? { from: first, to: second } : { from: first, to: first + 60 };
  }
  if (spec.kind === 'after')
    return { from: first, to: first < LATEST_AFTER - 60 ? LATEST_AFTER : first + 60 };
  if (spec.kind === 'before') {
    const from = first > BUSINESS_DAY.from + 60 ? BUSINESS_DAY.from : first - 60;
    return { from, to: first };
  }
  return { from: first, to: first + 60 };
}

/**
 * Whether the half of the day was inferred and could be the other (a bare "at 8", "at 10"), not written or
 * implied by a part of day. A bare 1 to 5 is the afternoon beyond doubt: nobody proposes a visit at 2 AM.
 */
export function meridiemGuessed(spec: TimeSpec, part: PartOfDay | null): boolean {
  if (part) return false;
  const guessed = (t: ClockTime) => t.meridiem === null && t.hour < 12 && !(t.hour >= 1 && t.hour <= 5);
  return guessed(spec.first) && (!spec.second || guessed(spec.second));
}
