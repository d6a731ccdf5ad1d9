import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { extractRequestedTime } from './requested-time.js';
import { FRIDAY_BEFORE_DST, read } from './test-helpers.js';
import { prepareMessage } from './text.js';

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
      'in 30 min',
      'sat at 1030',
      'at 9:30',
      'mañana a las 4',
      'hoy en la noche',
      'wed the 11th at 6:15pm',
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

  it('reads "after work", "this weekend" and a week asked for as windows', () => {
    expect(slot('can we swing by tmrw after work?')).toEqual({
      start: '2026-03-07T17:00:00-05:00',
      end: '2026-03-07T20:00:00-05:00',
    });
    expect(slot('stop by this weekend?')).toEqual({
      start: '2026-03-07T09:00:00-05:00',
      end: '2026-03-08T17:00:00-04:00',
    });
    expect(slot('can we meet next week?')).toEqual({
      start: '2026-03-09T09:00:00-04:00',
      end: '2026-03-13T17:00:00-04:00',
    });
  });

  it('reads a week left open as no time: "sometime", "one day", "later", "should be"', () => {
    const tuesday = { now: '2026-02-24T11:52:00-06:00', tz: 'America/Chicago' };
    expect(slot('sometime next week works')).toBeNull();
    expect(slot('one day this week after work', tuesday)).toBeNull();
    expect(slot('later this week maybe', tuesday)).toBeNull();
    expect(slot('still waiting on the approval letter, should be this week', tuesday)).toBeNull();
    expect(slot('some afternoon next week')).toBeNull();
    expect(slot('could we meet this week?', tuesday)).toEqual({
      start: '2026-02-24T11:52:00-06:00',
      end: '2026-02-27T17:00:00-06:00',
    });
  });
});

/** Sunday 6 December 2026, 10:00 in New York: Wednesday is the 9th and the 16th. */
const DECEMBER = { now: '2026-12-06T10:00:00-05:00', tz: 'America/New_York' } as const;

function reading(text: string, at: { now: string; tz: string } = DECEMBER) {
  const now = DateTime.fromISO(at.now, { setZone: true }).setZone(at.tz);
  return extractRequestedTime(prepareMessage(text, now, at.tz), []);
}
const startOf = (text: string, at: { now: string; tz: string } = DECEMBER) => slot(text, at)?.start ?? null;

describe('compact and sloppy forms', () => {
  it.each([
    ['sat at 1030', '2026-12-12T10:30:00-05:00'],
    ['1030am', '2026-12-06T10:30:00-05:00'],
    ['1230pm tomorrow', '2026-12-07T12:30:00-05:00'],
    ['tomorrow @ 1030', '2026-12-07T10:30:00-05:00'],
    ['10a', '2026-12-06T10:00:00-05:00'],
    ['12/19 10a', '2026-12-19T10:00:00-05:00'],
    ['12/19 @ 10', '2026-12-19T10:00:00-05:00'],
    ['6:15pm', '2026-12-06T18:15:00-05:00'],
    ['6.15 pm', '2026-12-06T18:15:00-05:00'],
    ['10a.m. tomorrow', '2026-12-07T10:00:00-05:00'],
    ['noonish', '2026-12-06T12:00:00-05:00'],
    ['around 4ish', '2026-12-06T16:00:00-05:00'],
    ['4-ish', '2026-12-06T16:00:00-05:00'],
    ['sat 2p', '2026-12-12T14:00:00-05:00'],
    ['thurs 9:30a', '2026-12-10T09:30:00-05:00'],
    ['I can do 6:15p on thurs', '2026-12-10T18:15:00-05:00'],
    ['tmrw', '2026-12-07T09:00:00-05:00'],
    ['2morrow at 3', '2026-12-07T15:00:00-05:00'],
    ['nxt tues', '2026-12-08T09:00:00-05:00'],
    ['the day after tomorrow at 4', '2026-12-08T16:00:00-05:00'],
    ['I could meet at 5 30', '2026-12-06T17:30:00-05:00'],
    ['can we push it to 5', '2026-12-06T17:00:00-05:00'],
    ['Friday 12/11 at 3', '2026-12-11T15:00:00-05:00'],
    ['Sunday, 12/13 at 1:30 PM', '2026-12-13T13:30:00-05:00'],
    ['half past 4 tomorrow', '2026-12-07T16:30:00-05:00'],
    ['sat at quarter past 10', '2026-12-12T10:15:00-05:00'],
    ['How about 11:30 on the 19th?', '2026-12-19T11:30:00-05:00'],
    ['at 9:30', '2026-12-07T09:30:00-05:00'],
  ])('%j starts at %s', (text, start) => {
    expect(startOf(text)).toBe(start);
  });

  it('reads compact ranges with their end', () => {
    expect(slot('10a-2p saturday', DECEMBER)).toEqual({
      start: '2026-12-12T10:00:00-05:00',
      end: '2026-12-12T14:00:00-05:00',
    });
  });

  it.each([
    'looking for 1030 sq ft',
    'budget around 1200 a month',
    'around 1200 sq ft',
    'rate at 6.25',
    'we have 2 kids',
    '2 or 3',
    'is unit 10a still available',
    'interest rate at 6.5 is too high',
    "it's a 10 min drive to work",
  ])('%j is no time', (text) => {
    expect(slot(text, DECEMBER)).toBeNull();
  });
});

