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
    ['no rush, end of yr', 7],
    ['end of year', 7],
    ['next spring', 10],
    ['this summer', 1],
    ['in the fall', 4],
    ['after our lease ends in August', 3],
    ['early next year', 8],
    ['by the end of next year', 19],
    ['not until 2027', 8],
    ['after the holidays', 8],
    ['in the next year or so', 12],
    ['need to close before end of july. 3 or 4 bed in austin', 2],
    ['moving in june. 2 kids and a dog', 1],
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

describe('timelineMonths: bounds, ranges, immediacy and other people’s dates', () => {
  it.each([
    ['not for at least a year', 12],
    ['not for another 6 months', 6],
    ['not until at least march', 10],
    ['were thinking 9 months to a year', 9],
    ['a month or two', 1],
    ['no rush maybe 8 months', 8],
  ])('%j from May → %i (a lower bound or a range takes its near end)', (text, months) => {
    expect(read(text, MAY).timelineMonths).toBe(months);
  });

  it.each([
    'like right now lol we are living with my in laws',
    'now!',
    'we quit our lease early so we need to buy fast',
    'vendemos ya, nos vamos a otro estado',
    'nos mudamos ya',
    'queremos comprar ahorita mismo',
  ])('%j is now (0)', (text) => {
    expect(read(text, MAY).timelineMonths).toBe(0);
  });

  it.each([
    'right now we are renting',
    "i'm busy right now",
    'ahorita no puedo, escríbeme la otra semana',
    'rentamos ahorita pero queremos comprar',
    "When I find the right one I'll move fast",
    'my son Dallas starts kindergarten next fall',
    'el banco nos dijo que en dos semanas nos dan la aprobación',
    'our lender says 2 weeks for the letter',
    'try me in a few months',
  ])('%j is no move date', (text) => {
    expect(read(text, MAY).timelineMonths).toBeNull();
  });

  it('lets a date said beside "fast" win, and keeps a move beside someone else’s date', () => {
    expect(read('we need to sell fast, relocating for a job in 6 weeks', MAY).timelineMonths).toBe(1);
    expect(read('my daughter starts school in august, we want to buy before that', MAY).timelineMonths).toBe(
      3,
    );
    expect(read('posiblemente en 4 meses, depende del trabajo de mi esposo', MAY).timelineMonths).toBe(4);
  });

  it('reads a bare season that opens the answer, even "fall"', () => {
    expect(read('fall probably, depends on my job', MAY).timelineMonths).toBe(4);
    expect(read('Summer, maybe sooner', MAY).timelineMonths).toBe(1);
    expect(read('prices fall, we buy', MAY).timelineMonths).toBeNull();
  });
});

describe('timelineMonths: halves, quarters, holidays, written dates and loose counts', () => {
  /** Monday 7 December 2026 in New York. */
  const DECEMBER = { now: '2026-12-07T10:00:00-05:00', tz: 'America/New_York' };

  it.each([
    ['a year and a half', 18],
    ['probably year and a half', 18],
    ['in two and a half years', 30],
    ['3mo', 3],
    ['like 3ish months', 3],
    ['not for another year', 12],
    ['probably a year out', 12],
    ['probably not till summer', 6],
    ['sometime this coming spring', 3],
    ['Q1', 1],
    ['before the end of q1', 3],
    ['the second quarter of next year', 4],
    ['q4', 0],
    ['after christmas', 1],
    ['in the new year', 1],
    ['planning to list after new years', 1],
    ['by memorial day', 5],
    ['before thanksgiving', 11],
    ['hoping to move by 3/1', 3],
    ['our lease is up 1/31 so we need to buy', 1],
  ])('%j in December → %i', (text, months) => {
    expect(read(text, DECEMBER).timelineMonths).toBe(months);
  });

  it.each([
    ['this fall', 4],
    ['by christmas', 7],
    ['after thanksgiving', 7],
  ])('%j in May → %i', (text, months) => {
    expect(read(text, MAY).timelineMonths).toBe(months);
  });

  it.each([
    'after christmas, maybe the 28th at 2',
    'merry christmas!',
    'we closed on 3/1',
    "we've been looking for a year and a half",
    'the house is 3 years old',
  ])('%j is no move date (December)', (text) => {
    expect(read(text, DECEMBER).timelineMonths).toBeNull();
  });
});

describe('timelineMonths in Spanish: ranges, seasons said this or next, parts and holidays', () => {
  const DECEMBER = { now: '2026-12-07T10:00:00-05:00', tz: 'America/New_York' };

  it.each([
    ['en unos meses', 3],
    ['para el verano', 6],
    ['a principios del año que viene', 1],
    ['a mediados del próximo año', 6],
    ['de 3 a 6 meses', 3],
    ['entre 3 y 6 meses', 3],
    ['tal vez unos 4 meses', 4],
    ['antes del verano', 6],
    ['este verano', 6],
    ['el verano que viene', 6],
    ['la primavera que viene', 3],
    ['el próximo otoño', 9],
    ['después de navidad', 1],
    ['después de las fiestas', 1],
    ['cuando termine el año escolar', 6],
    ['a finales de enero', 1],
  ])('%j in December → %i', (text, months) => {
    expect(read(text, DECEMBER).timelineMonths).toBe(months);
  });

  it.each([
    ['este verano', 1],
    ['a finales del verano', 3],
    ['el verano que viene', 1],
    ['antes de navidad', 7],
  ])('%j in May → %i', (text, months) => {
    expect(read(text, MAY).timelineMonths).toBe(months);
  });

  it('reads no move date into time gone by', () => {
    expect(read('llevamos 6 meses buscando', DECEMBER).timelineMonths).toBeNull();
    expect(read('compramos hace 2 años', DECEMBER).timelineMonths).toBeNull();
  });
});

describe('timelineMonths: a season after "thinking", and times that are about being busy or talking', () => {
  const DECEMBER = { now: '2026-12-07T10:00:00-05:00', tz: 'America/New_York' };

  it.each([
    ["we're thinking spring, 450-500k, East Nashville, 3 bed", 3],
    ['busy this month but looking to buy in march', 3],
  ])('%j in December → %i', (text, months) => {
    expect(read(text, DECEMBER).timelineMonths).toBe(months);
  });

  it.each([
    "We are not done looking, just juggling a lot with the kids' school this month",
    'later this month works',
  ])('%j is no move date', (text) => {
    expect(read(text, DECEMBER).timelineMonths).toBeNull();
  });
});

describe('a when that is not a move', () => {
  it.each([
    'pause the texts till august',
    'please hold off until the fall',
    'my grandma passed in april, this was her number',
    'we could tour it early next month',
    'could we see the house later this month',
    'in 3 days, any time',
  ])('%j', (text) => {
    expect(read(text, MAY).timelineMonths).toBeNull();
  });

  it.each([
    ['moving early next month', 1],
    ['we need to move in 10 days', 0],
    ['once ours sells, hopefully in 60 days', 2],
  ])('%j is %i', (text, months) => {
    expect(read(text, MAY).timelineMonths).toBe(months);
  });
});

describe('timelineMonths: time already spent or away from the chat is no move', () => {
  it.each([
    ["we're from sacramento originally, been in the bay 10 yrs", null],
    ['lived in denver 5 years, want to move in 3 months', 3],
    ['brb like 2 weeks, crazy time at work', null],
    ['moving away in 3 months', 3],
    ['were thinking 9 months to a year', 9],
  ])('%j → %s', (text, months) => {
    expect(read(text).timelineMonths).toBe(months);
  });
});
