import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { read } from './test-helpers.js';

/** Monday 2 March 2026 in Houston: spring is a month away. */
const MARCH = { now: '2026-03-02T10:00:00-06:00', tz: 'America/Chicago' };

describe('words that name a timeline, money or a place are not read as times', () => {
  it.each([
    ['in like 3 meses', 3],
    ['like 3 meses', 3],
    ['in 2 semanas', 0],
    ['maybe in 6 meses or so', 6],
  ])('%j is a timeline in Spanglish, not a time today', (text, months) => {
    const r = read(text);
    expect(r.requestedTime).toBeNull();
    expect(r.timelineMonths).toBe(months);
  });

  it.each([
    ['between 4 and 5 hundred', [400_000, 500_000]],
    ["we're thinking between 4 and 5 hundred", [400_000, 500_000]],
    ['4-5 hundred', [400_000, 500_000]],
  ])('%j is a price range, not a time', (text, [min, max]) => {
    const r = read(text);
    expect(r.requestedTime).toBeNull();
    expect([r.budgetMin, r.budgetMax]).toEqual([min, max]);
  });

  it('still reads "between 4 and 5" as a time when nothing counts it', () => {
    expect(read('between 4 and 5 tomorrow works').requestedTime).not.toBeNull();
  });
});

describe('Spring, Texas is a place, not a season', () => {
  const at = (text: string) => analyze(text, MARCH);

  it.each([
    ['homes in Spring TX', ['Spring, TX']],
    ['something in the Spring area', ['Spring']],
    ['buying in Spring or Katy', ['Spring', 'Katy']],
    ['in Spring, Katy or Cypress', ['Spring', 'Katy', 'Cypress']],
  ])('%j names %j and no timeline', (text, places) => {
    const r = at(text);
    expect(r.areas).toEqual(places);
    expect(r.timelineMonths).toBeNull();
  });

  it('the season stays a season', () => {
    expect(at('moving in the spring').timelineMonths).toBe(0);
    expect(at('moving in the spring').areas).toEqual([]);
    expect(at('in the Spring area by summer').timelineMonths).toBe(3);
  });
});

describe('neighbourhoods from the public neighbourhood lists', () => {
  it.each([
    ['near Great Hills', ['Great Hills']],
    ['home in the Great Hills area', ['Great Hills']],
    ['something in Zilker or Travis Heights', ['Zilker', 'Travis Heights']],
    ['we like Bouldin Creek', ['Bouldin Creek']],
  ])('%j names %j', (text, places) => {
    expect(read(text).areas).toEqual(places);
  });

  it('an everyday-word neighbourhood in lower case needs the workspace to name it', () => {
    expect(read('looking in great hills').areas).toEqual([]);
    const market = analyze('looking in great hills', { ...MARCH, marketAreas: ['Great Hills, TX'] });
    expect(market.areas).toEqual(['Great Hills']);
  });
});

describe('a weekday and a date that disagree', () => {
  const DECEMBER = { now: '2026-12-06T12:00:00-06:00', tz: 'America/Chicago' };
  it('gives no time and names both days it could be', () => {
    const r = analyze('thu the 16th at 3', DECEMBER);
    expect(r.requestedTime).toBeNull();
    expect(r.dateConflict).toEqual({ date: '2026-12-16', weekdayDate: '2026-12-17' });
    expect(analyze('wed the 16th at 3', DECEMBER).dateConflict).toBeUndefined();
  });
});
