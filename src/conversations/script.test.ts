import { describe, expect, it } from 'vitest';
import { decideTurn } from './policy.js';
import { DEFAULT_SCRIPT, isQualified, qualifiesWithoutArea, scriptSchema } from './script.js';
import { actionOf, FRESH, turn } from './turn.fixtures.js';

const READY = { intent: 'buy', budgetMax: 450_000, preApproved: true, beds: 3, timelineMonths: 2 } as const;

describe('qualifying without an area', () => {
  it('is on by default, within 3 months, and parses from a stored script that predates it', () => {
    expect(DEFAULT_SCRIPT.qualifyWithoutArea).toEqual({ enabled: true, withinMonths: 3 });
    const stored = scriptSchema.parse({ questions: DEFAULT_SCRIPT.questions });
    expect(stored.qualifyWithoutArea).toEqual({ enabled: true, withinMonths: 3 });
  });

  it('qualifies a pre-approved buyer with a budget and a near timeline, no area given', () => {
    expect(isQualified(DEFAULT_SCRIPT, READY, {})).toBe(true);
    expect(qualifiesWithoutArea(DEFAULT_SCRIPT, { ...READY, timelineMonths: 4 })).toBe(false);
    expect(qualifiesWithoutArea(DEFAULT_SCRIPT, { ...READY, preApproved: false })).toBe(false);
    expect(qualifiesWithoutArea(DEFAULT_SCRIPT, { ...READY, budgetMax: undefined })).toBe(false);
    const off = { ...DEFAULT_SCRIPT, qualifyWithoutArea: { enabled: false, withinMonths: 3 } };
    expect(isQualified(off, READY, {})).toBe(false);
    const wider = { ...DEFAULT_SCRIPT, qualifyWithoutArea: { enabled: true, withinMonths: 6 } };
    expect(isQualified(wider, { ...READY, timelineMonths: 5 }, {})).toBe(true);
  });

  it('hands the buyer to the agent as a hot lead, as for any qualified lead', () => {
    const decision = decideTurn(
      turn('pre-approved, budget 450k, need 3 beds, moving in 2 months', { state: FRESH }),
    );
    expect(actionOf(decision, 'stage')?.stage).toBe('handed_off');
    expect(actionOf(decision, 'handoff')?.reason).toBe('hot_lead');

    const off = { ...DEFAULT_SCRIPT, qualifyWithoutArea: { enabled: false, withinMonths: 3 } };
    const engaged = decideTurn(
      turn('pre-approved, budget 450k, need 3 beds, moving in 2 months', { state: FRESH, script: off }),
    );
    expect(actionOf(engaged, 'handoff')).toBeUndefined();
    expect(engaged.askedSlot).toBe('areas');
  });
});
