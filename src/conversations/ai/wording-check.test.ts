import { describe, expect, it } from 'vitest';
import { draft } from '../../../test/helpers/ai.js';
import { checkWording } from './wording-check.js';

describe('checkWording', () => {
  const ask = draft('Got it, 3 beds in Round Rock. What price range are you thinking?', ['Round Rock']);

  it('accepts a rewording that states the same things', () => {
    expect(checkWording(ask, 'Perfect, 3 beds in Round Rock! What price range do you have in mind?')).toEqual(
      {
        ok: true,
      },
    );
  });

  it.each([
    ['', 'empty'],
    ['Perfect, three beds in Round Rock! What price range do you have in mind?', 'changed_numbers'],
    ['Perfect, 3 beds in Round Rock, 2 baths! What price range do you have in mind?', 'changed_numbers'],
    ['Perfect, 3 beds in Round Rock! Tomorrow works. What price range?', 'changed_relative_days'],
    ['Perfect, 3 beds in Round Rock for two kids! What price range?', 'changed_number_words'],
    ['Perfect, 3 beds in Round Rock! See https://example.com What price range?', 'changed_links'],
    ['Perfect, 3 beds in Round Rock, move in by May! What price range?', 'changed_months'],
    ['Perfect, 3 beds near Austin! What price range do you have in mind?', 'dropped_fact'],
    ['Perfect, 3 beds in Round Rock! What price range, [Name]?', 'placeholder'],
  ])('rejects %j', (reply, reason) => {
    expect(checkWording(ask, reply)).toEqual({ ok: false, reason });
  });

  it('reads "may" as a verb and thousands separators as the same number', () => {
    const price = draft('It is listed at $1,250,000. Want details?');
    expect(checkWording(price, 'It may interest you: listed at $1,250,000. Want details?')).toEqual({
      ok: true,
    });
  });

  it('lets a draft the engine wrote long keep its length, never grow', () => {
    const long = draft(`${'Lovely homes here. '.repeat(21)}When?`, [], 2);
    expect(checkWording(long, `${'Lovely houses here. '.repeat(20)}When?`)).toEqual({ ok: true });
    expect(checkWording(long, `${'Lovely houses here. '.repeat(24)}When?`)).toEqual({
      ok: false,
      reason: 'too_long',
    });
  });
});

describe('checkWording: the question', () => {
  it.each([
    ['When are you hoping to move?', 'No rush at all. When do you plan on moving?', true],
    ['Would you like to see it?', 'Want to see it in person?', true],
    ['What price range are you thinking?', 'What price range do you have in mind?', true],
    ['When are you hoping to move?', 'Sounds good!?!', false],
    ['When are you hoping to move?', 'Are you pre-approved yet?', false],
    ['Which areas do you like?', 'Where would you like to live?', false],
  ])('%j reworded as %j keeps it: %s', (question, reply, kept) => {
    expect(checkWording(draft(question), reply).ok).toBe(kept);
  });
});
