import { describe, expect, it } from 'vitest';
import { handoffSummary } from './summary.js';

describe('handoffSummary', () => {
  const base = {
    reason: 'hot_lead' as const,
    leadName: 'Derek',
    profile: { intent: 'buy' as const, preApproved: true },
    score: 90,
    history: [],
    zone: 'America/Chicago',
  };

  it('names the home the inquiry was about', () => {
    const summary = handoffSummary({ ...base, about: '12 Oak St, Austin, TX 78704' });
    expect(summary).toContain('Inquiry about: 12 Oak St, Austin, TX 78704.');
  });

  it('says nothing of a home when the inquiry named none', () => {
    expect(handoffSummary(base)).not.toContain('Inquiry about');
  });
});
