import { describe, expect, it } from 'vitest';
import { assertions, unsupportedFacts } from '../../eval/asserted-facts.js';
import type { KnowledgeFacts } from './knowledge/knowledge.types.js';

const ZONE = 'America/Chicago';
const NONE: KnowledgeFacts = { listings: [], faqs: [], zone: ZONE };

describe('the conversation scorer finds facts a reply states that the lead did not give', () => {
  it('treats a question as asking, not stating', () => {
    expect(assertions('Got it: buying. Just to check: a budget of about $300,000?')).toEqual([
      'Got it: buying.',
    ]);
    expect(unsupportedFacts('Just to check: a budget of about $300,000?', {}, NONE, ZONE)).toEqual([]);
  });

  it('flags a misread budget, timeline, financing, time, bedrooms and area', () => {
    const profile = { intent: 'buy' as const, budgetMax: 300_000 };
    expect(unsupportedFacts('Got it: up to $300M.', profile, NONE, ZONE)).toEqual(['states $300M']);
    expect(unsupportedFacts('Thanks: moving within about 3 months.', profile, NONE, ZONE)).toHaveLength(1);
    expect(unsupportedFacts('Got it: pre-approved.', profile, NONE, ZONE)).toEqual([
      'states the lead is pre-approved',
    ]);
    expect(unsupportedFacts('Great, Wed, Dec 9 at 6:15 PM it is.', profile, NONE, ZONE)).toEqual([
      'states Wed, Dec 9',
    ]);
    expect(unsupportedFacts('Entendido: 10 habitaciones.', profile, NONE, ZONE)).toEqual([
      'states 10 habitaciones',
    ]);
    expect(unsupportedFacts('Got it: in Georgetown.', profile, NONE, ZONE)).toEqual([
      'states the area Georgetown',
    ]);
  });

  it('accepts what the lead confidently said and what our own data holds', () => {
    const profile = {
      budgetMax: 300_000,
      timelineMonths: 3,
      preApproved: true,
      beds: 3,
      areas: ['Hyde Park', 'Mueller'],
      requestedTime: { start: '2026-12-16T18:15:00-06:00', end: '2026-12-16T19:15:00-06:00' },
    };
    const reply =
      'Got it: moving within about 3 months, pre-approved, up to $300K, in Hyde Park and Mueller, 3 bedrooms. ' +
      'Great, Wed, Dec 16 at 6:15 PM it is.';
    expect(unsupportedFacts(reply, profile, NONE, ZONE)).toEqual([]);
    const listing: KnowledgeFacts = {
      zone: ZONE,
      faqs: [],
      listings: [
        {
          id: 'oak',
          address: '12 Oak St',
          city: 'Austin',
          state: 'TX',
          zip: '78704',
          mlsNumber: null,
          price: 450_000,
          status: 'active',
          beds: 4,
          baths: 2,
          sqft: null,
          hoa: null,
          openHouses: [],
          url: null,
        },
      ],
    };
    expect(unsupportedFacts('12 Oak St is listed at $450,000 with 4 bedrooms.', {}, listing, ZONE)).toEqual(
      [],
    );
  });
});
