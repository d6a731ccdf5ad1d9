import { describe, expect, it } from 'vitest';
import { read } from './test-helpers.js';

const slot = (text: string, now: string, tz: string) => read(text, { now, tz }).requestedTime;

/**
 * Clocks change on Sunday 8 March and Sunday 1 November 2026 in the US zones that keep daylight time;
 * Arizona (America/Phoenix) and Hawaii do not change. Each reading is asked the evening before.
 */
const ZONES = [
  { tz: 'America/New_York', winter: '-05:00', summer: '-04:00' },
  { tz: 'America/Chicago', winter: '-06:00', summer: '-05:00' },
  { tz: 'America/Denver', winter: '-07:00', summer: '-06:00' },
  { tz: 'America/Phoenix', winter: '-07:00', summer: '-07:00' },
  { tz: 'America/Los_Angeles', winter: '-08:00', summer: '-07:00' },
  { tz: 'America/Anchorage', winter: '-09:00', summer: '-08:00' },
  { tz: 'Pacific/Honolulu', winter: '-10:00', summer: '-10:00' },
] as const;

describe('times across a change of clocks, in the lead zone', () => {
  it.each(ZONES)('$tz: the day after the March change has the summer offset', ({ tz, winter, summer }) => {
    const saturdayEvening = `2026-03-07T20:00:00${winter}`;
    expect(slot('tomorrow at 10am', saturdayEvening, tz)).toEqual({
      start: `2026-03-08T10:00:00${summer}`,
      end: `2026-03-08T11:00:00${summer}`,
    });
    expect(slot('monday at 4', saturdayEvening, tz)?.start).toBe(`2026-03-09T16:00:00${summer}`);
    expect(slot('sunday afternoon', saturdayEvening, tz)).toEqual({
      start: `2026-03-08T12:00:00${summer}`,
      end: `2026-03-08T17:00:00${summer}`,
    });
    expect(slot('wed the 11th at 6:15pm', saturdayEvening, tz)?.start).toBe(`2026-03-11T18:15:00${summer}`);
  });

  it.each(ZONES)('$tz: the day after the November change has the winter offset', ({ tz, winter, summer }) => {
    const saturdayEvening = `2026-10-31T20:00:00${summer}`;
    expect(slot('tomorrow at 10am', saturdayEvening, tz)).toEqual({
      start: `2026-11-01T10:00:00${winter}`,
      end: `2026-11-01T11:00:00${winter}`,
    });
    expect(slot('mañana a las 4', saturdayEvening, tz)?.start).toBe(`2026-11-01T16:00:00${winter}`);
    expect(slot('this weekend', `2026-10-30T12:00:00${summer}`, tz)).toEqual({
      start: `2026-10-31T09:00:00${summer}`,
      end: `2026-11-01T17:00:00${winter}`,
    });
  });

  it('counts a wait in real minutes across the change', () => {
    // 01:30 EST on 8 March; at 02:00 the clocks jump to 03:00 EDT
    expect(slot('in an hour', '2026-03-08T01:30:00-05:00', 'America/New_York')).toEqual({
      start: '2026-03-08T03:30:00-04:00',
      end: '2026-03-08T04:30:00-04:00',
    });
    // 00:45 EDT on 1 November; at 02:00 the clocks fall back to 01:00 EST
    expect(slot('in 2 hrs', '2026-11-01T00:45:00-04:00', 'America/New_York')).toEqual({
      start: '2026-11-01T01:45:00-05:00',
      end: '2026-11-01T02:45:00-05:00',
    });
    expect(slot('in 2 hrs', '2026-03-08T01:30:00-07:00', 'America/Phoenix')?.start).toBe(
      '2026-03-08T03:30:00-07:00',
    );
  });

  it('reads a clock time the March change skips an hour on, keeping its length', () => {
    expect(slot('today at 2:30am', '2026-03-08T00:30:00-05:00', 'America/New_York')).toEqual({
      start: '2026-03-08T03:30:00-04:00',
      end: '2026-03-08T04:30:00-04:00',
    });
    expect(slot('today at 2:30am', '2026-03-08T00:30:00-07:00', 'America/Phoenix')).toEqual({
      start: '2026-03-08T02:30:00-07:00',
      end: '2026-03-08T03:30:00-07:00',
    });
  });
});

describe('a time in a zone the lead names', () => {
  /** Sunday 22 March 2026, 9:40 in Phoenix (UTC-7 all year); Austin is on daylight time, UTC-5. */
  const PHOENIX_SUNDAY = '2026-03-22T09:40:00-07:00';

  it('reads "3pm Austin time" from a Phoenix lead as 3 PM in Austin', () => {
    expect(slot('Can we see 12 Oak St today at 3pm Austin time?', PHOENIX_SUNDAY, 'America/Phoenix')).toEqual(
      {
        start: '2026-03-22T15:00:00-05:00',
        end: '2026-03-22T16:00:00-05:00',
      },
    );
    expect(slot('Yes, 3pm Austin time today works.', PHOENIX_SUNDAY, 'America/Phoenix')?.start).toBe(
      '2026-03-22T15:00:00-05:00',
    );
    expect(slot('tomorrow 4pm san antonio time', PHOENIX_SUNDAY, 'America/Phoenix')?.start).toBe(
      '2026-03-23T16:00:00-05:00',
    );
  });

  it('reads zone names and abbreviations, and a state as its zone', () => {
    expect(slot('tomorrow 10am EST', PHOENIX_SUNDAY, 'America/Phoenix')?.start).toBe(
      '2026-03-23T10:00:00-04:00',
    );
    expect(slot('tomorrow at 3pm central', PHOENIX_SUNDAY, 'America/Phoenix')?.start).toBe(
      '2026-03-23T15:00:00-05:00',
    );
    expect(slot('monday 2pm texas time', PHOENIX_SUNDAY, 'America/Phoenix')?.start).toBe(
      '2026-03-23T14:00:00-05:00',
    );
  });

  it('keeps the lead zone when no zone is named after the time', () => {
    for (const text of ['tomorrow 3pm central park', 'tomorrow 3pm your time', 'tomorrow at 3pm local time'])
      expect(slot(text, PHOENIX_SUNDAY, 'America/Phoenix')?.start).toBe('2026-03-23T15:00:00-07:00');
  });

  it('moves a named-zone time already past there to the next day', () => {
    // 14:30 in Phoenix is 16:30 in Austin: "3pm Austin time" has passed today
    expect(slot('3pm Austin time', '2026-03-22T14:30:00-07:00', 'America/Phoenix')?.start).toBe(
      '2026-03-23T15:00:00-05:00',
    );
  });
});
