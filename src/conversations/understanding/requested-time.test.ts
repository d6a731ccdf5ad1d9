import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { FRIDAY_BEFORE_DST, read } from './test-helpers.js';

const slot = (text: string, at: { now: string; tz: string } = FRIDAY_BEFORE_DST) =>
  read(text, at).requestedTime;

describe('requestedTime', () => {
  it('gives an hour from a time, in the afternoon for 1 to 7 without am/pm', () => {
    expect(slot('tomorrow at 4')).toEqual({
      start: '2026-03-07T16:00:00-05:00',
      end: '2026-03-07T17:00:00-05:00',
    });
    expect(slot('tmrw 4ish')).toEqual({
      start: '2026-03-07T16:00:00-05:00',
      end: '2026-03-07T17:00:00-05:00',
    });
    expect(slot('next tuesday at 10am')?.start).toBe('2026-03-10T10:00:00-04:00');
  });

  it('crosses the change to daylight saving time with the right offset', () => {
    expect(slot('sunday at 2')).toEqual({
      start: '2026-03-08T14:00:00-04:00',
      end: '2026-03-08T15:00:00-04:00',
    });
    expect(slot('this weekend')).toEqual({
      start: '2026-03-07T09:00:00-05:00',
      end: '2026-03-08T17:00:00-04:00',
    });
    const fallBack = { now: '2026-10-30T16:00:00-04:00', tz: 'America/New_York' };
    expect(slot('sunday at 11', fallBack)).toEqual({
      start: '2026-11-01T11:00:00-05:00',
      end: '2026-11-01T12:00:00-05:00',
    });
  });

  it('gives parts of the day as windows', () => {
    expect(slot('monday morning')).toEqual({
      start: '2026-03-09T09:00:00-04:00',
      end: '2026-03-09T12:00:00-04:00',
    });
    expect(slot('sat afternoon')).toEqual({
      start: '2026-03-07T12:00:00-05:00',
      end: '2026-03-07T17:00:00-05:00',
    });
    expect(slot('tomorrow evening')).toEqual({
      start: '2026-03-07T17:00:00-05:00',
      end: '2026-03-07T20:00:00-05:00',
    });
    expect(slot('saturday')).toEqual({
      start: '2026-03-07T09:00:00-05:00',
      end: '2026-03-07T17:00:00-05:00',
    });
  });

  it('reads ranges, "after" and "before"', () => {
    expect(slot('saturday between 10 and 12')).toEqual({
      start: '2026-03-07T10:00:00-05:00',
      end: '2026-03-07T12:00:00-05:00',
    });
    expect(slot('sunday 1-3')?.end).toBe('2026-03-08T15:00:00-04:00');
    expect(slot('any time after 5 tomorrow')).toEqual({
      start: '2026-03-07T17:00:00-05:00',
      end: '2026-03-07T20:00:00-05:00',
    });
    expect(slot('tomorrow before noon')).toEqual({
      start: '2026-03-07T09:00:00-05:00',
      end: '2026-03-07T12:00:00-05:00',
    });
  });

  it('reads written dates and ordinals', () => {
    const november = { now: '2026-11-30T19:45:00-07:00', tz: 'America/Denver' };
    expect(slot('Dec 5 at noon', november)).toEqual({
      start: '2026-12-05T12:00:00-07:00',
      end: '2026-12-05T13:00:00-07:00',
    });
    expect(slot('the 12th at 2pm', november)?.start).toBe('2026-12-12T14:00:00-07:00');
    expect(slot('Jan 9 in the morning', november)).toEqual({
      start: '2027-01-09T09:00:00-07:00',
      end: '2027-01-09T12:00:00-07:00',
    });
    expect(slot('9/22 at 5pm', { now: '2026-09-17T09:15:00-07:00', tz: 'America/Los_Angeles' })?.start).toBe(
      '2026-09-22T17:00:00-07:00',
    );
  });

  it('reads the same words in the zone it is given', () => {
    const utc = '2026-03-06T15:00:00Z';
    expect(slot('tomorrow at 4', { now: utc, tz: 'America/Los_Angeles' })?.start).toBe(
      '2026-03-07T16:00:00-08:00',
    );
    expect(slot('tomorrow at 4', { now: utc, tz: 'Europe/London' })?.start).toBe('2026-03-07T16:00:00+00:00');
  });

  it('never answers with a time already past', () => {
    expect(slot('this afternoon', { now: '2026-03-06T14:30:00-05:00', tz: 'America/New_York' })).toEqual({
      start: '2026-03-06T14:30:00-05:00',
      end: '2026-03-06T17:00:00-05:00',
    });
    expect(slot('at 9', { now: '2026-03-06T10:00:00-05:00', tz: 'America/New_York' })?.start).toBe(
      '2026-03-07T09:00:00-05:00',
    );
    expect(slot('friday at 9am', { now: '2026-03-06T10:00:00-05:00', tz: 'America/New_York' })?.start).toBe(
      '2026-03-13T09:00:00-04:00',
    );
    expect(slot('today at 9am')).toBeNull();
    const phrases = [
      'tonight',
      'at 4',
      'this afternoon',
      'monday morning',
      'tomorrow at noon',
      'this weekend',
      'friday',
    ];
    for (let hour = 0; hour < 24; hour += 3) {
      const now = DateTime.fromObject({ year: 2026, month: 3, day: 8, hour }, { zone: 'America/New_York' });
      for (const phrase of phrases) {
        const r = analyze(phrase, { now: now.toISO() ?? '', tz: 'America/New_York' }).requestedTime;
        if (!r) continue;
        expect(Date.parse(r.start)).toBeGreaterThanOrEqual(now.toMillis());
        expect(Date.parse(r.end)).toBeGreaterThan(Date.parse(r.start));
      }
    }
  });

  it.each([
    'no calls after 8pm please',
    "don't text me before 9 am",
    'cancel my showing for tomorrow',
    'our lease ends Jan 15',
    'we close on the 28th',
    'we saw it last saturday',
    'talking to our lender this week',
    'weekday evenings work best',
    'a 3/2 under 350',
    'I am 35 with 2 dogs',
    'Merry Christmas!',
    'the 3rd one was too small',
  ])('%j asks for no time', (text) => {
    expect(slot(text)).toBeNull();
  });
});

describe('visits named by a day alone', () => {
  it('gives the day from 9 to 5 in the lead zone for "stop by saturday"', () => {
    for (const text of ['can we stop by saturday?', 'could we come by sat', 'ok to swing by saturday?']) {
      expect(slot(text), text).toEqual({
        start: '2026-03-07T09:00:00-05:00',
        end: '2026-03-07T17:00:00-05:00',
      });
    }
    const r = read('can we stop by saturday?');
    expect(r.optOut).toBeNull();
    expect(r.keyword).toBeNull();
  });

  it('still reads "by friday" without a visit as a deadline', () => {
    expect(slot('need an answer by friday')).toBeNull();
    expect(slot('we have to be out by saturday')).toBeNull();
  });

  it('reads "after work", "this weekend" and "sometime next week" as windows', () => {
    expect(slot('can we swing by tmrw after work?')).toEqual({
      start: '2026-03-07T17:00:00-05:00',
      end: '2026-03-07T20:00:00-05:00',
    });
    expect(slot('stop by this weekend?')).toEqual({
      start: '2026-03-07T09:00:00-05:00',
      end: '2026-03-08T17:00:00-04:00',
    });
    expect(slot('sometime next week works')).toEqual({
      start: '2026-03-09T09:00:00-04:00',
      end: '2026-03-13T17:00:00-04:00',
    });
  });
});