describe('waits from now', () => {
  it.each([
    ['in 30 min', '2026-12-06T10:30:00-05:00'],
    ['call me in half an hour', '2026-12-06T10:30:00-05:00'],
    ['in a half hour', '2026-12-06T10:30:00-05:00'],
    ['in an hour', '2026-12-06T11:00:00-05:00'],
    ['in an hour?', '2026-12-06T11:00:00-05:00'],
    ['in 2 hrs', '2026-12-06T12:00:00-05:00'],
    ['in a couple hours', '2026-12-06T12:00:00-05:00'],
    ['in 90 min', '2026-12-06T11:30:00-05:00'],
    ['in 1.5 hrs', '2026-12-06T11:30:00-05:00'],
    ['in an hour and a half', '2026-12-06T11:30:00-05:00'],
    ['in 5 minutes', '2026-12-06T10:05:00-05:00'],
    ['call me in 15', '2026-12-06T10:15:00-05:00'],
    ['give me 20 min', '2026-12-06T10:20:00-05:00'],
    ['in like an hour', '2026-12-06T11:00:00-05:00'],
    ["I'll be free in an hour or so", '2026-12-06T11:00:00-05:00'],
    ['en 45 minutos', '2026-12-06T10:45:00-05:00'],
  ])('%j is the hour from %s', (text, start) => {
    const value = slot(text, DECEMBER);
    expect(value?.start).toBe(start);
    expect(Date.parse(value?.end ?? '') - Date.parse(start)).toBe(60 * 60 * 1000);
  });

  it('rounds to the minute', () => {
    expect(startOf('in 30 min', { now: '2026-12-06T10:00:40-05:00', tz: 'America/New_York' })).toBe(
      '2026-12-06T10:31:00-05:00',
    );
    expect(startOf('in 30 min', { now: '2026-12-06T10:00:20-05:00', tz: 'America/New_York' })).toBe(
      '2026-12-06T10:30:00-05:00',
    );
  });

  it.each([
    'in 20 minutes away from downtown',
    'in 5 minutes, driving',
    'in 2 days',
    'in 24 hours',
    'call me in 2',
    'give me a couple days',
    'the house is in 15 minutes from work',
    'my lease ends in 2 hours',
    "don't call in an hour",
  ])('%j is no wait to honour', (text) => {
    expect(slot(text, DECEMBER)).toBeNull();
  });

  it('is sure of an exact wait, less of a loose one', () => {
    expect(reading('in 30 min').confidence).toBe(1);
    expect(reading('in a couple hours').confidence).toBeLessThan(1);
    expect(reading('in an hour or so').confidence).toBeLessThan(1);
    expect(reading('in like 30 min').confidence).toBeLessThan(1);
  });
});

