import { describe, expect, it } from 'vitest';
import { AnalyzeInputError, analyze } from './analyze.js';
import { read } from './test-helpers.js';
import { understandingSchema } from './understanding.schema.js';

describe('analyze', () => {
  it('returns exactly the fields of the schema, with nothing found as null, false or []', () => {
    const r = read('ok');
    // `dateConflict` is there only when a weekday and a date disagree
    const always = Object.keys(understandingSchema.shape).filter((k) => k !== 'dateConflict');
    expect(Object.keys(r).sort()).toEqual(always.sort());
    expect(r).toEqual({
      keyword: null,
      optOut: null,
      possibleOptOut: null,
      language: 'en',
      intent: null,
      timelineMonths: null,
      budgetMin: null,
      budgetMax: null,
      preApproved: null,
      beds: null,
      baths: null,
      areas: [],
      propertyType: null,
      requestedTime: null,
      wantsHuman: false,
      question: null,
      confidence: {},
    });
  });

  it('reads several slots in one message and matches the schema', () => {
    const r = read(
      'Hi! 3 bed 2 bath in Round Rock or Cedar Park, around 450k, preapproved, can we see one saturday at 11?',
    );
    expect(understandingSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({
      intent: 'buy',
      beds: 3,
      baths: 2,
      budgetMax: 450_000,
      preApproved: true,
      areas: ['Round Rock', 'Cedar Park'],
      requestedTime: { start: '2026-03-07T11:00:00-05:00', end: '2026-03-07T12:00:00-05:00' },
    });
  });

  it('takes carrier keywords and revocations from the consent module', () => {
    expect(read('STOP')).toMatchObject({
      keyword: 'stop',
      optOut: { channel: 'sms', reason: 'carrier_keyword' },
    });
    expect(read('HELP')).toMatchObject({ keyword: 'help', optOut: null });
    expect(read('leave me alone').optOut?.channel).toBe('all');
    expect(read('wrong number').optOut?.channel).toBe('all');
    expect(read('lose my number').optOut?.channel).toBe('all');
    expect(read("please don't call, text only").optOut?.channel).toBe('voice');
  });

  it.each([
    'can we stop by?',
    "don't stop sending listings",
    'we need to end our lease early',
    'cancel my showing for tomorrow',
    'no calls after 8pm please',
  ])('%j is no opt-out', (text) => {
    expect(read(text)).toMatchObject({ keyword: null, optOut: null });
  });

  it('accepts a Date for now and rejects an unknown zone or a bad time', () => {
    const r = analyze('tomorrow at 4', { now: new Date('2026-03-06T15:00:00Z'), tz: 'America/Chicago' });
    expect(r.requestedTime?.start).toBe('2026-03-07T16:00:00-06:00');
    expect(() => analyze('hi', { now: '2026-03-06T15:00:00Z', tz: 'Mars/Olympus' })).toThrow(
      AnalyzeInputError,
    );
    expect(() => analyze('hi', { now: 'yesterday', tz: 'UTC' })).toThrow(AnalyzeInputError);
  });

  it('handles empty text, emoji and long messages', () => {
    expect(read('').question).toBeNull();
    expect(read('👍🏡🙏').areas).toEqual([]);
    const long = 'we are looking for a 3 bed house in round rock. '.repeat(200);
    const started = performance.now();
    expect(read(long).beds).toBe(3);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
