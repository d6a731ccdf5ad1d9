import { describe, expect, it } from 'vitest';
import { FEDERAL_HOLIDAYS, holidayDates, isHoliday } from './data/holidays.js';
import { STATE_RULES } from './data/state-rules.js';
import { calendarRulesFor, dailyCapFor, isAllowedAt, nextAllowedTime, quietHoursFor } from './quiet-hours.js';

const NEW_YORK = 'America/New_York';
const CHICAGO = 'America/Chicago';
const DAYTIME = { start: '08:00', end: '21:00' };

describe('quietHoursFor', () => {
  it.each([
    [null, '08:00', '21:00'],
    ['CA', '08:00', '21:00'],
    ['NY', '08:00', '21:00'],
    ['FL', '08:00', '20:00'],
    ['fl', '08:00', '20:00'],
    ['OK', '08:00', '20:00'],
    ['MD', '08:00', '20:00'],
    ['WA', '08:00', '20:00'],
    ['MA', '08:00', '20:00'],
    ['AL', '08:00', '20:00'],
    ['LA', '08:00', '20:00'],
    ['MS', '08:00', '20:00'],
    ['TX', '09:00', '21:00'],
    ['CT', '09:00', '20:00'],
    ['KY', '10:00', '21:00'],
    ['RI', '09:00', '18:00'],
    ['UT', '08:00', '21:00'],
    ['ON', '09:00', '21:30'],
    ['ZZ', '08:00', '21:00'],
  ])('%s → %s–%s', (state, start, end) => {
    expect(quietHoursFor(state)).toEqual({ start, end });
  });

  it('takes the strictest window of several states', () => {
    expect(quietHoursFor(['TX', 'FL'])).toEqual({ start: '09:00', end: '20:00' });
    expect(quietHoursFor(['CA'])).toEqual(DAYTIME);
    expect(quietHoursFor([])).toEqual(DAYTIME);
  });

  it.each([
    ['CA', { start: '09:00', end: '17:00' }, { start: '09:00', end: '17:00' }],
    ['FL', { start: '07:00', end: '22:00' }, { start: '08:00', end: '20:00' }],
    ['FL', { start: '09:30', end: '22:00' }, { start: '09:30', end: '20:00' }],
    [null, { start: '06:00', end: '12:00' }, { start: '08:00', end: '12:00' }],
    ['TX', { start: '08:00', end: '20:30' }, { start: '09:00', end: '20:30' }],
    ['RI', { start: '18:30', end: '21:00' }, { start: '09:00', end: '18:00' }],
  ])('%s with override %j → %j (never wider than the law)', (state, override, expected) => {
    expect(quietHoursFor(state, override)).toEqual(expected);
  });

  it.each([
    { start: '9am', end: '17:00' },
    { start: '09:00', end: '24:00' },
    { start: '17:00', end: '09:00' },
    { start: '10:00', end: '10:00' },
  ])('rejects a malformed override %j', (override) => {
    expect(() => quietHoursFor('CA', override)).toThrow(RangeError);
  });
});

describe('calendarRulesFor and dailyCapFor', () => {
  it('has no day rules where the state has none', () => {
    expect(calendarRulesFor('CA')).toEqual({});
    expect(calendarRulesFor(null)).toEqual({});
  });

  it('opens Texas on Sundays from noon', () => {
    expect(calendarRulesFor('TX')).toEqual({ sunday: { start: '12:00', end: '21:00' } });
  });

  it('closes Alabama on Sundays and on federal and state holidays', () => {
    const rules = calendarRulesFor('AL');
    expect(rules.sunday).toBe('closed');
    expect(rules.holidays?.map((h) => h.name)).toEqual(
      expect.arrayContaining(['Christmas Day', 'Memorial Day', 'Confederate Memorial Day']),
    );
  });

  it('merges several states, closed winning over a window', () => {
    const rules = calendarRulesFor(['TX', 'UT']);
    expect(rules.sunday).toBe('closed');
    expect(rules.holidays?.some((h) => h.name === 'Pioneer Day')).toBe(true);
    expect(calendarRulesFor(['ON', 'RI']).saturday).toEqual({ start: '10:00', end: '17:00' });
  });

  it.each(['FL', 'OK', 'MD', 'md'])('caps %s at three messages per subject per 24 hours', (state) => {
    expect(dailyCapFor(state)).toMatchObject({ max: 3, periodHours: 24, scope: 'same_subject' });
  });

  it.each([null, 'CA', 'TX', 'ZZ'])('has no cap for %s', (state) => {
    expect(dailyCapFor(state)).toBeNull();
  });

  it('caps a lead who may be in a capped state', () => {
    expect(dailyCapFor(['CA', 'FL'])?.max).toBe(3);
  });

  it('cites a source for every state rule', () => {
    for (const [state, rule] of Object.entries(STATE_RULES)) {
      expect(rule.citation.length, state).toBeGreaterThan(5);
    }
  });
});

