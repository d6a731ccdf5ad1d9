/**
 * Legal holidays, as calendar rules, for states that forbid solicitation on them. States define
 * their own lists; the federal list (5 U.S.C. § 6103) is the common core and each state rule adds
 * the state-only days it is known to have.
 */
export type HolidayRule =
  | { readonly name: string; readonly month: number; readonly day: number }
  /** `nth` counts from 1; -1 is the last such weekday of the month. `weekday` is 1 (Monday) … 7 (Sunday). */
  | { readonly name: string; readonly month: number; readonly weekday: number; readonly nth: number };

export const FEDERAL_HOLIDAYS: readonly HolidayRule[] = [
  { name: "New Year's Day", month: 1, day: 1 },
  { name: 'Martin Luther King Jr. Day', month: 1, weekday: 1, nth: 3 },
  { name: "Washington's Birthday", month: 2, weekday: 1, nth: 3 },
  { name: 'Memorial Day', month: 5, weekday: 1, nth: -1 },
  { name: 'Juneteenth', month: 6, day: 19 },
  { name: 'Independence Day', month: 7, day: 4 },
  { name: 'Labor Day', month: 9, weekday: 1, nth: 1 },
  { name: 'Columbus Day', month: 10, weekday: 1, nth: 2 },
  { name: 'Veterans Day', month: 11, day: 11 },
  { name: 'Thanksgiving Day', month: 11, weekday: 4, nth: 4 },
  { name: 'Christmas Day', month: 12, day: 25 },
];

const DAY_MS = 86_400_000;

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** ISO weekday (1 = Monday) of a UTC midnight timestamp. */
const isoWeekday = (ms: number): number => ((new Date(ms).getUTCDay() + 6) % 7) + 1;

function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = Date.UTC(year, month - 1, 1);
    const offset = (weekday - isoWeekday(first) + 7) % 7;
    return first + (offset + (nth - 1) * 7) * DAY_MS;
  }
  const last = Date.UTC(year, month, 0);
  const offset = (isoWeekday(last) - weekday + 7) % 7;
  return last - offset * DAY_MS;
}

/**
 * The dates ('YYYY-MM-DD') the rules fall on in `year`. A fixed-date holiday on a weekend also
 * yields its observed weekday (Saturday → Friday, Sunday → Monday): states differ on which day
 * counts, so both are kept free of messages.
 */
export function holidayDates(year: number, rules: readonly HolidayRule[]): Set<string> {
  const dates = new Set<string>();
  for (const rule of rules) {
    if ('day' in rule) {
      const ms = Date.UTC(year, rule.month - 1, rule.day);
      dates.add(isoDate(ms));
      const weekday = isoWeekday(ms);
      if (weekday === 6) dates.add(isoDate(ms - DAY_MS));
      if (weekday === 7) dates.add(isoDate(ms + DAY_MS));
    } else {
      dates.add(isoDate(nthWeekday(year, rule.month, rule.weekday, rule.nth)));
    }
  }
  return dates;
}

/** Whether an ISO date is one of the holidays, counting next New Year's Day observed on Dec 31. */
export function isHoliday(date: string, rules: readonly HolidayRule[]): boolean {
  const year = Number(date.slice(0, 4));
  return holidayDates(year, rules).has(date) || holidayDates(year + 1, rules).has(date);
}
