import { describe, expect, it } from 'vitest';
import { draft, failingModel, hangingModel, mockModel, persona } from '../../../test/helpers/ai.js';
import { wordWithModel } from './word.js';

const listing = draft(
  '1420 Oak Hollow Dr is listed at $485,000: 3 beds, 2 baths, open house Saturday 1-3pm. https://sunrise.example/l/1420 Would you like to see it?',
  ['1420 Oak Hollow Dr', '$485,000', 'Saturday 1-3pm'],
);

describe('wording with a model', () => {
  it('sends the reworded text when every fact, number, link and the question survive', async () => {
    const reworded =
      'Great news! 1420 Oak Hollow Dr is listed at $485,000 with 3 beds and 2 baths, and there is an open house Saturday 1-3pm: https://sunrise.example/l/1420 Would you like to see it?';
    const model = mockModel({ text: `"${reworded}"`, inputTokens: 120, outputTokens: 48 });
    const result = await wordWithModel({ model, draft: listing, persona });

    expect(result.text).toBe(reworded);
    expect(result.record).toMatchObject({
      task: 'word',
      model: 'mock/mock-model',
      promptVersion: 'word-v1',
      outcome: 'used',
      inputTokens: 120,
      outputTokens: 48,
    });
    const call = JSON.stringify(model.doGenerateCalls[0]?.prompt);
    expect(call).toContain('You are Ava, the automated assistant of Sunrise Realty');
    expect(call).toContain('warm and upbeat');
    expect(call).toContain('- $485,000');
  });

  it.each([
    [
      'a price changed',
      'Good news: 1420 Oak Hollow Dr is listed at $458,000, 3 beds, 2 baths, open house Saturday 1-3pm. https://sunrise.example/l/1420 Want to see it?',
      'added_money',
    ],
    [
      'a number added',
      '1420 Oak Hollow Dr, $485,000, 3 beds, 2 baths, 1,850 sq ft, open house Saturday 1-3pm. https://sunrise.example/l/1420 Want to see it?',
      'added_sqft',
    ],
    [
      'a fact dropped',
      'That home at 1420 Oak Hollow is listed at $485,000: 3 beds, 2 baths, open house Saturday 1-3pm. https://sunrise.example/l/1420 Want to see it?',
      'dropped_fact',
    ],
    [
      'the link changed',
      '1420 Oak Hollow Dr is listed at $485,000: 3 beds, 2 baths, open house Saturday 1-3pm. https://sunrise.example/l/1420?ref=sms Want to see it?',
      'forbidden_link',
    ],
    [
      'the day changed',
      '1420 Oak Hollow Dr is listed at $485,000: 3 beds, 2 baths, open house Sunday 1-3pm. https://sunrise.example/l/1420 Want to see it? Saturday 1-3pm',
      'added_weekday',
    ],
    [
      'the question dropped',
      '1420 Oak Hollow Dr is listed at $485,000: 3 beds, 2 baths, open house Saturday 1-3pm. https://sunrise.example/l/1420',
      'changed_question',
    ],
    [
      'a question added',
      '1420 Oak Hollow Dr is listed at $485,000: 3 beds, 2 baths, open house Saturday 1-3pm. https://sunrise.example/l/1420 Want to see it? Are you pre-approved?',
      'added_claim',
    ],
  ])('keeps the draft when %s', async (_case, reworded, reason) => {
    const result = await wordWithModel({ model: mockModel(reworded), draft: listing, persona });
    expect(result.text).toBe(listing.text);
    expect(result.record).toMatchObject({ outcome: 'fallback_invalid', detail: reason });
  });

  it('keeps a capitalised keyword such as STOP', async () => {
    const consent = draft('Thanks for reaching out to Sunrise Realty! Reply STOP to opt out.', [
      'Sunrise Realty',
    ]);
    const result = await wordWithModel({
      model: mockModel('Thanks so much for contacting Sunrise Realty! Reply stop anytime to opt out.'),
      draft: consent,
      persona,
    });
    expect(result.text).toBe(consent.text);
    expect(result.record.detail).toBe('forbidden_opt_out');
  });

  it('keeps the draft when the rewording outgrows its SMS segments', async () => {
    const short = draft('When are you hoping to move?');
    const long = `${'Thanks so much for getting back to me, it is really great to hear from you and I would love to help. '.repeat(3)}When are you hoping to move?`;
    const result = await wordWithModel({ model: mockModel(long), draft: short, persona });
    expect(result.text).toBe(short.text);
    expect(result.record.detail).toBe('too_long');
  });

  it('keeps the draft when the model was cut off', async () => {
    const short = draft('When are you hoping to move?');
    const result = await wordWithModel({
      model: mockModel({ text: 'When are you hoping to move?', finishReason: 'length' }),
      draft: short,
      persona,
    });
    expect(result.record).toMatchObject({ outcome: 'fallback_invalid', detail: 'incomplete' });
  });

  it('falls back when the provider fails', async () => {
    const result = await wordWithModel({ model: failingModel(), draft: listing, persona });
    expect(result.text).toBe(listing.text);
    expect(result.record.outcome).toBe('fallback_error');
  });

  it('falls back within the budget when a model never answers', async () => {
    const started = performance.now();
    const result = await wordWithModel({ model: hangingModel(), draft: listing, persona, budgetMs: 120 });
    const elapsed = performance.now() - started;
    expect(result.text).toBe(listing.text);
    expect(result.record.outcome).toBe('fallback_timeout');
    expect(result.record.latencyMs).toBeGreaterThanOrEqual(110);
    expect(elapsed).toBeLessThan(120 + 250);
  });
});
