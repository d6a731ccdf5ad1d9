import { type Availability, type AvailabilityBody, type Hours, WEEKDAYS, type Weekday } from './types.ts';
import { fromZoned, toZoned } from './week-grid.ts';

/** The availability editor's fields, as typed: ranges like "09:00-12:00, 13:00-17:00". */
export interface AvailabilityForm {
  timezone: string;
  weekly: Record<Weekday, string>;
  overrides: Array<{ date: string; hours: string; note: string }>;
  timeOff: Array<{ start: string; end: string; note: string }>;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  minimumNoticeMinutes: string;
  maxPerDay: string;
}

export type FieldErrors = Record<string, string>;

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function formatHours(hours: Hours[]): string {
  return hours.map((h) => `${h.start}-${h.end}`).join(', ');
}

/** "9:00-12:00, 13:00-17:30" → ranges; an empty text is a day off. Returns a message when it cannot read it. */
export function parseHours(text: string): Hours[] | string {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const hours: Hours[] = [];
  for (const part of parts) {
    const match = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(part);
    if (!match?.[1] || !match[2]) return `"${part}" is not a range like 09:00-17:00`;
    const [start, end] = [match[1].padStart(5, '0'), match[2].padStart(5, '0')];
    if (!TIME.test(start) || !TIME.test(end)) return `"${part}" has a time that does not exist`;
    if (Number(start.slice(3)) % 5 !== 0 || Number(end.slice(3)) % 5 !== 0) {
      return 'minutes must be a multiple of 5';
    }
    if (start >= end) return `"${part}" ends before it starts`;
    hours.push({ start, end });
  }
  const sorted = [...hours].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current && current.start < previous.end) return 'the ranges overlap';
  }
  return sorted;
}

/** The datetime-local value ("2026-03-08T09:00") of an instant in a zone. */
export function toLocalInput(instant: string, zone: string): string {
  const local = toZoned(instant, zone);
  return `${local.date}T${local.time}`;
}

export function fromLocalInput(value: string, zone: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (!match?.[1] || !match[2]) return null;
  return fromZoned(match[1], match[2], zone);
}

export function availabilityToForm(availability: Availability): AvailabilityForm {
  const zone = availability.effectiveTimezone;
  const weekly = {} as Record<Weekday, string>;
  for (const day of WEEKDAYS) weekly[day] = formatHours(availability.weekly[day] ?? []);
  return {
    timezone: availability.timezone ?? '',
    weekly,
    overrides: availability.overrides.map((o) => ({
      date: o.date,
      hours: formatHours(o.hours),
      note: o.note ?? '',
    })),
    timeOff: availability.timeOff.map((off) => ({
      start: toLocalInput(off.start, zone),
      end: toLocalInput(off.end, zone),
      note: off.note ?? '',
    })),
    bufferBeforeMinutes: String(availability.bufferBeforeMinutes),
    bufferAfterMinutes: String(availability.bufferAfterMinutes),
    minimumNoticeMinutes: String(availability.minimumNoticeMinutes),
    maxPerDay: availability.maxPerDay === null ? '' : String(availability.maxPerDay),
  };
}

function wholeMinutes(value: string, max: number, step: number): number | string {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return 'a whole number of minutes';
  const number = Number(text);
  if (number > max) return `at most ${max}`;
  if (number % step !== 0) return `a multiple of ${step}`;
  return number;
}

/**
 * Checks the form as the API would and builds the PUT body. Time off is typed in `zone` (the agent's
 * effective zone) and sent as instants. Errors are keyed by field, e.g. `weekly.monday`, `timeOff.0.end`.
 */
export function formToAvailability(
  form: AvailabilityForm,
  zone: string,
): { body: AvailabilityBody; errors: null } | { body: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const weekly = {} as Record<Weekday, Hours[]>;
  for (const day of WEEKDAYS) {
    const parsed = parseHours(form.weekly[day]);
    if (typeof parsed === 'string') errors[`weekly.${day}`] = parsed;
    else weekly[day] = parsed;
  }
  const seen = new Set<string>();
  const overrides: AvailabilityBody['overrides'] = [];
  form.overrides.forEach((override, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(override.date)) errors[`overrides.${i}.date`] = 'pick a date';
    else if (seen.has(override.date)) errors[`overrides.${i}.date`] = 'one override per date';
    seen.add(override.date);
    const hours = parseHours(override.hours);
    if (typeof hours === 'string') errors[`overrides.${i}.hours`] = hours;
    else
      overrides.push({
        date: override.date,
        hours,
        ...(override.note.trim() ? { note: override.note.trim() } : {}),
      });
  });
  const timeOff: AvailabilityBody['timeOff'] = [];
  form.timeOff.forEach((off, i) => {
    const start = fromLocalInput(off.start, zone);
    const end = fromLocalInput(off.end, zone);
    if (!start) errors[`timeOff.${i}.start`] = 'pick a start';
    if (!end) errors[`timeOff.${i}.end`] = 'pick an end';
    else if (start && Date.parse(end) <= Date.parse(start))
      errors[`timeOff.${i}.end`] = 'must be after the start';
    if (start && end) timeOff.push({ start, end, ...(off.note.trim() ? { note: off.note.trim() } : {}) });
  });
  const before = wholeMinutes(form.bufferBeforeMinutes, 240, 5);
  const after = wholeMinutes(form.bufferAfterMinutes, 240, 5);
  const notice = wholeMinutes(form.minimumNoticeMinutes, 60 * 24 * 60, 1);
  if (typeof before === 'string') errors.bufferBeforeMinutes = before;
  if (typeof after === 'string') errors.bufferAfterMinutes = after;
  if (typeof notice === 'string') errors.minimumNoticeMinutes = notice;
  let maxPerDay: number | null = null;
  if (form.maxPerDay.trim()) {
    const max = Number(form.maxPerDay.trim());
    if (!Number.isInteger(max) || max < 1 || max > 100) errors.maxPerDay = 'a number from 1 to 100, or empty';
    else maxPerDay = max;
  }
  if (Object.keys(errors).length > 0 || typeof before === 'string' || typeof after === 'string') {
    return { body: null, errors };
  }
  if (typeof notice === 'string') return { body: null, errors };
  return {
    errors: null,
    body: {
      timezone: form.timezone.trim() || null,
      weekly,
      overrides,
      timeOff,
      bufferBeforeMinutes: before,
      bufferAfterMinutes: after,
      minimumNoticeMinutes: notice,
      maxPerDay,
    },
  };
}
