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
});