describe('the time proposed among several', () => {
  it('skips an hour refused as too early or late, keeping its day', () => {
    const friday = { now: '2026-11-27T10:00:00-05:00', tz: 'America/New_York' };
    expect(slot('1pm sunday is too early for us, 3pm?', friday)?.end).toBe('2026-11-29T16:00:00-05:00');
    expect(slot('sunday at 5 is a bit late, how about 2', friday)?.start).toBe('2026-11-29T14:00:00-05:00');
    expect(slot('sunday at 5 is early but fine', friday)?.start).toBe('2026-11-29T17:00:00-05:00');
  });

  it('reads the proposal, not the lead’s own schedule', () => {
    expect(slot('I get off at 5 so maybe 5:30 tomorrow', DECEMBER)).toEqual({
      start: '2026-12-07T17:30:00-05:00',
      end: '2026-12-07T18:30:00-05:00',
    });
    expect(startOf('I work until 6, could do 6:30 thurs')).toBe('2026-12-10T18:30:00-05:00');
    expect(startOf("i'm free after my 12:30 call, so 2 tomorrow?")).toBe('2026-12-07T14:00:00-05:00');
    expect(slot('after my 5pm meeting works', DECEMBER)).toBeNull();
  });

  it('reads a schedule alone as no proposal', () => {
    expect(slot('I get off at 5 tomorrow', DECEMBER)).toBeNull();
    expect(slot("I'm at work till 6 but free after", DECEMBER)).toBeNull();
    expect(slot('I work until 6', DECEMBER)).toBeNull();
  });

  it('is sure of an afternoon hour written bare, less of a morning or evening one', () => {
    const sunday = { now: '2027-04-22T16:30:00-05:00', tz: 'America/Chicago' };
    const r = reading('can we see 12 oak on sunday around 2? we both work weekdays', sunday);
    expect(r.value?.start).toBe('2027-04-25T14:00:00-05:00');
    expect(r.confidence).toBeGreaterThanOrEqual(0.8);
    expect(reading('sunday at 3').confidence).toBe(1);
    expect(reading('sunday at 8').confidence).toBeLessThan(1);
  });

  it('reads the first of two alternatives, with less confidence', () => {
    const r = reading('sat at 10 or sun at 2');
    expect(r.value?.start).toBe('2026-12-12T10:00:00-05:00');
    expect(r.confidence).toBeLessThan(0.8);
    expect(startOf('sun at 2 or sat at 10')).toBe('2026-12-13T14:00:00-05:00');
    expect(reading('sat at 10 or 11').confidence).toBeLessThan(0.8);
    expect(reading('sat or sun at 2').confidence).toBeLessThan(0.8);
    expect(reading("we're free the 12th or 13th").confidence).toBeLessThan(0.8);
  });

  it('keeps a time with the day it is written beside', () => {
    expect(slot("We're free Tuesday evening or Wednesday after 6", DECEMBER)).toEqual({
      start: '2026-12-08T17:00:00-05:00',
      end: '2026-12-08T20:00:00-05:00',
    });
    expect(slot('sat morning or sun at 2', DECEMBER)?.start).toBe('2026-12-12T09:00:00-05:00');
    expect(startOf('sat or sun at 2')).toBe('2026-12-12T14:00:00-05:00');
  });

  it('skips a ruled-out time and takes the correction', () => {
    expect(startOf('not 3, 4 works')).toBe('2026-12-06T16:00:00-05:00');
    expect(startOf('not 3pm, 4pm works')).toBe('2026-12-06T16:00:00-05:00');
    expect(startOf("I'm not free at 3 but 4 works")).toBe('2026-12-06T16:00:00-05:00');
    expect(startOf('not saturday, sunday at 2 works')).toBe('2026-12-13T14:00:00-05:00');
    expect(startOf("saturday doesn't work, sunday at 2?")).toBe('2026-12-13T14:00:00-05:00');
    expect(startOf('tomorrow at 10, actually 11')).toBe('2026-12-07T11:00:00-05:00');
    expect(startOf('tomorrow at 10, make it 11')).toBe('2026-12-07T11:00:00-05:00');
    expect(reading('not 3pm, 4pm works').confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps one time named twice as one', () => {
    expect(reading('tomorrow at 4pm, so 4pm tomorrow').confidence).toBe(1);
  });
});

describe('a weekday beside a day of the month', () => {
  it('uses the date when they agree, never the nearest such weekday', () => {
    expect(slot('wed the 16th at 6:15pm', DECEMBER)).toEqual({
      start: '2026-12-16T18:15:00-05:00',
      end: '2026-12-16T19:15:00-05:00',
    });
    expect(startOf('wednesday, december 16 at 10am')).toBe('2026-12-16T10:00:00-05:00');
    expect(startOf('12/16 (wed) at 4')).toBe('2026-12-16T16:00:00-05:00');
    expect(startOf('tomorrow, monday at 4')).toBe('2026-12-07T16:00:00-05:00');
    expect(reading('wed the 16th at 6:15pm').conflict).toBe(false);
  });

  it.each([
    'thu the 16th at 6:15pm',
    'thursday, december 16 at 4',
    'thursday 12/16',
    '12/16 (thu) at 4',
    'tomorrow, tuesday at 4',
  ])('%j is a conflict to ask about, with no time', (text) => {
    const r = reading(text);
    expect(r.value).toBeNull();
    expect(r.conflict).toBe(true);
    expect(r.confidence).toBe(0);
    expect(r.spans.length).toBeGreaterThan(0);
  });
});

describe('confidence of a reading', () => {
  it.each([
    ['tomorrow at 4pm', 1],
    ['saturday', 1],
    ['monday morning', 1],
    ['12/19 at 10:30am', 1],
  ])('%j is read cleanly (%d)', (text, confidence) => {
    expect(reading(text).confidence).toBe(confidence);
  });

  it('is lower for a guessed half of the day, "ish", hedges and jokes', () => {
    const clean = reading('tomorrow at 4pm').confidence;
    // 10 could be either half; a bare 1 to 5 is the afternoon
    const guessed = reading('tomorrow at 10').confidence;
    expect(guessed).toBeLessThan(reading('tomorrow at 10am').confidence);
    expect(reading('tomorrow at 4').confidence).toBe(clean);
    expect(guessed).toBeGreaterThanOrEqual(0.8);
    expect(reading('tomorrow at 4pm-ish').confidence).toBeLessThan(clean);
    expect(reading('how about tomorrow at 4pm').confidence).toBe(clean);
    expect(reading('maybe tomorrow at 4pm').confidence).toBeLessThan(clean);
    expect(reading('I might be free tomorrow at 4pm').confidence).toBeLessThan(clean);
    expect(reading('tomorrow at 4pm lol').confidence).toBeLessThan(0.5);
    expect(reading('call me at 3am 😂').confidence).toBeLessThan(0.5);
  });

  it('is zero when nothing is read', () => {
    expect(reading('sounds good')).toEqual({ value: null, spans: [], confidence: 0, conflict: false });
  });
});

describe('any jumble of time words', () => {
  it('never throws, never answers in the past, and has confidence only with a value', () => {
    const words =
      'sat at 1030 10a 2p or not 4 ish - mañana a las el jueves 10 the 16th in 30 min hrs half an hour actually make it @ 12/19 , . ? de la tarde y media tomorrow wed get off so maybe lol 😂 pasado dentro de quarter past unit 0 23:59 12am between and after before until this weekend next week o'.split(
        ' ',
      );
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const zones = ['America/New_York', 'America/Phoenix', 'America/Los_Angeles', 'Pacific/Honolulu'];
    for (let i = 0; i < 600; i++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 8) },
        () => words[Math.floor(next() * words.length)],
      ).join(' ');
      const tz = zones[i % zones.length] ?? 'America/New_York';
      const now = DateTime.fromMillis(Date.UTC(2026, 0, 1) + next() * 365 * 864e5, { zone: tz });
      const r = reading(text, { now: now.toISO() ?? '', tz });
      if (!r.value) {
        expect(r.confidence, text).toBe(0);
        continue;
      }
      expect(Date.parse(r.value.start), text).toBeGreaterThanOrEqual(now.startOf('minute').toMillis());
      expect(Date.parse(r.value.end), text).toBeGreaterThan(Date.parse(r.value.start));
      expect(r.confidence, text).toBeGreaterThan(0);
      expect(r.confidence, text).toBeLessThanOrEqual(1);
    }
  });
});

