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
