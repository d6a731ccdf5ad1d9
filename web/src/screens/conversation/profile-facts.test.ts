import { describe, expect, it } from 'vitest';
import { profileFacts } from './profile-facts.ts';

describe('profileFacts', () => {
  it('never shows a doubtful reading still waiting for the lead’s yes as a fact', () => {
    const facts = profileFacts(
      {
        profile: {
          intent: 'buy',
          language: 'es',
          check: {
            slot: 'budget',
            changes: [{ field: 'budgetMax', value: 300000 }],
            messageId: 'm',
            at: 'x',
          },
        },
        profileSources: {},
      } as never,
      { time: (iso) => iso },
    );
    expect(facts.map((f) => [f.label, f.value])).toEqual([
      ['Looking to', 'buy'],
      ['Texts in', 'es'],
    ]);
  });

  it('says which facts only the language model read, once the lead confirmed them', () => {
    const facts = profileFacts(
      {
        profile: { intent: 'buy', preApproved: true },
        profileSources: {
          intent: { source: 'message', messageId: 'm1', at: '2026-01-15T16:00:00.000Z' },
          preApproved: { source: 'model', messageId: 'm2', at: '2026-01-15T16:01:00.000Z' },
        },
      },
      { time: (iso) => iso },
    );
    expect(facts.map((f) => [f.label, f.source])).toEqual([
      ['Looking to', 'from a text'],
      ['Pre-approved', 'read by the language model, confirmed by the lead'],
    ]);
  });
});