describe('requestedTime: a later choice replaces an earlier one', () => {
  const hour = (day: string, h: number, offset = '-05:00') => ({
    start: `2026-12-${day}T${String(h).padStart(2, '0')}:00:00${offset}`,
    end: `2026-12-${day}T${String(h + 1).padStart(2, '0')}:00:00${offset}`,
  });
  it.each([
    ['monday i have a doctor appt at 10, tuesday at 10 instead?', hour('08', 10)],
    ['saturday at 1 instead of friday', hour('12', 13)],
    ["actually scratch thursday, let's do wednesday at 5", hour('09', 17)],
    ['the agent said 4 but 5 is better for us tomorrow', hour('07', 17)],
    ['earlier I said monday but tuesday is better, 11am', hour('08', 11)],
    ['not tomorrow, the day after, around noon', hour('08', 12)],
  ])('%j', (text, expected) => {
    expect(slot(text, DECEMBER)).toEqual(expected);
  });

  it('"I meant 3:30" corrects the minutes', () => {
    expect(slot('tomorrow at 3 — sorry, I meant 3:30', DECEMBER)).toEqual({
      start: '2026-12-07T15:30:00-05:00',
      end: '2026-12-07T16:30:00-05:00',
    });
  });

  it("the day of the lead's own plan gives way to the day proposed", () => {
    const wednesday = { now: '2026-12-09T10:00:00-05:00', tz: 'America/New_York' };
    expect(slot('we land at 2pm saturday, could we see it sunday morning', wednesday)).toEqual({
      start: '2026-12-13T09:00:00-05:00',
      end: '2026-12-13T12:00:00-05:00',
    });
  });

  it('a count of calls is no time, and "está" names no zone', () => {
    expect(slot('I get like 5 calls a day from you guys', DECEMBER)).toBeNull();
    const la = { now: '2026-12-06T10:00:00-08:00', tz: 'America/Los_Angeles' };
    expect(slot('el sábado trabajo hasta la 1, ¿a las 3 está bien?', la)).toEqual({
      start: '2026-12-12T15:00:00-08:00',
      end: '2026-12-12T16:00:00-08:00',
    });
  });
});