/** [case, now (UTC), zone, expected (UTC)]: all with the federal 08:00–21:00 window. */
const DAYTIME_CASES: readonly (readonly [string, string, string, string])[] = [
  ['inside the window', '2026-01-15T15:00:00Z', NEW_YORK, '2026-01-15T15:00:00Z'],
  ['at the first allowed minute', '2026-01-15T13:00:00Z', NEW_YORK, '2026-01-15T13:00:00Z'],
  ['in the last allowed second', '2026-01-16T01:59:59Z', NEW_YORK, '2026-01-16T01:59:59Z'],
  ['before the window', '2026-01-15T12:30:00Z', NEW_YORK, '2026-01-15T13:00:00Z'],
  ['seconds before the window', '2026-01-15T12:59:30Z', NEW_YORK, '2026-01-15T13:00:00Z'],
  ['at the end, which is excluded', '2026-01-16T02:00:00Z', NEW_YORK, '2026-01-16T13:00:00Z'],
  ['22:30 local', '2026-01-16T03:30:00Z', NEW_YORK, '2026-01-16T13:00:00Z'],
  ['just after midnight local', '2026-01-16T05:10:00Z', NEW_YORK, '2026-01-16T13:00:00Z'],
  ['across a month end', '2026-02-01T03:00:00Z', NEW_YORK, '2026-02-01T13:00:00Z'],
  ['across a year end', '2027-01-01T04:59:00Z', NEW_YORK, '2027-01-01T13:00:00Z'],
  // 2026-03-08: clocks go from 02:00 EST to 03:00 EDT.
  ['spring forward, 01:30 EST', '2026-03-08T06:30:00Z', NEW_YORK, '2026-03-08T12:00:00Z'],
  ['spring forward, the night before', '2026-03-08T03:30:00Z', NEW_YORK, '2026-03-08T12:00:00Z'],
  ['spring forward, just after the jump', '2026-03-08T07:00:00Z', NEW_YORK, '2026-03-08T12:00:00Z'],
  ['spring forward day, inside', '2026-03-08T12:00:00Z', NEW_YORK, '2026-03-08T12:00:00Z'],
  ['spring forward day, 21:30 EDT', '2026-03-09T01:30:00Z', NEW_YORK, '2026-03-09T12:00:00Z'],
  ['spring forward day, 20:59 EDT', '2026-03-09T00:59:00Z', NEW_YORK, '2026-03-09T00:59:00Z'],
  // 2026-11-01: clocks go from 02:00 EDT back to 01:00 EST.
  ['fall back, 00:30 EDT', '2026-11-01T04:30:00Z', NEW_YORK, '2026-11-01T13:00:00Z'],
  ['fall back, first 01:30', '2026-11-01T05:30:00Z', NEW_YORK, '2026-11-01T13:00:00Z'],
  ['fall back, second 01:30', '2026-11-01T06:30:00Z', NEW_YORK, '2026-11-01T13:00:00Z'],
  ['fall back, the night before', '2026-11-01T02:00:00Z', NEW_YORK, '2026-11-01T13:00:00Z'],
  ['fall back day, 20:59 EST', '2026-11-02T01:59:00Z', NEW_YORK, '2026-11-02T01:59:00Z'],
  ['fall back day, 21:00 EST', '2026-11-02T02:00:00Z', NEW_YORK, '2026-11-02T13:00:00Z'],
  // Phoenix keeps MST (UTC-7) all year, so 08:00 is 15:00 UTC in January and in July.
  ['Phoenix in winter', '2026-01-15T14:00:00Z', 'America/Phoenix', '2026-01-15T15:00:00Z'],
  ['Phoenix on the eastern DST day', '2026-03-08T14:00:00Z', 'America/Phoenix', '2026-03-08T15:00:00Z'],
  ['Phoenix in summer', '2026-07-01T14:00:00Z', 'America/Phoenix', '2026-07-01T15:00:00Z'],
  ['Phoenix in summer, 21:30', '2026-07-02T04:30:00Z', 'America/Phoenix', '2026-07-02T15:00:00Z'],
  ['Honolulu', '2026-07-01T17:00:00Z', 'Pacific/Honolulu', '2026-07-01T18:00:00Z'],
  ['Chicago', '2026-07-01T12:00:00Z', CHICAGO, '2026-07-01T13:00:00Z'],
];

