import { describe, expect, it } from 'vitest';
import { read } from './test-helpers.js';

const budget = (text: string) => {
  const r = read(text);
  return [r.budgetMin, r.budgetMax];
};

describe('budgets', () => {
  it.each([
    ['450k', [null, 450_000]],
    ['$1.2M', [null, 1_200_000]],
    ['1.2 mil', [null, 1_200_000]],
    ['half a mil tops', [null, 500_000]],
    ['$450,000 max', [null, 450_000]],
    ['my max is four hundred thousand', [null, 400_000]],
    ['three fifty max', [null, 350_000]],
    ['under 300', [null, 300_000]],
    ['up to 600 for the right place', [null, 600_000]],
    ['nothing over 650', [null, 650_000]],
    ['pre aproved for 320', [null, 320_000]],
  ])('%j is a ceiling', (text, expected) => {
    expect(budget(text)).toEqual(expected);
  });

  it.each([
    ['350-400k', [350_000, 400_000]],
    ['350 to 400k', [350_000, 400_000]],
    ['between 250 and 300k', [250_000, 300_000]],
    ['$900k-$1.1M', [900_000, 1_100_000]],
    ['budget is 400-450', [400_000, 450_000]],
    ['at least 800k, up to 1.1M', [800_000, 1_100_000]],
    ['looking in the 700s', [700_000, 800_000]],
    ['we are in the low 400s', [400_000, 450_000]],
  ])('%j is a range', (text, expected) => {
    expect(budget(text)).toEqual(expected);
  });

  it('reads "at least", "+" and "minimum" as a floor', () => {
    expect(budget('350k+')).toEqual([350_000, null]);
    expect(budget('at least 500k')).toEqual([500_000, null]);
  });

  it('takes "around X" as the ceiling, with no floor invented', () => {
    expect(budget('around 500k')).toEqual([null, 500_000]);
    expect(budget('~500k')).toEqual([null, 500_000]);
    expect(budget('about 2500 a month for rent')).toEqual([null, 2500]);
  });

  it('lets the later figure win and drops a negated one', () => {
    expect(budget("my budget isn't 500k, more like 400k")).toEqual([null, 400_000]);
    expect(budget('Budget 350k max. Could stretch to 375 if it is perfect')).toEqual([null, 375_000]);
  });

  it('reads rent as dollars a month', () => {
    expect(budget('2k a month')).toEqual([null, 2000]);
    expect(budget('up to $1,800/mo')).toEqual([null, 1800]);
    expect(budget('rent budget is $2,200 max')).toEqual([null, 2200]);
    expect(budget('to rent in austin, 1800/month tops')).toEqual([null, 1800]);
    expect(read('2k a month').intent).toBe('rent');
  });

  it.each([
    '123 main st',
    '78704',
    'call me at 512-555-0142',
    'the 3 kids',
    '2 car garage',
    '2500 sq ft minimum',
    'built after 2000 please',
    'I sold my last house in 2019',
    'we make about 120k a year',
    'we have 50k for a down payment',
    'the HOA is $350 a month right?',
    'house is worth about 600k, we owe 200',
    '$399,900 is the list price right?',
    'in 5 minutes',
    'credit score is 720',
    'lockbox code is 4471',
  ])('%j is not a budget', (text) => {
    expect(budget(text)).toEqual([null, null]);
  });

  it('drops a monthly figure when they are buying (a mortgage payment is not a price)', () => {
    expect(budget('want to buy, keep the mortgage under 2500 a month')).toEqual([null, null]);
  });
});

describe('monthly amounts', () => {
  it.each([
    ['2000 a month', 2000],
    ['1950 a month is our max', 1950],
    ['we can do 2,000 a month', 2000],
    ['2050/mo', 2050],
    ['around 1800 per month', 1800],
  ])('%j alone is a rent budget', (text, max) => {
    const r = read(text);
    expect([r.budgetMin, r.budgetMax]).toEqual([null, max]);
    expect(r.intent).toBe('rent');
  });

  it('keeps a known intent and reads no rent into a mortgage payment', () => {
    expect(budget('$2000 a month mortgage')).toEqual([null, null]);
    expect(budget('we want to buy, mortgage around 2000 a month')).toEqual([null, null]);
    expect(budget('built in 2000')).toEqual([null, null]);
    expect(budget('2000 sqft')).toEqual([null, null]);
  });

  it('reads a rent said after "apt" as a budget, and a unit number as none', () => {
    expect(budget('looking to rent a 2br apt in austin around 1800/mo, have a dog')).toEqual([null, 1800]);
    expect(budget('an apt for 1800/mo')).toEqual([null, 1800]);
    for (const text of ['apt 1800', 'unit #1800', 'the one in suite 300'])
      expect(budget(text)).toEqual([null, null]);
  });
});

