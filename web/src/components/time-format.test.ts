import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDay,
  formatDayRange,
  formatSpeed,
  formatTime,
  formatTimeRange,
  uses12HourClock,
} from './time-format.ts';

const CHICAGO = 'America/Chicago';
// ICU writes narrow and thin spaces around dashes and before AM/PM: compare the words.
const plain = (text: string) => text.replace(/\s+/g, ' ');

describe('one time format per locale', () => {
  it('writes a 12-hour clock for en-US and a 24-hour one for en-GB and de-DE', () => {
    expect(uses12HourClock('en-US')).toBe(true);
    expect(uses12HourClock('en-GB')).toBe(false);
    expect(uses12HourClock('de-DE')).toBe(false);
    const at = '2026-03-10T20:05:00Z';
    expect(plain(formatTime(at, CHICAGO, 'time', 'en-US'))).toBe('3:05 PM');
    expect(formatTime(at, CHICAGO, 'time', 'en-GB')).toBe('15:05');
    expect(plain(formatTime(at, CHICAGO, 'short', 'en-US'))).toBe('Mar 10, 3:05 PM');
    expect(formatTime(at, CHICAGO, 'short', 'de-DE')).toBe('10. März, 15:05');
  });

  it('reads an instant in the zone it is shown in', () => {
    const at = '2026-03-10T03:30:00Z';
    expect(plain(formatTime(at, CHICAGO, 'short', 'en-US'))).toBe('Mar 9, 10:30 PM');
    expect(plain(formatTime(at, 'Asia/Tokyo', 'short', 'en-US'))).toBe('Mar 10, 12:30 PM');
  });

  it('writes a span of clock times once, with the period at the end in en-US', () => {
    const start = '2026-03-10T15:00:00Z';
    const end = '2026-03-10T15:45:00Z';
    expect(plain(formatTimeRange(start, end, CHICAGO, 'en-US'))).toBe('10:00 – 10:45 AM');
    expect(formatTimeRange(start, end, CHICAGO, 'en-GB')).toBe('10:00–10:45');
    expect(plain(formatTimeRange(start, '2026-03-10T18:30:00Z', CHICAGO, 'en-US'))).toBe(
      '10:00 AM – 1:30 PM',
    );
  });

  it('labels wall-clock hours and days in the locale', () => {
    expect(plain(formatClock(0, 0, 'en-US'))).toBe('12 AM');
    expect(plain(formatClock(13, 30, 'en-US'))).toBe('1:30 PM');
    expect(formatClock(13, 0, 'en-GB')).toBe('13:00');
    expect(formatDay('2026-03-09', 'column', 'en-US')).toBe('Mon, Mar 9');
    expect(formatDay('2026-03-09', 'column', 'en-GB')).toBe('Mon 9 Mar');
    expect(plain(formatDayRange('2026-03-30', '2026-04-05', 'en-US'))).toBe('Mar 30 – Apr 5, 2026');
  });

  it('leaves text that is not a time as it is', () => {
    expect(formatTime('soon', CHICAGO)).toBe('soon');
    expect(formatDay('not-a-day')).toBe('not-a-day');
  });
});

describe('formatSpeed', () => {
  it('keeps a decimal under 10 s, rounds above, and writes a dash when no text went', () => {
    expect(formatSpeed(0.43)).toBe('0.4 s');
    expect(formatSpeed(7)).toBe('7.0 s');
    expect(formatSpeed(42)).toBe('42 s');
    expect(formatSpeed(185)).toBe('3 min');
    expect(formatSpeed(null)).toBe('—');
  });
});
