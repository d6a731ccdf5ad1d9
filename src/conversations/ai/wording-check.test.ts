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
    ['Perfect, 3 beds in Round Rock, 2 baths! What price range do you have in mind?', 'added_baths'],
    ['Perfect, 3 beds in Round Rock! Tomorrow works. What price range?', 'added_day'],
    ['Perfect, 3 beds in Round Rock for two kids! What price range?', 'added_num'],
    ['Perfect, 3 beds in Round Rock! See https://example.com What price range?', 'forbidden_link'],
    ['Perfect, 3 beds in Round Rock, move in by May! What price range?', 'added_month'],
    ['Perfect, 3 beds near Austin! What price range do you have in mind?', 'dropped_fact'],
    ['Perfect, 3 beds in Round Rock! What price range, [Name]?', 'placeholder'],
  ])('rejects %j', (reply, reason) => {
    expect(checkWording(ask, reply)).toEqual({ ok: false, reason });
  });

  it('reads figures by meaning: a number word or a full-width digit is the same figure', () => {
    for (const reply of [
      'Perfect, three beds in Round Rock! What price range do you have in mind?',
      'Perfect, ３ beds in Round Rock! What price range do you have in mind?',
      'Perfect, ٣ beds in Round Rock! What price range do you have in mind?',
    ]) {
      expect(checkWording(ask, reply), reply).toEqual({ ok: true });
    }
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

describe('checkWording: each claim tied to the fact it states', () => {
  const listing = draft('12 Oak St is listed at $450K with 3 beds and 2 baths. Want to see it?', [
    '12 Oak St',
  ]);

  it.each([
    ['12 Oak St is listed at $450M with 3 beds and 2 baths. Want to see it?', 'added_money'],
    ['12 Oak St is listed at $450K with 2 beds and 3 baths. Want to see it?', 'added_baths'],
    ['12 Oak St, a 2 bed/3 bath, is listed at $450K. Want to see it?', 'added_baths'],
    ['12 Oak St just went under contract at $450K, 3 beds and 2 baths. Want to see it?', 'added_claim'],
    [
      '12 Oak St is listed at $450K with 3 beds and 2 baths. Want to see it? Saturday is open.',
      'added_claim',
    ],
    [
      "12 Oak St is listed at $450K with 3 beds and 2 baths, and you're all booked. Want to see it?",
      'added_claim',
    ],
    ['12 Oak St is listed at $450K with 3 beds and 2 baths. Want to see it? bit.ly/oak12', 'forbidden_link'],
    [
      '12 Oak St is listed at $450K with 3 beds and 2 baths. Want to see it? Text avery at gmail dot com',
      'forbidden_email',
    ],
    [
      '12 Oak St is listed at $450K with 3 beds and 2 baths. Want to see it? Email avery@agents.example',
      'forbidden_email',
    ],
    [
      '12 Oak St is listed at $450K with 3 beds and 2 baths. Want to see it? Call (512) 555-0142',
      'forbidden_phone',
    ],
    [
      '12 Oak St is listed at $450K with 3 beds and 2 baths. Want to see it? Replying STOP will not work here.',
      'forbidden_opt_out',
    ],
    ['12 Oak St is listed at $450K with thirteen beds and 2 baths. Want to see it?', 'added_beds'],
    [
      '12 Oak St is listed at $４５０K with 3 beds and 2 baths. Want to see it? It has 14 windows',
      'added_num',
    ],
  ])('rejects %j (%s)', (reply, reason) => {
    expect(checkWording(listing, reply)).toEqual({ ok: false, reason });
  });

  it('accepts the same facts in other words', () => {
    expect(
      checkWording(
        listing,
        'Good news: 12 Oak St is on the market at $450,000, three beds and two baths. Want to see it?',
      ),
    ).toEqual({ ok: true });
    expect(
      checkWording(
        draft('A 3/2 in Round Rock? Which price range?'),
        'A 3/2 in Round Rock! Which price range?',
      ),
    ).toEqual({
      ok: true,
    });
  });

  it('keeps months apart from weeks, and bed/bath pairs in order', () => {
    const timeline = draft('Got it, moving in 6 months. Which areas do you like?');
    expect(checkWording(timeline, 'Great, moving in 6 weeks. Which areas do you like?')).toEqual({
      ok: false,
      reason: 'added_weeks',
    });
    expect(checkWording(draft('A 3/2 it is. Which areas?'), 'A 2/3 it is. Which areas?')).toEqual({
      ok: false,
      reason: 'added_pair',
    });
  });

  it('lets a booking be stated only when the engine stated it', () => {
    const booked = draft("You're booked for Saturday at 11:00 AM at 12 Oak St.", ['12 Oak St']);
    expect(checkWording(booked, "All set! You're booked Saturday at 11am at 12 Oak St.")).toEqual({
      ok: true,
    });
    const ask = draft('Which day works for you to see 12 Oak St?', ['12 Oak St']);
    expect(checkWording(ask, "You're all booked! Which day works for you to see 12 Oak St?")).toMatchObject({
      ok: false,
    });
  });
});
