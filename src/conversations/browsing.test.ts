import { describe, expect, it } from 'vitest';
import { saysBrowsing } from './browsing.js';
import type { ConversationState, HistoryMessage, StoredProfile } from './engine.types.js';
import { decideTurn } from './policy.js';
import { actionOf, NOW, sent, turn } from './turn.fixtures.js';

const said = (body: string): HistoryMessage => ({
  id: 'msg-1',
  direction: 'inbound',
  author: 'lead',
  kind: 'inbound',
  body,
  at: NOW.toISOString(),
});

const BUYER: StoredProfile = { intent: 'buy', timelineMonths: 12, preApproved: true, budgetMax: 450000 };
const ASKED_AREAS: ConversationState = {
  turnIndex: 5,
  pendingSlot: 'areas',
  asked: { intent: 1, timelineMonths: 1, preApproved: 1, budget: 1, areas: 1, beds: 2 },
  turnsWithoutProgress: 0,
  greetedAfter: false,
};

describe('a lead who is just browsing', () => {
  it('reads browsing, not ready and more than a year out, in English and Spanish', () => {
    for (const text of [
      'im just browsing tbh',
      'just looking for now',
      'not ready yet',
      'not for a year or so',
      'solo estoy viendo por ahora',
    ])
      expect(saysBrowsing(text), text).toBe(true);
    for (const text of ['in about a year', 'we are ready to look', 'not for me, for my daughter'])
      expect(saysBrowsing(text), text).toBe(false);
  });

  it('is offered homes that fit and asked what helps pick them, not offered times', () => {
    const decision = decideTurn(turn('im just browsing tbh', { canBook: true }));
    expect(actionOf(decision, 'offer')).toBeUndefined();
    expect(sent(decision).join(' ')).toMatch(/homes that fit|listings that fit/);
    expect(sent(decision).join(' ')).toMatch(/\?$/);
    expect(decision.askedSlot).toBe('areas');
  });

  it('a year or so out after browsing: acknowledged and kept in touch, not offered times', () => {
    const decision = decideTurn(
      turn('not for a year or so', {
        canBook: true,
        history: [said('im just browsing tbh')],
        state: { ...ASKED_AREAS, pendingSlot: 'areas', asked: { intent: 2, areas: 1 } },
      }),
    );
    expect(actionOf(decision, 'offer')).toBeUndefined();
    const text = sent(decision).join(' ');
    expect(text).toMatch(/about a year/);
    expect(text).not.toMatch(/What day and time|can meet you/);
    // Homes that fit were offered on the turn before: not said again, the next unknown asked.
    expect(text).not.toMatch(/homes that fit|listings that fit/);
    expect(text).toMatch(/\?$/);
  });

  it('with everything known, is told the agent will send listings and keep in touch', () => {
    const decision = decideTurn(
      turn('South Austin, 3 bedrooms', {
        canBook: true,
        profile: BUYER,
        history: [said('just browsing for now')],
        state: ASKED_AREAS,
      }),
    );
    expect(actionOf(decision, 'offer')).toBeUndefined();
    expect(sent(decision).join(' ')).toMatch(/Maria will send you (?:homes|listings)/);
    expect(decision.askedSlot).toBeNull();
  });

  it('is offered times when they ask to meet', () => {
    const decision = decideTurn(
      turn('can we see a few homes saturday at 2?', {
        canBook: true,
        profile: BUYER,
        history: [said('just browsing for now')],
        state: ASKED_AREAS,
      }),
    );
    expect(actionOf(decision, 'offer')).toBeDefined();
  });

  it('in Spanish, is answered in Spanish', () => {
    const decision = decideTurn(
      turn('solo estoy viendo por ahora', { canBook: true, profile: { language: 'es' } }),
    );
    expect(actionOf(decision, 'offer')).toBeUndefined();
    expect(sent(decision).join(' ')).toMatch(/Le puedo enviar|Con gusto le envío/);
  });
});

describe('a lead who is not browsing', () => {
  it('qualified and moving in about a year, is still offered times', () => {
    const decision = decideTurn(
      turn('South Austin, 3 bedrooms', { canBook: true, profile: BUYER, state: ASKED_AREAS }),
    );
    expect(actionOf(decision, 'offer')).toBeDefined();
  });

  it('more than a year out, is kept in touch rather than offered times', () => {
    const decision = decideTurn(
      turn('South Austin, 3 bedrooms', {
        canBook: true,
        profile: { ...BUYER, timelineMonths: 18 },
        state: ASKED_AREAS,
      }),
    );
    expect(actionOf(decision, 'offer')).toBeUndefined();
    expect(sent(decision).join(' ')).toMatch(/Maria will send you/);
  });
});
