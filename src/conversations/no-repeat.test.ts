import { describe, expect, it } from 'vitest';
import { decideWithoutRepeat } from './no-repeat.js';
import { decideTurn } from './policy.js';
import { lastAutomatedText, sameText, textsSinceLeadWrote, wouldRepeat } from './repeats.js';
import { sent, turn } from './turn.fixtures.js';

describe('never the same text twice in a row', () => {
  it('finds the last automated text, skipping the agent, blocked texts and the lead', () => {
    const history = [
      { direction: 'outbound', author: 'assistant', status: 'sent', body: 'first' },
      { direction: 'outbound', author: 'system', status: 'sent', body: 'reminder' },
      { direction: 'outbound', author: 'assistant', status: 'blocked', body: 'never went' },
      { direction: 'outbound', author: 'agent', status: 'sent', body: 'from Maria' },
      { direction: 'inbound', author: 'lead', status: 'received', body: 'hi' },
    ];
    expect(lastAutomatedText(history)).toBe('reminder');
    expect(sameText('Hello  there', 'hello there')).toBe(true);
    expect(wouldRepeat('a', ['b', 'b'])).toBe(true);
    expect(wouldRepeat('a', ['a'])).toBe(true);
    expect(wouldRepeat(null, ['a', 'b'])).toBe(false);
  });

  it('compares every text about to go with the texts the lead has in front of them', () => {
    const history = [
      { direction: 'outbound', author: 'assistant', status: 'sent', body: 'older' },
      { direction: 'outbound', author: 'assistant', status: 'sent', body: 'Maria can meet you: 1) …' },
      { direction: 'inbound', author: 'lead', status: 'received', body: 'actually up to 450k' },
      { direction: 'outbound', author: 'assistant', status: 'sent', body: 'Got it: up to $450K.' },
    ];
    const shown = textsSinceLeadWrote(history);
    expect(shown).toEqual(['Maria can meet you: 1) …', 'Got it: up to $450K.']);
    // The offer again after a different acknowledgement is still the same text twice.
    expect(wouldRepeat(shown, ['Maria can meet you: 1) …'])).toBe(true);
    expect(wouldRepeat(shown, ['Which area?', 'Maria can meet you: 1) …'])).toBe(true);
    expect(wouldRepeat(shown, ['Which area?'])).toBe(false);
  });

  it('rewords a reply that would repeat the last text, and hands off when every wording would', () => {
    const input = turn('hmm', {
      state: {
        turnIndex: 4,
        pendingSlot: 'intent',
        asked: { intent: 1 },
        turnsWithoutProgress: 0,
        greetedAfter: false,
      },
    });
    const [plain] = sent(decideTurn(input));
    expect(plain).toBeDefined();
    const reworded = decideWithoutRepeat(input, plain ?? null);
    expect(sent(reworded)[0]).not.toBe(plain);
    // A reply that is the same whatever the wording: a person takes over.
    const always = decideTurn({ ...input, forceHandoff: 'no_progress' });
    expect(always.handoff).toBe('no_progress');
    expect(sent(always).join(' ')).toMatch(/Maria/);
  });
});