describe('a showing moved to another hour or day', () => {
  it.each([
    ["can we move tomorrow's 2pm to 4pm", '2026-03-07T16:00:00-05:00'],
    ['can we move tomorrow 2pm to 4pm', '2026-03-07T16:00:00-05:00'],
    ["can we move saturday's 2pm to 4pm", '2026-03-07T16:00:00-05:00'],
    ['hey can we move it to next monday at 8am? before work', '2026-03-09T08:00:00-04:00'],
    ['could we move the showing to monday at 2', '2026-03-09T14:00:00-04:00'],
    // the day alone: the turn gives it the booking's hour
    ['something came up, can we move it to thursday same time', '2026-03-12T09:00:00-04:00'],
  ])('%j starts %s', (text, start) => {
    expect(read(text).requestedTime?.start).toBe(start);
  });

  it('a move of house on a day is no visit', () => {
    expect(read('we move tomorrow').requestedTime).toBeNull();
    expect(read('we are moving to austin next monday').requestedTime).toBeNull();
  });
});

describe('a day of something already done, or of a document sent, is no visit', () => {
  it.each([
    'nope not approved yet, applied monday',
    'got pre approved thru Rocket this morning',
    'tengo la carta de pre aprobación, se las mando hoy',
  ])('%j', (text) => {
    expect(read(text).requestedTime).toBeNull();
  });

  it.each([
    ['we got approved! can we see it saturday at 2?', '2026-03-07T14:00:00-05:00'],
    ['I talked to my wife, saturday at 2 works', '2026-03-07T14:00:00-05:00'],
  ])('%j is still a visit', (text, start) => {
    expect(read(text).requestedTime?.start).toBe(start);
  });
});

describe('two times: the one chosen after the other, and the day each belongs to', () => {
  it.each([
    ["either 11 or 1 tomorrow, let's say 1", '2026-03-07T13:00:00-05:00'],
    ['tuesday at noon or wednesday at noon, wednesday is prob better', '2026-03-11T12:00:00-04:00'],
    ['3pm or 5pm tomorrow, 5 is safer with traffic', '2026-03-07T17:00:00-05:00'],
    ['mañana a las 10 no puedo, mejor a las 2', '2026-03-07T14:00:00-05:00'],
    ['was going to say sunday but my husband works, saturday at 2 then', '2026-03-07T14:00:00-05:00'],
    ['monday at 1? or tuesday at 1... tuesday', '2026-03-10T13:00:00-04:00'],
    ['tomorrow doesnt work anymore, the day after at 10am', '2026-03-08T10:00:00-04:00'],
    ['could do monday at 5 or tuesday at 6, tuesday is better', '2026-03-10T18:00:00-04:00'],
    ['sat at 10. wait no sunday at 10', '2026-03-08T10:00:00-04:00'],
    ['3 or 4 tomorrow', '2026-03-07T15:00:00-05:00'],
  ])('%j starts %s', (text, start) => {
    expect(read(text).requestedTime?.start).toBe(start);
  });

  it('takes the part of the day written beside the chosen day', () => {
    expect(read('we were gonna do sat morning but sunday afternoon is better now').requestedTime).toEqual({
      start: '2026-03-08T12:00:00-04:00',
      end: '2026-03-08T17:00:00-04:00',
    });
  });
});

