import { describe, expect, it } from 'vitest';
import { availabilityBody } from './availability.schema.js';
import { type AgentSchedule, agentSlots, inZone } from './slots.js';

const hours = [{ start: '09:00', end: '17:00' }];
const weekdays = { monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours };

function schedule(overrides: Partial<AgentSchedule> = {}): AgentSchedule {
  return {
    agentId: 'agent-1',
    zone: 'America/New_York',
    weekly: availabilityBody.parse({ weekly: weekdays }).weekly,
    overrides: [],
    timeOff: [],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minimumNoticeMinutes: 0,
    maxPerDay: null,
    booked: [],
    busy: [],
    perDay: new Map(),
    ...overrides,
  };
}

const at = (iso: string) => new Date(iso);
const starts = (
  s: AgentSchedule,
  from: string,
  to: string,
  now = '2026-01-01T00:00:00Z',
  duration = 60,
  step = 60,
) =>
  agentSlots(s, {
    durationMinutes: duration,
    stepMinutes: step,
    from: at(from),
    to: at(to),
    now: at(now),
  }).map((x) => x.start.toISOString());
const ms = (iso: string) => new Date(iso).getTime();

describe('slots', () => {
  it('reads working hours in the agent’s zone, across a daylight-saving change', () => {
    // US clocks spring forward on Sunday 8 March 2026: 9:00 in New York is 14:00Z before, 13:00Z after.
    const found = starts(schedule(), '2026-03-06T00:00:00Z', '2026-03-10T00:00:00Z');
    expect(found.filter((s) => s.startsWith('2026-03-06'))[0]).toBe('2026-03-06T14:00:00.000Z');
    expect(found.filter((s) => s.startsWith('2026-03-09'))[0]).toBe('2026-03-09T13:00:00.000Z');
    expect(found.filter((s) => s.startsWith('2026-03-09')).at(-1)).toBe('2026-03-09T20:00:00.000Z');
    expect(found.some((s) => s.startsWith('2026-03-07') || s.startsWith('2026-03-08'))).toBe(false);
    expect(found).toHaveLength(16);
  });

  it('counts the real length of a night with a repeated or a skipped hour', () => {
    const night = [{ start: '00:00', end: '03:00' }];
    const s = schedule({
      zone: 'America/Chicago',
      weekly: availabilityBody.parse({ weekly: { sunday: night } }).weekly,
    });
    // 1 November 2026: 1:00-2:00 happens twice, so 00:00-03:00 lasts four hours.
    expect(starts(s, '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T08:00:00.000Z',
    ]);
    // 8 March 2026: 2:00-3:00 never happens, so 00:00-03:00 lasts two hours.
    expect(starts(s, '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual([
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T07:00:00.000Z',
    ]);
  });

  it('keeps each appointment’s buffers clear of the new slot’s buffers', () => {
    const booked = { start: ms('2026-03-10T15:00:00Z'), end: ms('2026-03-10T16:00:00Z') };
    const plain = starts(
      schedule({ booked: [booked] }),
      '2026-03-10T13:00:00Z',
      '2026-03-10T22:00:00Z',
      undefined,
      60,
      30,
    );
    expect(plain).toContain('2026-03-10T14:00:00.000Z');
    expect(plain).toContain('2026-03-10T16:00:00.000Z');
    expect(plain).not.toContain('2026-03-10T15:30:00.000Z');
    // 30 minutes after each appointment: the booked one (stored widened) and the new one.
    const widened = { start: booked.start, end: booked.end + 30 * 60_000 };
    const buffered = starts(
      schedule({ booked: [widened], bufferAfterMinutes: 30 }),
      '2026-03-10T13:00:00Z',
      '2026-03-10T22:00:00Z',
      undefined,
      60,
      30,
    );
    expect(buffered).not.toContain('2026-03-10T14:00:00.000Z');
    expect(buffered).toContain('2026-03-10T13:30:00.000Z');
    expect(buffered).not.toContain('2026-03-10T16:00:00.000Z');
    expect(buffered).toContain('2026-03-10T16:30:00.000Z');
  });

  it('keeps calendar busy time clear of the slot and its buffers', () => {
    const busy = [{ start: ms('2026-03-10T17:00:00Z'), end: ms('2026-03-10T17:20:00Z') }];
    const found = starts(
      schedule({ busy, bufferBeforeMinutes: 15 }),
      '2026-03-10T13:00:00Z',
      '2026-03-10T22:00:00Z',
      undefined,
      60,
      30,
    );
    expect(found).toContain('2026-03-10T15:30:00.000Z');
    expect(found).not.toContain('2026-03-10T16:30:00.000Z');
    expect(found).not.toContain('2026-03-10T17:00:00.000Z');
    expect(found).not.toContain('2026-03-10T17:30:00.000Z');
    expect(found).toContain('2026-03-10T18:00:00.000Z');
  });

  it('offers nothing sooner than now plus the notice', () => {
    const found = starts(
      schedule({ minimumNoticeMinutes: 120 }),
      '2026-03-10T00:00:00Z',
      '2026-03-11T00:00:00Z',
      '2026-03-10T14:10:00Z',
    );
    expect(found[0]).toBe('2026-03-10T17:00:00.000Z');
  });

  it('applies date overrides and time off', () => {
    const s = schedule({
      overrides: [
        { date: '2026-03-10', hours: [] },
        { date: '2026-03-14', hours: [{ start: '10:00', end: '12:00' }] },
      ],
      timeOff: [{ start: ms('2026-03-11T18:00:00Z'), end: ms('2026-03-12T18:00:00Z') }],
    });
    const found = starts(s, '2026-03-10T00:00:00Z', '2026-03-15T00:00:00Z');
    expect(found.some((x) => x.startsWith('2026-03-10'))).toBe(false);
    expect(found.filter((x) => x.startsWith('2026-03-11'))).toEqual([
      '2026-03-11T13:00:00.000Z',
      '2026-03-11T14:00:00.000Z',
      '2026-03-11T15:00:00.000Z',
      '2026-03-11T16:00:00.000Z',
      '2026-03-11T17:00:00.000Z',
    ]);
    expect(found.filter((x) => x.startsWith('2026-03-12'))[0]).toBe('2026-03-12T18:00:00.000Z');
    // A Saturday override opens a day the week leaves closed.
    expect(found.filter((x) => x.startsWith('2026-03-14'))).toEqual([
      '2026-03-14T14:00:00.000Z',
      '2026-03-14T15:00:00.000Z',
    ]);
  });

  it('stops offering a local day once it holds the daily maximum', () => {
    const s = schedule({ maxPerDay: 2, perDay: new Map([['2026-03-10', 2]]) });
    const found = starts(s, '2026-03-10T00:00:00Z', '2026-03-12T00:00:00Z');
    expect(found.some((x) => x.startsWith('2026-03-10'))).toBe(false);
    expect(found.filter((x) => x.startsWith('2026-03-11'))).toHaveLength(8);
  });

  it('writes instants with the offset of the zone asked for', () => {
    expect(inZone(at('2026-03-10T15:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-10T08:00:00-07:00');
    expect(inZone('2026-03-06T15:00:00.000Z', 'Europe/London')).toBe('2026-03-06T15:00:00+00:00');
  });
});
