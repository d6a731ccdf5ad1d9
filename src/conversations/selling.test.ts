import { describe, expect, it } from 'vitest';
import { decideTurn } from './policy.js';
import { asksWorth } from './selling.js';
import { actionOf, changesOf, sent, turn } from './turn.fixtures.js';

describe('what is my house worth?', () => {
  it('recognises a valuation question, in English and Spanish, and nothing else', () => {
    for (const text of [
      'What is my house worth?',
      "what's our home worth these days",
      'how much could we sell for?',
      'can I get a home valuation',
      '¿Cuánto vale mi casa?',
      'i might sell my condo next year, what would it get?',
      'thinking of selling our place. how much could it go for',
    ])
      expect(asksWorth(text), text).toBe(true);
    for (const text of [
      'how much is 12 Oak St?',
      'what is the HOA?',
      'is it worth the price?',
      'saw 12 oak, what would it go for?',
    ])
      expect(asksWorth(text), text).toBe(false);
  });

  it('makes the lead a seller, offers a valuation and asks for the address, never "I\'ll have Maria confirm"', () => {
    const decision = decideTurn(turn('What is my house worth?'));
    expect(changesOf(decision)).toContainEqual(['intent', 'sell']);
    const [text] = sent(decision);
    expect(text).toMatch(/valuation/);
    expect(text).toMatch(/address/i);
    expect(text).not.toMatch(/confirm that/);
    expect(decision.askedSlot).toBe('propertyAddress');
    expect(actionOf(decision, 'note')).toBeUndefined();
  });

  it('takes the address given in the same text, and a buyer who asks becomes a buyer who also sells', () => {
    const decision = decideTurn(
      turn("What's my home at 55 Elm St worth?", {
        profile: { intent: 'buy' },
        state: {
          turnIndex: 2,
          pendingSlot: null,
          asked: { intent: 1 },
          turnsWithoutProgress: 0,
          greetedAfter: false,
        },
      }),
    );
    expect(changesOf(decision)).toContainEqual(['intent', 'both']);
    expect(changesOf(decision)).toContainEqual(['propertyAddress', '55 Elm St']);
  });

  it('offers the listing appointment to a seller with an address and a timeline, rather than a hot-lead handoff', () => {
    const profile = { intent: 'sell' as const, propertyAddress: '55 Elm St' };
    const state = {
      turnIndex: 3,
      pendingSlot: 'timelineMonths' as const,
      asked: { intent: 1, propertyAddress: 1, timelineMonths: 1 },
      turnsWithoutProgress: 0,
      greetedAfter: false,
    };
    const canOffer = decideTurn(turn('in 2 months', { profile, state, canBook: true, canBookListing: true }));
    expect(canOffer.handoff).toBeNull();
    expect(actionOf(canOffer, 'offer')).toBeDefined();
    // Without a listing appointment to book, a seller moving that soon still goes to the agent.
    const cannot = decideTurn(turn('in 2 months', { profile, state, canBook: true, canBookListing: false }));
    expect(cannot.handoff).toBe('hot_lead');
  });
});
