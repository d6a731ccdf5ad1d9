// Every date and time on screen is written here, in the viewer's locale: 12-hour clocks where the locale
// uses them (en-US), 24-hour ones where it does not (en-GB, de, fr…). `locale` is left out in the app (the
// browser's language) and given in tests.

export type TimeStyle = 'short' | 'long' | 'time' | 'date' | 'day';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

const STYLES: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  short: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  long: { dateStyle: 'full', timeStyle: 'short' },
  time: { hour: 'numeric', minute: '2-digit' },
  date: { dateStyle: 'medium' },
  day: { month: 'short', day: 'numeric' },
};

/** An instant as the viewer reads it in `zone`; text that is not an instant is returned as it is. */
export function formatTime(iso: string, zone: string, style: TimeStyle = 'short', locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale, { ...STYLES[style], timeZone: zone }).format(date);
}

/** "9:00 – 9:45 AM" (en-US) or "09:00–09:45" (en-GB): the clock times of a span, in `zone`. */
export function formatTimeRange(startIso: string, endIso: string, zone: string, locale?: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startIso} – ${endIso}`;
  const format = formatter(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone });
  return end.getTime() > start.getTime() ? format.formatRange(start, end) : format.format(start);
}

/** Whether the locale writes the time of day on a 12-hour clock. */
export function uses12HourClock(locale?: string): boolean {
  const cycle = formatter(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h12' || cycle === 'h11';
}

/** A wall-clock time with no day, such as the hour lines of a calendar: "7 AM" or "07:00". */
export function formatClock(hour: number, minute = 0, locale?: string): string {
  const at = new Date(Date.UTC(2000, 0, 1, hour, minute));
  const twelve = uses12HourClock(locale);
  const options: Intl.DateTimeFormatOptions =
    twelve && minute === 0
      ? { hour: 'numeric', timeZone: 'UTC' }
      : { hour: twelve ? 'numeric' : '2-digit', minute: '2-digit', timeZone: 'UTC' };
  return formatter(locale, options).format(at);
}

/** A calendar date (YYYY-MM-DD) as words: it names a day, so no zone can move it. */
export function formatDay(
  date: string,
  style: 'column' | 'full' | 'medium' = 'medium',
  locale?: string,
): string {
  const day = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  const options: Intl.DateTimeFormatOptions =
    style === 'column'
      ? { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }
      : style === 'full'
        ? { dateStyle: 'full', timeZone: 'UTC' }
        : { dateStyle: 'medium', timeZone: 'UTC' };
  return formatter(locale, options).format(day);
}

/** Two calendar dates as one span: "Mar 9 – 15, 2026" (en-US), "9–15 Mar 2026" (en-GB). */
export function formatDayRange(first: string, last: string, locale?: string): string {
  const from = new Date(`${first}T12:00:00Z`);
  const to = new Date(`${last}T12:00:00Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return `${first} – ${last}`;
  return formatter(locale, { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatRange(
    from,
    to,
  );
}

/** A duration in seconds as "42 s", "3 min", "2 h 5 min", "3 d". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  return `${Math.round(hours / 24)} d`;
}

/**
 * A response time: "0.4 s", "12 s", "3 min"; "—" when there is none. Sub-second answers are the point of the
 * product, so a decimal stays under 10 s.
 */
export function formatSpeed(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 10) return `${(Math.round(Math.max(0, seconds) * 10) / 10).toFixed(1)} s`;
  return formatDuration(seconds);
}
