import { describe, expect, it } from 'vitest';
import { readInContext } from './contextual.js';
import { analyze } from './understanding/analyze.js';

const now = new Date('2026-03-04T15:00:00Z');
const read = (text: string, pending: Parameters<typeof readInContext>[2]) =>
  readInContext(text, analyze(text, { now, tz: 'America/Chicago' }), pending, undefined);

describe('a short text read as the answer to the question just asked', () => {
  it('takes a bare number as the months asked for', () => {
    expect(read('6', 'timelineMonths').reading).toEqual({ timelineMonths: 6 });
  });

  it('leaves the number of a proposed time to the time ("thursday at 10am works")', () => {
    expect(read('thursday at 10am works', 'timelineMonths').reading).toEqual({});
    expect(read('friday at 1pm?', 'budget').reading).toEqual({});
  });

  it("reads buy, sell or both, but not from someone else's side of a sale", () => {
    expect(read('sellin', 'intent').reading).toEqual({ intent: 'sell' });
    expect(read('would the seller take 430k?', 'intent').reading).toEqual({});
    expect(read('is the listing agent around?', 'intent').reading).toEqual({});
  });

  it('reads no place from the word a sentence leaves over ("not for a year or so")', () => {
    expect(read('not for a year or so', 'areas').reading).toEqual({});
  });
});