describe('compact and relative forms', () => {
  it.each([
    ['tmrw am', '2026-03-07T09:00:00-05:00', '2026-03-07T12:00:00-05:00'],
    ['tomorrow pm', '2026-03-07T12:00:00-05:00', '2026-03-07T17:00:00-05:00'],
    ['early tomorrow', '2026-03-07T09:00:00-05:00', '2026-03-07T12:00:00-05:00'],
    ['2day 5pm', '2026-03-06T17:00:00-05:00', '2026-03-06T18:00:00-05:00'],
    ['sat 10.30', '2026-03-07T10:30:00-05:00', '2026-03-07T11:30:00-05:00'],
    ['3/12 530p', '2026-03-12T17:30:00-04:00', '2026-03-12T18:30:00-04:00'],
    ['10th at 2', '2026-03-10T14:00:00-04:00', '2026-03-10T15:00:00-04:00'],
    ['el 12 a las 2', '2026-03-12T14:00:00-04:00', '2026-03-12T15:00:00-04:00'],
    ['30 mins from now', '2026-03-06T10:30:00-05:00', '2026-03-06T11:30:00-05:00'],
    ['an hour from now', '2026-03-06T11:00:00-05:00', '2026-03-06T12:00:00-05:00'],
  ])('%j', (text, start, end) => {
    expect(read(text).requestedTime).toEqual({ start, end });
  });

  it('reads no timeline into "2day"', () => {
    expect(read('2day 5pm').timelineMonths).toBeNull();
  });
});

describe('times that are no proposal', () => {
  it.each([
    "Are you kidding me? It's 7am on a Sunday. Stop contacting me.",
    'not unsubscribing, just cant talk rn. ill text back tonight',
    'not approved yet, meeting w a lender next week',
    'how about feb 30 at 11',
    'nov 31 at 3pm works',
  ])('%j', (text) => {
    expect(read(text).requestedTime).toBeNull();
  });

  it('keeps a showing they say not to cancel', () => {
    expect(read("don't cancel our showing tomorrow, we're still coming at 2").requestedTime?.start).toBe(
      '2026-03-07T14:00:00-05:00',
    );
  });
});

describe('an hour refused keeps its day for the next hour', () => {
  it.each([
    ["tomorrow at 10 doesn't work, how about 2", '2026-03-07T14:00:00-05:00'],
    ["tmrw at 3 won't work, thursday at 5?", '2026-03-12T17:00:00-04:00'],
    ["saturday doesn't work, sunday at 2", '2026-03-08T14:00:00-04:00'],
  ])('%j starts %s', (text, start) => {
    expect(read(text).requestedTime?.start).toBe(start);
  });

  it('refusing the only hour proposes nothing', () => {
    expect(read("tomorrow at 10 doesn't work").requestedTime).toBeNull();
  });
});

describe('times that are no proposal, or that disagree', () => {
  it.each([
    ["can't do monday at 11, what about tuesday at 3", '2026-03-10T15:00:00-04:00'],
    ['the inspection is at 9 tomorrow, could we meet at 8:30 first', '2026-03-07T08:30:00-05:00'],
    ['dinner at 6 then free from 7 to 8 on thursday', '2026-03-12T19:00:00-04:00'],
    ["can't come over today, maybe monday", '2026-03-09T09:00:00-04:00'],
    ['mon am works', '2026-03-09T09:00:00-04:00'],
    ['can we walk the lot on county rd 8 saturday', '2026-03-07T09:00:00-05:00'],
    ['no cancelen la visita del domingo', '2026-03-08T09:00:00-04:00'],
    ['ok if we swing by the open house at 3', '2026-03-06T15:00:00-05:00'],
  ])('%j starts %s', (text, start) => {
    expect(read(text).requestedTime?.start).toBe(start);
  });

  it.each([
    'saturday morning at 6pm',
    '4pm in the morning before my shift',
    'this week im swamped, not saying stop',
    'esta semana estoy ocupado',
    'ya called me 4 times today, enough',
    "can you put this on hold, I'm away until the 20th",
    'hold off for now, back on the 20th',
    'after the 20th sometime',
  ])('%j', (text) => {
    expect(read(text).requestedTime).toBeNull();
  });
});
