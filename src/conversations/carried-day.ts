import { DateTime } from 'luxon';
import type { RequestedTime } from './understanding/understanding.schema.js';

/**
 * Words that name a day: a weekday, today or tomorrow, a date, the weekend, in English or Spanish. A text
 * without any names only a clock time ("11 works for me", "10am works", "a las 12 está bien").
 */
const DAY_WORDS =
  /\b(?:today|tonight|tomorrow|tmrw|tmr|weekend|week|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?s?|(?:wednes|thurs|satur)days?|\d{1,2}(?:st|nd|rd|th)|hoy|ma[ñn]ana|pasado|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|semana)\b|\d{1,2}\/\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d/i;

/** Whether the text names a day, not only a clock time. */
export const namesDay = (text: string): boolean => DAY_WORDS.test(text);

/**
 * "Can I see it Saturday, late morning?" and then "11 works for me": a clock time alone, read on the day
 * it was said, means the day the lead already asked for, while that day is still ahead. Returns the
 * time moved onto that day, or the time as read.
 */
export function onDayAsked(
  read: RequestedTime,
  text: string,
  asked: RequestedTime | undefined,
  at: string,
): RequestedTime {
  if (!asked || namesDay(text)) return read;
  const start = DateTime.fromISO(read.start, { setZone: true });
  const end = DateTime.fromISO(read.end, { setZone: true });
  const day = DateTime.fromISO(asked.start, { setZone: true });
  const askedEnd = DateTime.fromISO(asked.end, { setZone: true });
  if (!start.isValid || !end.isValid || !day.isValid || !askedEnd.isValid) return read;
  // Only a window within one day, asked for a later day than the time was read on, and not yet past.
  if (!day.hasSame(askedEnd.minus({ milliseconds: 1 }), 'day')) return read;
  if (askedEnd <= DateTime.fromISO(at) || day.hasSame(start, 'day') || day < start.startOf('day'))
    return read;
  if (end.diff(start, 'hours').hours > 2) return read;
  const movedStart = start.setZone(day.zone).set({ year: day.year, month: day.month, day: day.day });
  const length = end.diff(start);
  return { start: movedStart.toISO() ?? read.start, end: movedStart.plus(length).toISO() ?? read.end };
}

const SAME_TIME = /\bsame\s+(?:time|hour)\b|\bmisma\s+hora\b/i;

/**
 * "Could we do wednesday same time instead?": the day read, at the time of the appointment being moved.
 * A day without "same time", or a time of its own, stands as read.
 */
export function atSameTime(
  read: RequestedTime | null,
  text: string,
  appointment: { start: string; zone: string },
): RequestedTime | null {
  if (!read || !SAME_TIME.test(text)) return read;
  const day = DateTime.fromISO(read.start, { setZone: true }).setZone(appointment.zone);
  const end = DateTime.fromISO(read.end, { setZone: true }).setZone(appointment.zone);
  if (!day.isValid || !end.isValid || !day.hasSame(end.minus({ milliseconds: 1 }), 'day')) return read;
  if (end.diff(day, 'hours').hours <= 2) return read;
  const at = DateTime.fromISO(appointment.start, { zone: 'utc' }).setZone(appointment.zone);
  const start = day.set({ hour: at.hour, minute: at.minute, second: 0, millisecond: 0 });
  return { start: start.toISO() ?? read.start, end: start.plus({ hours: 1 }).toISO() ?? read.end };
}
