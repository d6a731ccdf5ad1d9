import { describe, expect, it } from 'vitest';
import {
  fromZoned,
  hourLabels,
  openingAnchor,
  placeItems,
  rangeOf,
  shiftAnchor,
  todayIn,
  toZoned,
  viewTitle,
  visibleDays,
} from './week-grid.ts';

const NY = 'America/New_York';

describe('visibleDays', () => {
  it('shows Monday to Sunday around the anchor, each day from local midnight to local midnight', () => {
    const days = visibleDays('week', '2026-03-11', NY);
    expect(days.map((d) => d.date)).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
    expect(days[0]?.start).toBe('2026-03-09T04:00:00.000Z');
    expect(rangeOf(days)).toEqual({ from: '2026-03-09T04:00:00.000Z', to: '2026-03-16T04:00:00.000Z' });
  });

  it('gives the spring-forward day 23 hours and the fall-back day 25', () => {
    const [spring] = visibleDays('day', '2026-03-08', NY);
    const [fall] = visibleDays('day', '2026-11-01', NY);
    const hours = (d: { start: string; end: string } | undefined) =>
      d ? (Date.parse(d.end) - Date.parse(d.start)) / 3_600_000 : 0;
    expect(hours(spring)).toBe(23);
    expect(hours(fall)).toBe(25);
  });

  it('moves a week or a day at a time, and titles the view in the viewer’s locale', () => {
    expect(shiftAnchor('week', '2026-03-11', 1, NY)).toBe('2026-03-18');
    expect(shiftAnchor('day', '2026-03-01', -1, NY)).toBe('2026-02-28');
    // ICU writes thin spaces around the dash: compare the words.
    const plain = (text: string) => text.replace(/\s+/g, ' ');
    expect(plain(viewTitle('week', '2026-03-11', NY, 'en-US'))).toBe('Mar 9 – 15, 2026');
    expect(plain(viewTitle('week', '2026-03-31', NY, 'en-US'))).toBe('Mar 30 – Apr 5, 2026');
    expect(plain(viewTitle('day', '2026-03-08', NY, 'en-US'))).toBe('Sunday, March 8, 2026');
    expect(plain(viewTitle('week', '2026-03-31', NY, 'en-GB'))).toBe('30 Mar – 5 Apr 2026');
    expect(visibleDays('week', '2026-03-11', NY, 'en-US')[0]?.label).toBe('Mon, Mar 9');
    expect(visibleDays('week', '2026-03-11', NY, 'en-GB')[0]?.label).toBe('Mon 9 Mar');
  });

  it('labels the hour lines on the locale’s clock: 12 hours for en-US, 24 where the locale uses them', () => {
    const plain = (text: string) => text.replace(/\s+/g, ' ');
    expect(hourLabels('en-US').map(plain).slice(0, 2)).toEqual(['12 AM', '1 AM']);
    expect(hourLabels('en-US').map(plain).slice(12, 14)).toEqual(['12 PM', '1 PM']);
    expect(hourLabels('en-GB').slice(12, 14)).toEqual(['12:00', '13:00']);
    expect(hourLabels('de-DE')[7]).toBe('07:00');
  });

  it('opens on the week of the next appointment, or on today when none is coming', () => {
    const now = new Date('2026-03-09T15:00:00Z');
    expect(openingAnchor('2026-04-02T01:30:00Z', NY, now)).toBe('2026-04-01');
    expect(openingAnchor(null, NY, now)).toBe('2026-03-09');
    // One under way (it started before now) keeps this week.
    expect(openingAnchor('2026-03-09T14:30:00Z', NY, now)).toBe('2026-03-09');
    expect(visibleDays('week', openingAnchor('2026-04-02T01:30:00Z', NY, now), NY)[0]?.date).toBe(
      '2026-03-30',
    );
  });

  it("knows today's date in the viewer's zone, not UTC's", () => {
    expect(todayIn(NY, new Date('2026-03-09T03:30:00Z'))).toBe('2026-03-08');
    expect(todayIn('Asia/Tokyo', new Date('2026-03-09T03:30:00Z'))).toBe('2026-03-09');
  });
});

