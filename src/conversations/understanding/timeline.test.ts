import { describe, expect, it } from 'vitest';
import { read } from './test-helpers.js';

/** Tuesday 12 May 2026 in Chicago: spring is under way. */
const MAY = { now: '2026-05-12T14:30:00-05:00', tz: 'America/Chicago' };
/** Thursday 17 September 2026 in Los Angeles. */
const SEPTEMBER = { now: '2026-09-17T09:15:00-07:00', tz: 'America/Los_Angeles' };

describe('timelineMonths', () => {
  it.each([
    ['3-6 months', 3],
    ['6 months to a year', 6],
    ['in a year or two', 12],
    ['asap', 0],
    ['right away', 0],
    ['ready to move now', 0],
    ['within 30 days', 1],
    ['in the next 90 days', 3],
    ['relocating for a job in 6 weeks', 1],
    ['couple months', 2],
    ['a few months', 3],
    ['2 years out probably', 24],
    ['by the end of the year', 7],
    ['next spring', 10],
    ['this summer', 1],
    ['in the fall', 4],
    ['after our lease ends in August', 3],
    ['early next year', 8],
    ['by the end of next year', 19],
    ['not until 2027', 8],
    ['after the holidays', 8],
    ['in the next year or so', 12],
  ])('%j → %d (from May)', (text, months) => {
    expect(read(text, MAY).timelineMonths).toBe(months);
  });

  it('counts months from the message date', () => {
    expect(read('next spring', SEPTEMBER).timelineMonths).toBe(6);
    expect(read('after our lease ends in June', SEPTEMBER).timelineMonths).toBe(9);
    expect(read('this fall', SEPTEMBER).timelineMonths).toBe(0);
  });

  it.each([
    'not for a while',
    'just browsing',
    'in 5 minutes',
    "we've been looking for 6 months",
    "I've lived here 10 years",
    'we bought our first house 5 years ago',
    'I sold my last house in 2019',
    'just bought in September',
    'we make 120k a year',
    'Not selling right now',
    'May 20 at noon',
    'we may move',
  ])('%j has no timeline', (text) => {
    expect(read(text, MAY).timelineMonths).toBeNull();
  });

  it('does not take the appointment for the move', () => {
    const r = read('first week of june, maybe thursday at 1', MAY);
    expect(r.requestedTime?.start).toBe('2026-05-14T13:00:00-05:00');
    expect(r.timelineMonths).toBe(1);
  });
});

describe('timelineMonths, hedged and in Spanish', () => {
  /** Sunday 6 December 2026 in New York. */
  const DECEMBER = { now: '2026-12-06T10:00:00-05:00', tz: 'America/New_York' };

  it('reads a season that names a place as no timeline', () => {
    expect(read('the Spring area or Tomball').timelineMonths).toBeNull();
    expect(read('homes near the spring creek').timelineMonths).toBeNull();
    expect(read('maybe in the Spring', DECEMBER).timelineMonths).toBe(3);
  });

  it('reads "might be 6 months" as 6, hedged', () => {
    const r = read('might be 6 months might be a year');
    expect(r.timelineMonths).toBe(6);
    expect(r.confidence.timelineMonths).toBe(0.6);
  });

  it('reads no timeline into a negated "right now"', () => {
    expect(read('not interested in buying right now').timelineMonths).toBeNull();
    expect(read("we don't have to move right now").timelineMonths).toBeNull();
  });

  it('reads "maybe in the spring" as months until spring, wherever in the year', () => {
    expect(read('not right now, maybe in the spring', DECEMBER).timelineMonths).toBe(3);
    expect(read('not right now, maybe in the spring', SEPTEMBER).timelineMonths).toBe(6);
  });

  it.each([
    ['en 3 meses', 3],
    ['dentro de seis meses', 6],
    ['lo antes posible', 0],
    ['cuanto antes', 0],
    ['el próximo año', 1],
    ['en un año', 12],
    ['en la primavera', 3],
    ['para marzo', 3],
  ])('%j in December → %i', (text, months) => {
    expect(read(text, DECEMBER).timelineMonths).toBe(months);
  });
});
