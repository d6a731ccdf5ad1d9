import { DateTime, IANAZone } from 'luxon';
import type { HolidayRule } from './data/holidays.js';
import { FEDERAL_HOLIDAYS, isHoliday } from './data/holidays.js';
import type { DailyCap, DayRule, StateRule, TimeWindow } from './data/state-rules.js';
import { DEFAULT_RULE, STATE_RULES } from './data/state-rules.js';

export type { DailyCap, DayRule, HolidayRule, TimeWindow };

/** Days whose rules differ from the daily window: weekends, and legal holidays when closed. */
export interface CalendarRules {
  readonly saturday?: DayRule;
  readonly sunday?: DayRule;
  /** When present, these holidays are closed to messages. */
  readonly holidays?: readonly HolidayRule[];
}

/**
 * One state, or every state a lead may be in (see `statesOf`): with several, each rule is the
 * strictest of them. Null or unknown means only the federal rule.
 */
export type StateInput = string | readonly string[] | null | undefined;

function rulesFor(state: StateInput): StateRule[] {
  const codes = state == null ? [] : typeof state === 'string' ? [state] : state;
  const rules = codes.map((code) => STATE_RULES[code.trim().toUpperCase()] ?? DEFAULT_RULE);
  return rules.length > 0 ? rules : [DEFAULT_RULE];
}

