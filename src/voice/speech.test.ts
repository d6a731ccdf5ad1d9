import { describe, expect, it } from 'vitest';
import {
  numberWords,
  ordinalWords,
  speakable,
  speechTokens,
  spokenClock,
  spokenOffer,
  spokenReadBack,
  spokenWhen,
} from './speech.js';
import { typedForm } from './voice-booking.js';

// Thursday, 10:00 in Austin.
const NOW = new Date('2026-01-15T16:00:00.000Z');
const ZONE = 'America/Chicago';

describe('numbers in words', () => {
  it.each([
    [0, 'zero'],
    [7, 'seven'],
    [15, 'fifteen'],
    [42, 'forty-two'],
    [100, 'one hundred'],
    [450_000, 'four hundred fifty thousand'],
    [1_250_000, 'one million two hundred fifty thousand'],
    [2_500, 'two thousand five hundred'],
  ])('%d is "%s"', (n, words) => {
    expect(numberWords(n)).toBe(words);
  });

  it.each([
    [1, 'first'],
    [2, 'second'],
    [3, 'third'],
    [12, 'twelfth'],
    [17, 'seventeenth'],
    [20, 'twentieth'],
    [21, 'twenty-first'],
    [30, 'thirtieth'],
  ])('the %dth day is "%s"', (n, words) => {
    expect(ordinalWords(n)).toBe(words);
  });
});

describe('the engine’s text, spoken', () => {
  it.each([
    ['Got it: buying, up to $450K.', 'Got it: buying, up to four hundred fifty thousand dollars.'],
    ['A budget of about $300,000?', 'A budget of about three hundred thousand dollars?'],
    ['Listed at $1.2M.', 'Listed at one point two million dollars.'],
    ['Rent is $2,500/mo.', 'Rent is two thousand five hundred dollars a month.'],
    ['It has 3 beds and 2.5 baths.', 'It has three beds and two and a half baths.'],
    ['Call us at (512) 555-0100.', 'Call us at five one two, five five five, zero one zero zero.'],
  ])('%s → %s', (text, spoken) => {
    expect(speakable(text)).toBe(spoken);
  });

  it('says times the way people say them, without the zone abbreviation', () => {
    expect(speakable("You're booked: Sat, Jan 17 at 2:00 PM CST at 1234 Main St with Dana.")).toBe(
      "You're booked: Saturday, January seventeenth at two in the afternoon at twelve thirty-four Main Street with Dana.",
    );
    expect(speakable('How about 10 a.m. or 6:30 PM?')).toBe(
      'How about ten in the morning or six thirty in the evening?',
    );
  });

  it('drops links, emoji and what only works by text', () => {
    const spoken = speakable(
      'Dana can meet you: 1) Sat, Jan 17 at 10:00 AM CST, 2) Sat, Jan 17 at 2:00 PM CST. Which works best? Reply with the number. 🏡 Details: https://cc.example/l/42',
    );
    expect(spoken).not.toMatch(/https?:|cc\.example|Reply|🏡|\d/u);
    expect(spoken).toContain('Saturday, January seventeenth at ten in the morning');
  });

  it('cuts long sentences where a listener breathes', () => {
    expect(
      speakable('We have two open houses this weekend; both are near downtown — want the details?'),
    ).toBe('We have two open houses this weekend. Both are near downtown. Want the details?');
  });

  it('streams a sentence per token', () => {
    expect(speechTokens('Got it. How soon are you hoping to move?')).toEqual([
      'Got it. ',
      'How soon are you hoping to move?',
    ]);
  });
});

describe('times on the phone', () => {
  it.each([
    [14, 0, 'two in the afternoon'],
    [10, 30, 'ten thirty in the morning'],
    [12, 0, 'noon'],
    [18, 5, 'six oh five in the evening'],
    [9, 15, 'nine fifteen in the morning'],
  ])('%d:%d is "%s"', (h, m, words) => {
    expect(spokenClock(h, m)).toBe(words);
  });

  it('names the day as a person would: today, tomorrow, the weekday, the date when it is further off', () => {
    expect(spokenWhen('2026-01-15T22:00:00Z', ZONE, NOW)).toBe('today at four in the afternoon');
    expect(spokenWhen('2026-01-16T15:00:00Z', ZONE, NOW)).toBe('tomorrow at nine in the morning');
    expect(spokenWhen('2026-01-17T20:00:00Z', ZONE, NOW)).toBe('Saturday at two in the afternoon');
    expect(spokenWhen('2026-01-26T16:00:00Z', ZONE, NOW)).toBe(
      'Monday, January twenty-sixth at ten in the morning',
    );
  });

  it('offers times as one question, the day said once when they share it', () => {
    expect(spokenOffer(['2026-01-17T16:00:00Z', '2026-01-17T20:00:00Z'], ZONE, NOW)).toBe(
      'I have Saturday at ten in the morning or two in the afternoon. Which works better?',
    );
    expect(spokenOffer(['2026-01-17T16:00:00Z', '2026-01-19T20:00:00Z'], ZONE, NOW)).toBe(
      'I have Saturday at ten in the morning or Monday at two in the afternoon. Which works better?',
    );
    expect(spokenOffer(['2026-01-17T16:00:00Z'], ZONE, NOW)).toBe(
      'I have Saturday at ten in the morning. Does that work for you?',
    );
  });

  it('reads a booking back and asks before making it', () => {
    expect(spokenReadBack({ start: '2026-01-17T20:00:00Z', zone: ZONE, now: NOW, agent: 'Dana' })).toBe(
      'Just to confirm: Saturday at two in the afternoon with Dana. Shall I book that?',
    );
  });

  it('reads a spoken choice the way the booking readers read a typed one', () => {
    expect(typedForm('Two in the afternoon works')).toBe('2 pm works');
    expect(typedForm('ten a.m. please')).toBe('10 am please');
  });
});
