import { describe, expect, it } from 'vitest';
import { read } from './test-helpers.js';

/** A word inside a larger meaning must not fill a slot or opt out. */
describe('words inside a larger meaning', () => {
  it('"can we stop by?" is a question, not an opt-out', () => {
    expect(read('can we stop by?')).toMatchObject({
      optOut: null,
      keyword: null,
      question: 'can we stop by?',
    });
  });

  it('"end our lease" is neither an opt-out nor an intent to rent', () => {
    expect(read('we need to end our lease early')).toMatchObject({ optOut: null, intent: null });
  });

  it('"don\'t stop sending listings" keeps them coming', () => {
    expect(read("don't stop sending listings, these are great").optOut).toBeNull();
  });

  it('"I sold my last house in 2019" is no plan to sell now', () => {
    expect(read('I sold my last house in 2019')).toMatchObject({
      intent: null,
      timelineMonths: null,
      budgetMax: null,
    });
  });

  it('"my budget isn\'t 500k, more like 400k": the correction wins', () => {
    expect(read("my budget isn't 500k, more like 400k")).toMatchObject({
      budgetMin: null,
      budgetMax: 400_000,
    });
  });

  it('"the 3 kids" are not bedrooms, "2 car garage" is not baths', () => {
    expect(read('the 3 kids need a 2 car garage')).toMatchObject({ beds: null, baths: null });
  });

  it('"in 5 minutes" is neither a timeline nor an appointment', () => {
    expect(read('in 5 minutes, driving')).toMatchObject({ timelineMonths: null, requestedTime: null });
  });

  it('"123 main st" is an address, not $123; "78704" is a ZIP area, not money', () => {
    expect(read('123 main st')).toMatchObject({ budgetMax: null, areas: [] });
    expect(read('78704')).toMatchObject({ budgetMax: null, areas: ['78704'] });
  });

  it('phone numbers are not money, areas or times', () => {
    expect(read('My number is 571-555-0199, call after 6')).toMatchObject({
      budgetMax: null,
      areas: [],
      requestedTime: { start: '2026-03-06T18:00:00-05:00', end: '2026-03-06T20:00:00-05:00' },
    });
  });

  it('never takes "I", months, weekdays or "House" for places', () => {
    expect(read('I think the House on Elm is great, Monday in June works').areas).toEqual([]);
  });

  it('a capitalised everyday word opening a sentence is no place: "Great, thanks", "Hope…", "Mission…"', () => {
    for (const text of [
      'Great, thanks',
      'Hope this helps',
      'Mission accomplished!',
      'Paradise lol',
      'Sunset?',
    ]) {
      expect(read(text).areas).toEqual([]);
    }
  });

  it('a first name is no place without a cue: "kyle and I", "Allen said"', () => {
    expect(read('kyle and I want to buy').areas).toEqual([]);
    expect(read('Allen said you could help').areas).toEqual([]);
    expect(read('we like kyle').areas).toEqual(['Kyle']);
  });

  it('Spanish words are no places; "en" is a cue', () => {
    expect(read('quiero vender mi casa').areas).toEqual([]);
    expect(read('busco casa en san antonio').areas).toEqual(['San Antonio']);
  });
});
