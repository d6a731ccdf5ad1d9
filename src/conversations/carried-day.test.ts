import { describe, expect, it } from 'vitest';
import { atSameTime, namesDay, onDayAsked } from './carried-day.js';
import { analyze } from './understanding/analyze.js';

const saturdayMorning = { start: '2026-03-07T09:00:00-06:00', end: '2026-03-07T12:00:00-06:00' };
const elevenToday = { start: '2026-03-05T11:00:00-06:00', end: '2026-03-05T12:00:00-06:00' };
const thursdayTen = '2026-03-05T10:02:00-06:00';

describe('a clock time alone after a day was asked for', () => {
  it('is read on the day asked', () => {
    expect(onDayAsked(elevenToday, '11 works for me', saturdayMorning, thursdayTen)).toEqual({
      start: '2026-03-07T11:00:00.000-06:00',
      end: '2026-03-07T12:00:00.000-06:00',
    });
    expect(onDayAsked(elevenToday, 'a las 11 esta bien', saturdayMorning, thursdayTen).start).toBe(
      '2026-03-07T11:00:00.000-06:00',
    );
  });

  it('keeps a time that names its own day, or with no day asked, or a day asked already past', () => {
    expect(onDayAsked(elevenToday, 'today at 11', saturdayMorning, thursdayTen)).toBe(elevenToday);
    expect(onDayAsked(elevenToday, 'friday at 11 instead', saturdayMorning, thursdayTen)).toBe(elevenToday);
    expect(onDayAsked(elevenToday, '11 works for me', undefined, thursdayTen)).toBe(elevenToday);
    expect(onDayAsked(elevenToday, '11 works', saturdayMorning, '2026-03-07T13:00:00-06:00')).toBe(
      elevenToday,
    );
  });

  it('keeps a window of more than a day asked, and a reading that is not one hour', () => {
    const weekend = { start: '2026-03-07T00:00:00-06:00', end: '2026-03-09T00:00:00-05:00' };
    expect(onDayAsked(elevenToday, '11 works', weekend, thursdayTen)).toBe(elevenToday);
    const afternoon = { start: '2026-03-05T12:00:00-06:00', end: '2026-03-05T17:00:00-06:00' };
    expect(onDayAsked(afternoon, 'afternoon is better', saturdayMorning, thursdayTen)).toBe(afternoon);
  });

  it('tells a day named from a clock time alone', () => {
    for (const text of [
      'sat at 11',
      'tomorrow 10',
      'the 10th at 2',
      '3/9 at 9',
      'el sábado a las 12',
      'mañana',
    ])
      expect(namesDay(text), text).toBe(true);
    for (const text of ['11 works for me', '10am works', 'a las 12 esta bien', 'how about 2pm'])
      expect(namesDay(text), text).toBe(false);
  });
});

describe('"same time" when moving an appointment', () => {
  const tuesdayTen = { start: '2026-03-03T16:00:00.000Z', zone: 'America/Chicago' };
  const wednesday = { start: '2026-03-04T09:00:00-06:00', end: '2026-03-04T17:00:00-06:00' };

  it('is the appointment time on the day named', () => {
    expect(atSameTime(wednesday, 'could we do wednesday same time instead?', tuesdayTen)).toEqual({
      start: '2026-03-04T10:00:00.000-06:00',
      end: '2026-03-04T11:00:00.000-06:00',
    });
  });

  it('moves the appointment to the day read in "can we move it to thursday same time"', () => {
    const text = 'something came up, can we move it to thursday same time';
    const read = analyze(text, { now: '2026-03-02T13:10:00-06:00', tz: 'America/Chicago' }).requestedTime;
    expect(atSameTime(read, text, tuesdayTen)?.start).toBe('2026-03-05T10:00:00.000-06:00');
  });

  it('leaves a day without those words, a time of its own and no day at all', () => {
    expect(atSameTime(wednesday, 'could we do wednesday instead?', tuesdayTen)).toBe(wednesday);
    const wednesdayTwo = { start: '2026-03-04T14:00:00-06:00', end: '2026-03-04T15:00:00-06:00' };
    expect(atSameTime(wednesdayTwo, 'wednesday at 2, not the same time', tuesdayTen)).toBe(wednesdayTwo);
    expect(atSameTime(null, 'same time next week?', tuesdayTen)).toBeNull();
  });
});
