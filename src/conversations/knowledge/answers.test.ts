import { describe, expect, it } from 'vitest';
import { answerFromListing, asksBeyondTheRow, listingTopics } from './answers.js';
import type { ListingFacts } from './knowledge.types.js';

const NOW = new Date('2026-01-15T16:00:00.000Z');
const ZONE = 'America/Chicago';

const HARBOR: ListingFacts = {
  id: 'l1',
  address: '410 Harbor View Dr, Tampa, FL',
  city: 'Tampa',
  state: 'FL',
  zip: null,
  mlsNumber: null,
  price: 615000,
  status: 'active',
  beds: 3,
  baths: 2,
  sqft: null,
  hoa: null,
  openHouses: [{ start: '2026-01-17T18:00:00Z', end: '2026-01-17T21:00:00Z' }],
  url: null,
  petsPolicy: 'Cats and dogs under 40 lb welcome',
  timeZone: 'America/New_York',
};

describe('answers from a listing row', () => {
  it("states the pets policy in the team's words", () => {
    expect(listingTopics('is 410 Harbor View dog friendly?')).toEqual(['pets']);
    expect(asksBeyondTheRow('do they allow pets?')).toBe(false);
    const answer = answerFromListing(HARBOR, 'do they allow pets there?', {
      now: NOW,
      zone: ZONE,
    });
    expect(answer).toEqual({
      sentences: ['Pets at 410 Harbor View Dr: Cats and dogs under 40 lb welcome.'],
      facts: ['410 Harbor View Dr', 'Cats and dogs under 40 lb welcome'],
      unanswered: false,
    });
  });

  it('leaves a pets question to the agent when the listing has no policy', () => {
    const answer = answerFromListing({ ...HARBOR, petsPolicy: null }, 'can I bring my cat?', {
      now: NOW,
      zone: ZONE,
    });
    expect(answer.sentences).toEqual([]);
    expect(answer.unanswered).toBe(true);
  });

  it("states open houses in the listing's own zone, else the workspace's", () => {
    const own = answerFromListing(HARBOR, 'when is the open house?', { now: NOW, zone: ZONE });
    expect(own.sentences).toEqual(['Next open house at 410 Harbor View Dr: Sat, Jan 17, 1 PM-4 PM.']);
    const workspace = answerFromListing({ ...HARBOR, timeZone: null }, 'when is the open house?', {
      now: NOW,
      zone: ZONE,
    });
    expect(workspace.sentences).toEqual(['Next open house at 410 Harbor View Dr: Sat, Jan 17, 12 PM-3 PM.']);
  });

  it('says a pending listing is pending, in the word a portal shows, and what that means', () => {
    const answer = answerFromListing({ ...HARBOR, status: 'pending' }, 'is it still available?', {
      now: NOW,
      zone: ZONE,
    });
    expect(answer.sentences).toEqual(['410 Harbor View Dr is pending: it is under contract right now.']);
  });
});

describe('availability and price asked together', () => {
  const context = { now: NOW, zone: ZONE };
  it('are one sentence for a home still for sale, in English and Spanish', () => {
    expect(
      answerFromListing(HARBOR, 'is it still available? whats the asking price', context).sentences,
    ).toEqual(['410 Harbor View Dr is still available at $615,000.']);
    expect(
      answerFromListing(HARBOR, '¿sigue disponible y cuál es el precio?', { ...context, lang: 'es' })
        .sentences,
    ).toEqual(['410 Harbor View Dr sigue disponible en $615,000.']);
  });

  it('stay two sentences for a home under contract: its status, then what it was listed at', () => {
    const sentences = answerFromListing(
      { ...HARBOR, status: 'pending' },
      'is it still available? whats the price',
      context,
    ).sentences;
    expect(sentences[0]).toMatch(/under contract/);
    expect(sentences[1]).toBe('It is listed at $615,000.');
  });

  it('go to the agent when the question is about a patio, a pool or a garage, in Spanish too', () => {
    for (const q of ['does it have a patio?', 'tiene alberca?', '¿tiene cochera?', 'big backyard?'])
      expect(asksBeyondTheRow(q)).toBe(true);
    expect(asksBeyondTheRow('is it still available?')).toBe(false);
  });
});