describe('nextAllowedTime', () => {
  it.each(DAYTIME_CASES)('%s', (_, now, zone, expected) => {
    expect(nextAllowedTime(new Date(now), zone, DAYTIME).toISOString()).toBe(
      new Date(expected).toISOString(),
    );
  });

  it('returns the same Date when already allowed', () => {
    const at = new Date('2026-01-15T15:00:00Z');
    expect(nextAllowedTime(at, NEW_YORK, DAYTIME)).toBe(at);
    expect(isAllowedAt(at, NEW_YORK, DAYTIME)).toBe(true);
    expect(isAllowedAt(new Date('2026-01-15T03:00:00Z'), NEW_YORK, DAYTIME)).toBe(false);
  });

  it('opens at the moment of the jump when the window starts inside a DST gap', () => {
    const window = { start: '02:30', end: '21:00' };
    expect(nextAllowedTime(new Date('2026-03-08T05:00:00Z'), NEW_YORK, window).toISOString()).toBe(
      '2026-03-08T07:00:00.000Z',
    );
  });

  it('opens at the first occurrence of a repeated time on a fall-back day', () => {
    const window = { start: '01:30', end: '21:00' };
    expect(nextAllowedTime(new Date('2026-11-01T04:00:00Z'), NEW_YORK, window).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('closes at the jump when the window ends inside a DST gap', () => {
    const window = { start: '01:00', end: '02:30' };
    const beforeJump = new Date('2026-03-08T06:59:00Z');
    expect(nextAllowedTime(beforeJump, NEW_YORK, window)).toBe(beforeJump);
    expect(nextAllowedTime(new Date('2026-03-08T07:00:00Z'), NEW_YORK, window).toISOString()).toBe(
      '2026-03-09T05:00:00.000Z',
    );
  });

  it('refuses an unknown zone or an empty window', () => {
    expect(() => nextAllowedTime(new Date(), 'Mars/Base', DAYTIME)).toThrow(RangeError);
    expect(() => nextAllowedTime(new Date(), NEW_YORK, { start: '10:00', end: '09:00' })).toThrow(RangeError);
  });
});

/** [case, state, now (UTC), zone, expected (UTC)] with the state's window and calendar. */
const STATE_CASES: readonly (readonly [string, string, string, string, string])[] = [
  ['Florida closes at 20:00', 'FL', '2026-01-16T01:30:00Z', NEW_YORK, '2026-01-16T13:00:00Z'],
  ['Florida open at 19:59', 'FL', '2026-01-16T00:59:00Z', NEW_YORK, '2026-01-16T00:59:00Z'],
  ['Texas Sunday morning waits for noon', 'TX', '2026-03-15T15:00:00Z', CHICAGO, '2026-03-15T17:00:00Z'],
  [
    'Texas Saturday night waits for Sunday noon',
    'TX',
    '2026-03-15T03:30:00Z',
    CHICAGO,
    '2026-03-15T17:00:00Z',
  ],
  [
    'Texas Sunday 21:30 waits for Monday 09:00',
    'TX',
    '2026-03-16T02:30:00Z',
    CHICAGO,
    '2026-03-16T14:00:00Z',
  ],
  ['Texas Saturday 08:30 waits for 09:00', 'TX', '2026-03-14T13:30:00Z', CHICAGO, '2026-03-14T14:00:00Z'],
  ['Alabama skips Sunday', 'AL', '2026-03-15T02:00:00Z', CHICAGO, '2026-03-16T13:00:00Z'],
  ['Alabama Sunday noon', 'AL', '2026-03-15T17:00:00Z', CHICAGO, '2026-03-16T13:00:00Z'],
  ['Alabama skips Sunday and Memorial Day', 'AL', '2026-05-24T01:30:00Z', CHICAGO, '2026-05-26T13:00:00Z'],
  ['Alabama skips Confederate Memorial Day', 'AL', '2026-04-27T15:00:00Z', CHICAGO, '2026-04-28T13:00:00Z'],
  ['Alabama skips an observed Christmas', 'AL', '2027-12-24T02:00:00Z', CHICAGO, '2027-12-27T14:00:00Z'],
  [
    'Louisiana skips the Battle of New Orleans',
    'LA',
    '2026-01-08T15:00:00Z',
    CHICAGO,
    '2026-01-09T14:00:00Z',
  ],
  [
    'Mississippi skips Sunday but not holidays',
    'MS',
    '2026-05-24T15:00:00Z',
    CHICAGO,
    '2026-05-25T13:00:00Z',
  ],
  [
    'Utah skips Pioneer Day and Sunday',
    'UT',
    '2026-07-24T15:00:00Z',
    'America/Denver',
    '2026-07-25T14:00:00Z',
  ],
  ['Rhode Island Saturday closes at 17:00', 'RI', '2026-03-14T21:30:00Z', NEW_YORK, '2026-03-16T13:00:00Z'],
  ['Rhode Island Saturday opens at 10:00', 'RI', '2026-03-14T13:30:00Z', NEW_YORK, '2026-03-14T14:00:00Z'],
  ['Ontario weekday until 21:30', 'ON', '2026-03-13T01:15:00Z', 'America/Toronto', '2026-03-13T01:15:00Z'],
  [
    'Ontario Saturday opens at 10:00',
    'ON',
    '2026-03-14T13:30:00Z',
    'America/Toronto',
    '2026-03-14T14:00:00Z',
  ],
  [
    'Ontario Saturday closes at 18:00',
    'ON',
    '2026-03-14T22:30:00Z',
    'America/Toronto',
    '2026-03-15T14:00:00Z',
  ],
  [
    'California has no day rules',
    'CA',
    '2026-12-25T18:00:00Z',
    'America/Los_Angeles',
    '2026-12-25T18:00:00Z',
  ],
];

describe('nextAllowedTime with state rules', () => {
  it.each(STATE_CASES)('%s', (_, state, now, zone, expected) => {
    const next = nextAllowedTime(new Date(now), zone, quietHoursFor(state), calendarRulesFor(state));
    expect(next.toISOString()).toBe(new Date(expected).toISOString());
  });

  it('narrows a state Sunday window with the workspace override', () => {
    const window = quietHoursFor('TX', { start: '09:00', end: '18:00' });
    const rules = calendarRulesFor('TX');
    const sunday1730 = new Date('2026-03-15T22:30:00Z');
    expect(nextAllowedTime(sunday1730, CHICAGO, window, rules)).toBe(sunday1730);
    expect(nextAllowedTime(new Date('2026-03-15T23:10:00Z'), CHICAGO, window, rules).toISOString()).toBe(
      '2026-03-16T14:00:00.000Z',
    );
  });
});

describe('holidays', () => {
  it('computes the federal holidays of 2026', () => {
    expect([...holidayDates(2026, FEDERAL_HOLIDAYS)].sort()).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-07-04',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  it.each([
    ['2027-12-24', true],
    ['2027-12-31', true],
    ['2028-01-01', true],
    ['2027-07-05', true],
    ['2026-12-24', false],
    ['2026-07-06', false],
  ])('%s is a holiday: %s', (date, expected) => {
    expect(isHoliday(date, FEDERAL_HOLIDAYS)).toBe(expected);
  });
});