describe('amounts in words and in Spanish', () => {
  it.each([
    ['about three hundred and fifty thousand', [null, 350_000]],
    ['three hundred fifty thousand max', [null, 350_000]],
    ['budget is four fifty', [null, 450_000]],
    ['four fifty five max', [null, 455_000]],
    ['half a mil', [null, 500_000]],
    ['1.2 mil', [null, 1_200_000]],
    ['one point five million', [null, 1_500_000]],
    ['a million tops', [null, 1_000_000]],
    ['presupuesto 300 mil', [null, 300_000]],
    ['hasta 450 mil', [null, 450_000]],
    ['1.5 millones', [null, 1_500_000]],
    ['1,5 millones', [null, 1_500_000]],
    ['un millón y medio', [null, 1_500_000]],
    ['medio millón', [null, 500_000]],
    ['presupuesto de trescientos cincuenta mil', [null, 350_000]],
    ['budget ４５０ｋ', [null, 450_000]],
    ['kinda thinking 400ish', [null, 400_000]],
    ['im preapproved thru my credit union for 275', [null, 275_000]],
  ])('%j', (text, expected) => {
    expect(budget(text)).toEqual(expected);
  });

  it('never reads "300 mil" as 300 million, even in an English text', () => {
    expect(budget('budget 300 mil')).toEqual([null, 300_000]);
  });

  it.each([
    ['450-500k', [450_000, 500_000]],
    ['budget between 4 and 5 hundred', [400_000, 500_000]],
    ['between 400 and 500 thousand', [400_000, 500_000]],
    ['entre 300 y 400 mil', [300_000, 400_000]],
    ['between three and four hundred thousand', [300_000, 400_000]],
    ['from 3 to 4 million', [3_000_000, 4_000_000]],
  ])('%j is a range', (text, expected) => {
    expect(budget(text)).toEqual(expected);
  });

  it('reads a monthly figure as rent, in English and Spanish', () => {
    expect(read('$2k a month')).toMatchObject({ budgetMax: 2000, intent: 'rent' });
    expect(read('$2,000 al mes')).toMatchObject({ budgetMax: 2000, intent: 'rent' });
    expect(read('rento un depa, 1500 mensuales')).toMatchObject({ budgetMax: 1500, intent: 'rent' });
    expect(budget('busco renta de 2 mil al mes')).toEqual([null, 2000]);
    expect(read('tengo 1500 pa renta')).toMatchObject({ budgetMax: 1500, intent: 'rent' });
  });

  it('reads no price into a monthly mortgage payment', () => {
    expect(budget('$2,500/mo mortgage payment')).toEqual([null, null]);
  });

  it.each([
    'k',
    'a thousand thanks',
    'two of them',
    'four kids',
    'tenemos 50 mil de enganche',
    'ganamos 80 mil al año',
    'la casa vale 400 mil',
  ])('%j is not a budget', (text) => {
    expect(budget(text)).toEqual([null, null]);
  });
});

describe('long texts', () => {
  it('reads a long unpunctuated text in bounded time', () => {
    const text = 'between three and four hundred thousand maybe '.repeat(200);
    const started = performance.now();
    const r = read(text);
    expect(r.budgetMin).toBe(300_000);
    expect(r.budgetMax).toBe(400_000);
    // the whole reading, every field: a quadratic reader would take many seconds here
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('ceilings and floors said in other words', () => {
  it.each([
    ['mid 400s', [null, 450_000]],
    ['mid 300s', [null, 350_000]],
    ['low 300s', [300_000, 350_000]],
    ['cant go above 275 with taxes', [null, 275_000]],
    ["can't spend over 400", [null, 400_000]],
    ['pls stop showing me anything over 500k', [null, 500_000]],
    ['looking for something over 300k', [300_000, null]],
    ['arriba de 300 mil', [300_000, null]],
    ['por lo menos 250 mil', [250_000, null]],
    ['al menos 400 mil', [400_000, null]],
    ['300 mil o más', [300_000, null]],
    ['de 300 mil para arriba', [300_000, null]],
    ['no menos de 200 mil', [200_000, null]],
  ])('%j', (text, expected) => {
    expect(budget(text)).toEqual(expected);
  });
});
