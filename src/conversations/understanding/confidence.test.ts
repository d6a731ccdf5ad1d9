import { describe, expect, it } from 'vitest';
import { read } from './test-helpers.js';
import { CONFIDENT } from './understanding.schema.js';

/** Sunday 6 December 2026 in New York: spring is three months away. */
const DECEMBER = { now: '2026-12-06T10:00:00-05:00', tz: 'America/New_York' } as const;

describe('confidence', () => {
  it('is 1 for facts said plainly and absent for facts not read', () => {
    const r = read('looking to buy a 3 bed 2 bath house, $450k max, pre-approved, in 3 months');
    expect(r.confidence).toEqual({
      intent: 1,
      timelineMonths: 1,
      budget: 1,
      preApproved: 1,
      beds: 1,
      baths: 1,
      propertyType: 1,
    });
    expect(read('ok').confidence).toEqual({});
  });

  it.each([
    ['maybe 3 beds', 'beds'],
    ['idk maybe 400k', 'budget'],
    ['I think we are pre-approved', 'preApproved'],
    ['maybe selling', 'intent'],
    ['thinking about a 3 bed', 'beds'],
    ['we might move in 6 months', 'timelineMonths'],
    ['tal vez 3 recámaras', 'beds'],
    ["I don't think we're pre-approved", 'preApproved'],
    ['quizás unos 300 mil', 'budget'],
  ] as const)('%j is hedged: %s is asked back, not stated', (text, field) => {
    expect(read(text).confidence[field]).toBe(0.6);
  });

  it.each([
    ['prob about a year out, just want to know my options', 12],
    ['probably moving in september', 6],
    ['no rush, prob end of yr', 9],
  ])('%j states a timeline (%d months) with a mild hedge, stated back', (text, months) => {
    const r = read(text, { now: '2026-03-05T09:30:00-05:00', tz: 'America/New_York' });
    expect(r.timelineMonths).toBe(months);
    expect(r.confidence.timelineMonths).toBe(0.85);
  });

  it('takes weighing an intent as stating it, with what its clause says', () => {
    expect(read('thinking about selling').confidence.intent).toBe(1);
    const seller = read('Thinking about selling in the next 2 months, want to know what it could list for');
    expect(seller).toMatchObject({ intent: 'sell', timelineMonths: 2 });
    expect(seller.confidence).toMatchObject({ intent: 1, timelineMonths: 1 });
    const townhouse = read("Hi, I'm thinking about selling my townhouse in Georgetown.");
    expect(townhouse).toMatchObject({ intent: 'sell', propertyType: 'townhouse' });
    expect(townhouse.confidence.intent).toBeGreaterThanOrEqual(CONFIDENT);
    expect(townhouse.confidence.propertyType).toBeGreaterThanOrEqual(CONFIDENT);
    expect(read('considering buying a 3 bed').confidence).toMatchObject({ intent: 1, beds: 1 });
    expect(read('pensando en vender en 3 meses').confidence.timelineMonths).toBe(0.9);
    // a hedge of its own still doubts the fact
    expect(read('thinking about selling, maybe in 6 months').confidence.timelineMonths).toBe(0.6);
  });

  it('keeps a maximum that "maybe less" could only lower, and doubts one that "maybe more" could raise', () => {
    const r = read('budget around 500k maybe less');
    expect(r.budgetMax).toBe(500_000);
    expect(r.confidence.budget).toBe(0.85);
    expect(read('budget 500k maybe more').confidence.budget).toBe(0.6);
    expect(read('at least 300k maybe more').confidence.budget).toBe(1);
  });

  it('lets a correction of one number ("four bedrooms not three") leave the next fact sure', () => {
    const r = read(
      'we need four bedrooms not three comma and we can go up to five hundred fifty thousand now period',
    );
    expect(r).toMatchObject({ beds: 4, budgetMax: 550_000 });
    expect(r.confidence).toMatchObject({ beds: 1, budget: 1 });
    expect(read("don't need more than 3 beds").confidence.beds).toBe(0.7);
  });

  it('lets a hedge said alone doubt its whole sentence', () => {
    expect(read('3 or 4 beds, not sure').confidence.beds).toBe(0.6);
    expect(read('3 or 4 beds. $400k max').confidence.budget).toBe(1);
  });

  it('does not doubt a "not yet": the negation is the fact', () => {
    const r = read("haven't gotten preapproved yet but will soon");
    expect(r.preApproved).toBe(false);
    expect(r.confidence.preApproved).toBe(1);
  });

  it('keeps the hedge to its own clause', () => {
    const r = read('not sure about the area, but 3 beds for sure');
    expect(r.confidence.beds).toBe(1);
  });

  it('reads "not right now, maybe in the spring" as months until spring, hedged', () => {
    const r = read('not right now, maybe in the spring', DECEMBER);
    expect(r.timelineMonths).toBe(3);
    expect(r.confidence.timelineMonths).toBeLessThan(CONFIDENT);
  });

  it('takes a joke as a joke: every fact low', () => {
    const r = read('lol sure, a 10 bedroom mansion for 50k');
    expect(r.beds).toBe(10);
    expect(r.confidence.beds).toBe(0.3);
    expect(r.confidence.budget).toBe(0.3);
    expect(read('haha yeah right, 3 bed for 100k').confidence.budget).toBe(0.3);
    expect(read('4 bed under 600k jk').confidence.beds).toBe(0.3);
  });

  it('does not take a friendly laugh for a joke', () => {
    expect(read('lol yes 3 beds please').confidence.beds).toBe(1);
  });

  it('doubts implausible values without a joke', () => {
    expect(read('need 12 bedrooms').confidence.beds).toBe(0.4);
    expect(read('budget 20k for a house').confidence.budget).toBe(0.4);
  });

  it('guesses a bare number as a budget below CONFIDENT, a marked one or one asked of a home above', () => {
    expect(read('under 350 in round rock').confidence.budget).toBe(0.65);
    expect(read('under $350k').confidence.budget).toBe(1);
    expect(read('around 500k').confidence.budget).toBe(0.85);
    expect(read('mid 300s').confidence.budget).toBe(0.85);
    expect(read('oh dang. anything else like it around 400?')).toMatchObject({
      budgetMax: 400_000,
      confidence: { budget: 0.85 },
    });
    expect(read('any homes under 350?').confidence.budget).toBe(0.85);
  });

  it('lowers a fact with a negation in its clause that did not cancel it', () => {
    expect(read("don't need more than 3 beds").confidence.beds).toBe(0.7);
    expect(read('no more than 400k').confidence.budget).toBe(1);
    expect(read('we want to sell our house but not buy another')).toMatchObject({
      intent: 'sell',
      confidence: { intent: 1 },
    });
  });

  it('reads loose ranges and inferred intent a little lower, still stated', () => {
    const r = read('3-6 months, 3 bed under $400k');
    expect(r.confidence.timelineMonths).toBe(0.85);
    expect(r.confidence.intent).toBe(0.85);
    expect(r.confidence.intent).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it('reads Spanish rules at 0.9', () => {
    const r = read('queremos comprar, presupuesto 300 mil, 3 recámaras, en 3 meses');
    expect(r.confidence).toEqual({ intent: 0.9, budget: 0.9, beds: 0.9, timelineMonths: 0.9 });
  });
});
