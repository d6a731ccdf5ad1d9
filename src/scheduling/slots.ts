import { DateTime } from 'luxon';
import { type DateOverride, type Hours, WEEKDAYS, type WeeklyHours } from './availability.schema.js';

/** Epoch milliseconds, end exclusive. */
export interface Interval {
  start: number;
  end: number;
}

/** Everything slot computation needs about one agent, loaded beforehand (slots.service.ts). */
export interface AgentSchedule {
  agentId: string;
  /** The zone working hours are read in. */
  zone: string;
  weekly: WeeklyHours;
  overrides: readonly DateOverride[];
  timeOff: readonly Interval[];
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  maxPerDay: number | null;
  /** Our appointments of the agent, each widened by its own buffers. */
  booked: readonly Interval[];
  /** Busy times read from the agent's connected calendars. */
  busy: readonly Interval[];
  /** Appointments holding time, per local date (YYYY-MM-DD in `zone`). */
  perDay: ReadonlyMap<string, number>;
}

export interface SlotRequest {
  durationMinutes: number;
  stepMinutes: number;
  /** Slots starting in [from, to). */
  from: Date;
  to: Date;
  now: Date;
}

export interface Slot {
  start: Date;
  end: Date;
  agentId: string;
}

const MINUTE_MS = 60_000;

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/** A wall-clock time on a date in a zone; a time skipped by a DST change lands just after the gap. */
function atClock(date: string, clock: string, zone: string): DateTime {
  if (clock === '24:00') return DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf('day');
  return DateTime.fromISO(`${date}T${clock}`, { zone });
}

export function localDate(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).toISODate() as string;
}

/** The agent's working intervals on every local date touching [fromMs, toMs), overrides applied. */
export function workingIntervals(schedule: AgentSchedule, fromMs: number, toMs: number): Interval[] {
  const { zone } = schedule;
  const overrides = new Map(schedule.overrides.map((o) => [o.date, o.hours]));
  const intervals: Interval[] = [];
  let day = DateTime.fromMillis(fromMs, { zone }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromMillis(toMs, { zone }).startOf('day').plus({ days: 1 });
  while (day <= last) {
    const date = day.toISODate() as string;
    const weekday = WEEKDAYS[day.weekday - 1] as (typeof WEEKDAYS)[number];
    const hours: readonly Hours[] = overrides.get(date) ?? schedule.weekly[weekday];
    for (const h of hours) {
      const start = atClock(date, h.start, zone).toMillis();
      const end = atClock(date, h.end, zone).toMillis();
      if (end > start && end > fromMs && start < toMs) intervals.push({ start, end });
    }
    day = day.plus({ days: 1 });
  }
  return intervals.sort((a, b) => a.start - b.start);
}

/**
 * Why a start is not offered, or null when it is. The rules: inside working hours (not time off),
 * after now + notice, the buffered interval [start − before, end + after) clear of our other appointments'
 * buffered intervals and of calendar busy time, and under the daily maximum.
 */
export function slotConflict(schedule: AgentSchedule, start: number, durationMinutes: number, now: number) {
  const end = start + durationMinutes * MINUTE_MS;
  if (start < now + schedule.minimumNoticeMinutes * MINUTE_MS) return 'notice';
  if (schedule.timeOff.some((off) => overlaps(off, { start, end }))) return 'time_off';
  const buffered = {
    start: start - schedule.bufferBeforeMinutes * MINUTE_MS,
    end: end + schedule.bufferAfterMinutes * MINUTE_MS,
  };
  if (schedule.booked.some((b) => overlaps(b, buffered))) return 'booked';
  if (schedule.busy.some((b) => overlaps(b, buffered))) return 'calendar_busy';
  if (schedule.maxPerDay !== null) {
    const count = schedule.perDay.get(localDate(start, schedule.zone)) ?? 0;
    if (count >= schedule.maxPerDay) return 'max_per_day';
  }
  return null;
}

/** One agent's free slots, on the step from the start of each working interval, soonest first. */
export function agentSlots(schedule: AgentSchedule, request: SlotRequest): Slot[] {
  const from = request.from.getTime();
  const to = request.to.getTime();
  const now = request.now.getTime();
  const duration = request.durationMinutes * MINUTE_MS;
  const step = request.stepMinutes * MINUTE_MS;
  const seen = new Set<number>();
  const slots: Slot[] = [];
  for (const hours of workingIntervals(schedule, from, to + duration)) {
    for (let start = hours.start; start + duration <= hours.end; start += step) {
      if (start < from || start >= to || seen.has(start)) continue;
      if (slotConflict(schedule, start, request.durationMinutes, now)) continue;
      seen.add(start);
      slots.push({ start: new Date(start), end: new Date(start + duration), agentId: schedule.agentId });
    }
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Every agent's slots together, by start then agent. */
export function mergeSlots(lists: readonly Slot[][]): Slot[] {
  return lists
    .flat()
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.agentId.localeCompare(b.agentId));
}

/** An instant with the offset of a zone: `2026-03-10T16:00:00-05:00`. */
export function inZone(at: Date | string, zone: string): string {
  const instant = typeof at === 'string' ? DateTime.fromISO(at, { zone: 'utc' }) : DateTime.fromJSDate(at);
  return instant.setZone(zone).toISO({ suppressMilliseconds: true }) as string;
}
