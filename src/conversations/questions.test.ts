import { describe, expect, it } from 'vitest';
import type { FaqFacts } from './knowledge/knowledge.types.js';
import { answerQuestion, askingClauses, questionsTogether } from './questions.js';
import { OAK_ST } from './turn.fixtures.js';

const FAQS: FaqFacts[] = [
  {
    id: 'fee',
    question: 'Do buyers pay you a fee?',
    answer: 'Our buyer fee is agreed in writing before we tour homes.',
    keywords: ['fee', 'commission'],
  },
  {
    id: 'first-time',
    question: 'Do you help first-time buyers?',
    answer: 'Yes! We walk first-time buyers through every step.',
    keywords: ['first time', 'first-time'],
  },
];

const context = {
  knowledge: { listings: [], faqs: FAQS, zone: 'America/Chicago' },
  inquiry: null,
  requestsTime: false,
  now: new Date('2026-03-06T23:45:00.000Z'),
};

describe('answering a question from the FAQs', () => {
  it('answers the clause that asks, not a statement beside it', () => {
    expect(askingClauses('first time buyer here, do buyers pay you a fee?? looking in Round Rock')).toBe(
      'do buyers pay you a fee??',
    );
    const outcome = answerQuestion(
      'first time buyer here, do buyers pay you a fee?? looking in Round Rock',
      context,
    );
    expect(outcome).toMatchObject({ kind: 'faq', faqId: 'fee' });
  });

  it('still matches on the whole text when the asking clause names no FAQ', () => {
    expect(askingClauses('do you help first time buyers')).toBe('do you help first time buyers');
    expect(answerQuestion('we are first time buyers, any tips?', context)).toMatchObject({
      kind: 'faq',
      faqId: 'first-time',
    });
  });

  it('reads asking whether they pay the team as asking about the fee, not as a request to tour', () => {
    for (const q of ['cool. do we have to pay you guys to tour homes?', 'what do you charge buyers?'])
      expect(answerQuestion(q, context)).toMatchObject({ kind: 'faq', faqId: 'fee' });
    expect(answerQuestion('can we tour homes this weekend?', context).kind).not.toBe('faq');
  });

  it('reads a request for other homes as one for the agent, not a question about the home discussed', () => {
    const oak = { ...OAK_ST, status: 'sold' as const };
    const withOak = {
      ...context,
      knowledge: { ...context.knowledge, listings: [oak] },
      inquiry: { id: '1', at: '', leadType: null, property: { address: '12 Oak St' } },
    };
    for (const q of ['what else do u have around 500k w 4 bedrooms?', 'anything else like it around 400?'])
      expect(answerQuestion(q, withOak)).toEqual({ kind: 'other_homes' });
    expect(answerQuestion('how many bedrooms does it have?', withOak).kind).toBe('listing');
  });

  it('answers each of two homes asked about in one text', () => {
    const pine = {
      ...OAK_ST,
      id: 'pine',
      address: '34 Pine Ave, Austin, TX 78745',
      status: 'pending' as const,
    };
    const oak = { ...OAK_ST, status: 'sold' as const };
    const both = { ...context, knowledge: { ...context.knowledge, listings: [oak, pine] } };
    const outcome = answerQuestion('are 34 pine ave and 12 oak st still for sale?', both);
    expect(outcome).toMatchObject({ kind: 'listing', listingId: 'pine' });
    expect(outcome.kind === 'listing' && outcome.sentences).toEqual([
      '34 Pine Ave is pending: it is under contract right now.',
      '12 Oak St has sold.',
    ]);
    expect(answerQuestion('is 12 oak st still for sale?', both)).toMatchObject({
      sentences: ['12 Oak St has sold.'],
    });
  });
});

describe('questions about a home sent in texts together', () => {
  const withOak = { ...context, knowledge: { ...context.knowledge, listings: [OAK_ST] } };

  it('are answered as one, each from the listing', () => {
    const together = questionsTogether(['is the oak one still avail', 'price??']);
    expect(together).toBe('is the oak one still avail price??');
    expect(answerQuestion(together ?? '', withOak)).toMatchObject({
      kind: 'listing',
      sentences: ['12 Oak St is still available at $450,000.'],
    });
  });

  it('are left apart when one asks what no listing row holds, or there is only one', () => {
    expect(questionsTogether(['is it still available?', 'does it have a pool?'])).toBeNull();
    expect(questionsTogether(['is it still available?', 'do you charge buyers a fee?'])).toBeNull();
    expect(questionsTogether(['how much is it?'])).toBeNull();
  });
});