describe('zone conversion across a DST change', () => {
  it('reads the same UTC time an hour later on the wall clock once summer time starts', () => {
    expect(toZoned('2026-03-07T15:00:00Z', NY)).toMatchObject({ date: '2026-03-07', time: '10:00' });
    expect(toZoned('2026-03-08T15:00:00Z', NY)).toMatchObject({ date: '2026-03-08', time: '11:00' });
    expect(toZoned('2026-11-01T15:00:00Z', NY)).toMatchObject({ date: '2026-11-01', time: '10:00' });
  });

  it('turns a local time into the right instant on either side of the change', () => {
    expect(fromZoned('2026-03-07', '10:00', NY)).toBe('2026-03-07T15:00:00Z');
    expect(fromZoned('2026-03-09', '10:00', NY)).toBe('2026-03-09T14:00:00Z');
    // 02:30 does not exist that night: the clock jumps from 02:00 to 03:00.
    expect(fromZoned('2026-03-08', '02:30', NY)).toBe('2026-03-08T07:30:00Z');
    expect(toZoned(fromZoned('2026-03-08', '02:30', NY), NY).time).toBe('03:30');
  });

  it('round-trips every half hour of a week across the change', () => {
    for (const date of ['2026-03-07', '2026-03-08', '2026-03-09', '2026-11-01']) {
      for (let minute = 0; minute < 24 * 60; minute += 30) {
        const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        if (date === '2026-03-08' && time.startsWith('02:')) continue;
        expect(toZoned(fromZoned(date, time, NY), NY)).toMatchObject({ date, time });
      }
    }
  });
});

describe('placeItems', () => {
  const week = visibleDays('week', '2026-03-11', NY);
  const at = (id: string, start: string, end: string) => ({ id, start, end });

  it('places an appointment on its local day at its wall-clock minutes', () => {
    const [placed] = placeItems([at('a', '2026-03-10T14:00:00Z', '2026-03-10T15:00:00Z')], week, NY);
    expect(placed).toMatchObject({ dayIndex: 1, startMinute: 600, endMinute: 660, column: 0, columns: 1 });
  });

  it('puts overlapping appointments side by side and reuses a column once it frees up', () => {
    const placed = placeItems(
      [
        at('a', '2026-03-10T14:00:00Z', '2026-03-10T15:00:00Z'),
        at('b', '2026-03-10T14:30:00Z', '2026-03-10T15:30:00Z'),
        at('c', '2026-03-10T15:00:00Z', '2026-03-10T16:00:00Z'),
        at('d', '2026-03-10T18:00:00Z', '2026-03-10T19:00:00Z'),
      ],
      week,
      NY,
    );
    const byId = Object.fromEntries(placed.map((p) => [p.item.id, p]));
    expect(byId.a).toMatchObject({ column: 0, columns: 2 });
    expect(byId.b).toMatchObject({ column: 1, columns: 2 });
    expect(byId.c).toMatchObject({ column: 0, columns: 2 });
    expect(byId.d).toMatchObject({ column: 0, columns: 1 });
  });

  it('gives three mutually overlapping appointments a third each', () => {
    const placed = placeItems(
      ['a', 'b', 'c'].map((id) => at(id, '2026-03-12T14:00:00Z', '2026-03-12T15:00:00Z')),
      week,
      NY,
    );
    expect(placed.map((p) => [p.column, p.columns])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
  });

  it('splits an appointment across local midnight onto both days', () => {
    const placed = placeItems([at('late', '2026-03-11T03:30:00Z', '2026-03-11T05:30:00Z')], week, NY);
    expect(placed).toHaveLength(2);
    expect(placed[0]).toMatchObject({ dayIndex: 1, startMinute: 23 * 60 + 30, endMinute: 1440 });
    expect(placed[0]?.continuesAfter).toBe(true);
    expect(placed[1]).toMatchObject({ dayIndex: 2, startMinute: 0, endMinute: 90, continuesBefore: true });
  });

  it('places by wall clock on the DST day and leaves out what the view does not show', () => {
    const days = visibleDays('week', '2026-03-08', NY);
    const placed = placeItems(
      [
        at('after', '2026-03-08T15:00:00Z', '2026-03-08T16:00:00Z'),
        at('gone', '2026-03-20T15:00:00Z', '2026-03-20T16:00:00Z'),
      ],
      days,
      NY,
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ dayIndex: 6, startMinute: 11 * 60 });
  });
});