function minutesOf(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Expected a time as HH:MM, got "${time}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

const isEmpty = (w: TimeWindow): boolean => minutesOf(w.start) >= minutesOf(w.end);

const intersect = (a: TimeWindow, b: TimeWindow): TimeWindow => ({
  start: minutesOf(a.start) >= minutesOf(b.start) ? a.start : b.start,
  end: minutesOf(a.end) <= minutesOf(b.end) ? a.end : b.end,
});

/**
 * The local window in which automated messages may be sent. A workspace override can only
 * narrow the legal window. If it does not overlap it at all (an evening-only workspace and a
 * state that stops at 6 p.m.), the legal window is used: the law is met and the lead still hears back.
 */
export function quietHoursFor(state: StateInput, workspaceOverride?: TimeWindow): TimeWindow {
  const legal = rulesFor(state)
    .map((rule) => rule.window)
    .reduce(intersect);
  if (!workspaceOverride) return legal;
  if (isEmpty(workspaceOverride)) {
    throw new RangeError(
      `Quiet-hours override must start before it ends: ${workspaceOverride.start}–${workspaceOverride.end}`,
    );
  }
  const narrowed = intersect(legal, workspaceOverride);
  return isEmpty(narrowed) ? legal : narrowed;
}

function strictestDay(days: readonly (DayRule | undefined)[]): DayRule | undefined {
  const given = days.filter((d): d is DayRule => d !== undefined);
  if (given.includes('closed')) return 'closed';
  const windows = given.filter((d): d is TimeWindow => d !== 'closed');
  return windows.length > 0 ? windows.reduce(intersect) : undefined;
}

/** Weekend and holiday rules for the state(s), to pass to `nextAllowedTime`. */
export function calendarRulesFor(state: StateInput): CalendarRules {
  const rules = rulesFor(state);
  const saturday = strictestDay(rules.map((r) => r.saturday));
  const sunday = strictestDay(rules.map((r) => r.sunday));
  const closedOnHolidays = rules.filter((r) => r.holidays);
  const holidays = closedOnHolidays.length
    ? [...FEDERAL_HOLIDAYS, ...closedOnHolidays.flatMap((r) => r.holidays?.extra ?? [])]
    : undefined;
  return { ...(saturday && { saturday }), ...(sunday && { sunday }), ...(holidays && { holidays }) };
}

/** The state cap on messages per subject in a rolling period, or null when no state sets one. */
export function dailyCapFor(state: StateInput): DailyCap | null {
  return stateCapFor(state)?.cap ?? null;
}

/** The strictest state cap with the state that sets it, or null when none does. */
export function stateCapFor(state: StateInput): { state: string; cap: DailyCap } | null {
  const codes = state == null ? [] : typeof state === 'string' ? [state] : state;
  let strictest: { state: string; cap: DailyCap } | null = null;
  for (const code of codes) {
    const cap = STATE_RULES[code.trim().toUpperCase()]?.dailyCap;
    if (cap && (strictest === null || cap.max < strictest.cap.max))
      strictest = { state: code.trim().toUpperCase(), cap };
  }
  return strictest;
}

/** A rule whose hours keep a text back at a given moment; `state` is null for the federal rule. */
export interface ClosingRule {
  readonly state: string | null;
  readonly rule: StateRule;
}

/**
 * Which legal rules are closed at `at` for a lead who may be in any of `state`: each state's own rule, and
 * the federal one. Empty when the law allows a text now (a workspace's own narrower hours may still not).
 */
export function closingRulesAt(at: Date, zone: string, state: StateInput): ClosingRule[] {
  const codes = state == null ? [] : typeof state === 'string' ? [state] : state;
  const candidates: ClosingRule[] = [
    ...codes.flatMap((code) => {
      const key = code.trim().toUpperCase();
      const rule = STATE_RULES[key];
      return rule ? [{ state: key, rule }] : [];
    }),
    { state: null, rule: DEFAULT_RULE },
  ];
  return candidates.filter(
    ({ state: code, rule }) =>
      !isAllowedAt(at, zone, rule.window, code === null ? {} : calendarRulesFor(code)),
  );
}

/** The window on one calendar date, or null when the date is closed. */
function windowOn(date: DateTime, window: TimeWindow, rules: CalendarRules): TimeWindow | null {
  if (rules.holidays && isHoliday(date.toISODate() ?? '', rules.holidays)) return null;
  const day = date.weekday === 6 ? rules.saturday : date.weekday === 7 ? rules.sunday : undefined;
  if (day === 'closed') return null;
  const w = day ? intersect(window, day) : window;
  return isEmpty(w) ? null : w;
}

const wallKey = (d: DateTime): number =>
  ((d.year * 100 + d.month) * 100 + d.day) * 1440 + d.hour * 60 + d.minute;

/**
 * The first instant at which the local clock on `date` reads `minutes` past midnight or later.
 * On a fall-back day a repeated time means its first occurrence; on a spring-forward day a time
 * in the gap (02:30 when clocks jump from 02:00 to 03:00) means the moment of the jump.
 */
function firstInstantAt(date: DateTime, minutes: number, zone: string): number {
  const key = `${zone} ${date.year}-${date.month}-${date.day} ${minutes}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  const instant = computeFirstInstantAt(date, minutes, zone);
  // Every gate decision asks for the same few instants (today's window edges per zone): keep them.
  if (instants.size >= INSTANT_CACHE_SIZE) instants.clear();
  instants.set(key, instant);
  return instant;
}

const INSTANT_CACHE_SIZE = 4096;
const instants = new Map<string, number>();

function computeFirstInstantAt(date: DateTime, minutes: number, zone: string): number {
  const local = {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
  };
  const naive = DateTime.fromObject(local, { zone: 'UTC' });
  const target = wallKey(naive);
  const guess = DateTime.fromObject(local, { zone });
  // Try each offset in force near that time; one fits normally, two on a fall-back day, none in a gap.
  const offsets = new Set([guess.offset, guess.minus({ hours: 3 }).offset, guess.plus({ hours: 3 }).offset]);
  const valid = [...offsets]
    .map((offset) => naive.toMillis() - offset * 60_000)
    .filter((ms) => wallKey(DateTime.fromMillis(ms, { zone })) === target);
  if (valid.length > 0) return Math.min(...valid);
  // In a gap: search for the minute the clock jumps past the target.
  let lo = guess.toMillis() - 3 * 3_600_000;
  let hi = guess.toMillis();
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (wallKey(DateTime.fromMillis(mid, { zone })) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** How far ahead to look: past any run of closed days (a Sunday beside two holidays, say). */
const SEARCH_DAYS = 14;

/**
 * `at` itself when it falls inside the window in `zone` on an open day; otherwise the first
 * allowed minute after it. Windows are local wall-clock times, so 08:00 stays 08:00 across DST.
 */
export function nextAllowedTime(at: Date, zone: string, window: TimeWindow, rules: CalendarRules = {}): Date {
  // luxon keeps one IANAZone per name; isValidZone would build an Intl formatter on every call.
  if (!IANAZone.create(zone).isValid) throw new RangeError(`Unknown time zone: ${zone}`);
  if (isEmpty(window)) throw new RangeError(`Empty window: ${window.start}–${window.end}`);
  const t = at.getTime();
  const local = DateTime.fromMillis(t, { zone });
  // Iterate calendar dates in UTC so no date is skipped or repeated by a DST change.
  let date = DateTime.utc(local.year, local.month, local.day);
  for (let i = 0; i < SEARCH_DAYS; i++, date = date.plus({ days: 1 })) {
    const open = windowOn(date, window, rules);
    if (!open) continue;
    const start = firstInstantAt(date, minutesOf(open.start), zone);
    if (t < start) return new Date(start);
    if (t < firstInstantAt(date, minutesOf(open.end), zone)) return at;
  }
  throw new RangeError(`No allowed time within ${SEARCH_DAYS} days`);
}

/** Whether a message may go out at `at`. */
export function isAllowedAt(at: Date, zone: string, window: TimeWindow, rules: CalendarRules = {}): boolean {
  return nextAllowedTime(at, zone, window, rules).getTime() === at.getTime();
}
