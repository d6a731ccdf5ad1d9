import { DateTime } from 'luxon';
import { formatClock, formatDay, formatDayRange } from '../../components/time-format.ts';

export type CalendarView = 'week' | 'day';

export const MINUTES_PER_DAY = 24 * 60;

/** One column of the calendar: a local date in the viewer's zone and the instants it spans. */
export interface DayColumn {
  date: string;
  /** The local midnight that opens the day, as a UTC instant. */
  start: string;
  /** The next local midnight (23 or 25 hours later across a DST change). */
  end: string;
  label: string;
}

export interface TimedItem {
  id: string;
  start: string;
  end: string;
}

/** An item laid out on the grid: its day, its wall-clock minutes in that day, and its share of the width. */
export interface PlacedItem<T extends TimedItem> {
  item: T;
  dayIndex: number;
  startMinute: number;
  endMinute: number;
  column: number;
  columns: number;
  continuesBefore: boolean;
  continuesAfter: boolean;
}

function localDate(date: string, zone: string): DateTime {
  const parsed = DateTime.fromISO(date, { zone });
  if (!parsed.isValid) throw new Error(`not a date: ${date}`);
  return parsed.startOf('day');
}

/** Today's date in the zone, as YYYY-MM-DD. */
export function todayIn(zone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone }).toISODate() ?? '';
}

/** The local date and minutes after local midnight (wall clock) of an instant seen in a zone. */
export function toZoned(instant: string, zone: string): { date: string; minute: number; time: string } {
  const local = DateTime.fromISO(instant, { setZone: false }).setZone(zone);
  return {
    date: local.toISODate() ?? '',
    minute: local.hour * 60 + local.minute,
    time: local.toFormat('HH:mm'),
  };
}

/**
 * The instant a wall-clock time on a date names in a zone. A time skipped by a spring-forward change
 * moves forward by the gap (02:30 → 03:30), as calendars do; an ambiguous fall-back time takes the first.
 */
export function fromZoned(date: string, time: string, zone: string): string {
  const [hour, minute] = time.split(':').map(Number);
  const local = localDate(date, zone).set({ hour: hour ?? 0, minute: minute ?? 0 });
  return local.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
}

/** The days a view shows around a date: the Monday-to-Sunday week holding it, or the day itself. */
export function visibleDays(view: CalendarView, anchor: string, zone: string, locale?: string): DayColumn[] {
  const first = view === 'week' ? localDate(anchor, zone).startOf('week') : localDate(anchor, zone);
  const count = view === 'week' ? 7 : 1;
  return Array.from({ length: count }, (_, i) => {
    const day = first.plus({ days: i });
    const date = day.toISODate() ?? '';
    return {
      date,
      start: day.toUTC().toISO() ?? '',
      end: day.plus({ days: 1 }).toUTC().toISO() ?? '',
      label: formatDay(date, 'column', locale),
    };
  });
}

/** The from/to query that covers the days shown. */
export function rangeOf(days: DayColumn[]): { from: string; to: string } {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) throw new Error('no days');
  return { from: first.start, to: last.end };
}

/** The anchor one view earlier or later. */
export function shiftAnchor(view: CalendarView, anchor: string, step: -1 | 1, zone: string): string {
  return (
    localDate(anchor, zone)
      .plus(view === 'week' ? { weeks: step } : { days: step })
      .toISODate() ?? anchor
  );
}

/** "Mar 9 – 15, 2026" or "Sunday, March 8, 2026" (en-US): the heading of the view, in the locale's words. */
export function viewTitle(view: CalendarView, anchor: string, zone: string, locale?: string): string {
  const days = visibleDays(view, anchor, zone, locale);
  const first = days[0]?.date ?? anchor;
  if (view === 'day') return formatDay(first, 'full', locale);
  return formatDayRange(first, days[days.length - 1]?.date ?? anchor, locale);
}

interface Segment<T extends TimedItem> {
  item: T;
  dayIndex: number;
  startMinute: number;
  endMinute: number;
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/** Cuts each item at local midnights so an appointment past midnight shows on both days. */
function segments<T extends TimedItem>(items: T[], days: DayColumn[], zone: string): Segment<T>[] {
  const out: Segment<T>[] = [];
  for (const item of items) {
    const start = Date.parse(item.start);
    const end = Math.max(Date.parse(item.end), start + 60_000);
    days.forEach((day, dayIndex) => {
      const dayStart = Date.parse(day.start);
      const dayEnd = Date.parse(day.end);
      if (end <= dayStart || start >= dayEnd) return;
      const continuesBefore = start < dayStart;
      const continuesAfter = end > dayEnd;
      const startMinute = continuesBefore ? 0 : toZoned(item.start, zone).minute;
      const endMinute = continuesAfter ? MINUTES_PER_DAY : toZoned(new Date(end).toISOString(), zone).minute;
      out.push({
        item,
        dayIndex,
        startMinute,
        // A fall-back hour can make the wall-clock end read earlier than the start: keep a visible block.
        endMinute: Math.max(endMinute, startMinute + 15),
        continuesBefore,
        continuesAfter,
      });
    });
  }
  return out;
}

/**
 * Lays items out day by day: items that overlap in time share the width side by side, each in the
 * leftmost column free at its start; a group of transitively overlapping items shares one column count.
 */
export function placeItems<T extends TimedItem>(
  items: T[],
  days: DayColumn[],
  zone: string,
): PlacedItem<T>[] {
  const placed: PlacedItem<T>[] = [];
  const byDay = new Map<number, Segment<T>[]>();
  for (const segment of segments(items, days, zone)) {
    const list = byDay.get(segment.dayIndex) ?? [];
    list.push(segment);
    byDay.set(segment.dayIndex, list);
  }
  for (const list of byDay.values()) {
    list.sort(
      (a, b) =>
        a.startMinute - b.startMinute || b.endMinute - a.endMinute || a.item.id.localeCompare(b.item.id),
    );
    let group: PlacedItem<T>[] = [];
    let columnEnds: number[] = [];
    let groupEnd = -1;
    const closeGroup = () => {
      for (const entry of group) entry.columns = columnEnds.length;
      placed.push(...group);
      group = [];
      columnEnds = [];
    };
    for (const segment of list) {
      if (segment.startMinute >= groupEnd) closeGroup();
      let column = columnEnds.findIndex((end) => end <= segment.startMinute);
      if (column === -1) column = columnEnds.length;
      columnEnds[column] = segment.endMinute;
      groupEnd = Math.max(groupEnd, segment.endMinute);
      group.push({ ...segment, column, columns: 1 });
    }
    closeGroup();
  }
  return placed.sort(
    (a, b) => a.dayIndex - b.dayIndex || a.startMinute - b.startMinute || a.column - b.column,
  );
}

/** The hour lines' labels, in the locale's clock: "7 AM" (en-US) or "07:00". */
export function hourLabels(locale?: string): string[] {
  return Array.from({ length: 24 }, (_, hour) => formatClock(hour, 0, locale));
}

/** The day the calendar opens on: the next appointment's (in the viewer's zone), else today. */
export function openingAnchor(nextStart: string | null, zone: string, now: Date): string {
  if (!nextStart || Number.isNaN(Date.parse(nextStart))) return todayIn(zone, now);
  return Date.parse(nextStart) < now.getTime() ? todayIn(zone, now) : toZoned(nextStart, zone).date;
}
