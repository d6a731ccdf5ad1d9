import { describe, expect, it } from 'vitest';
import { answerToCheck } from './checks.js';
import type { FactCheck, StoredProfile } from './engine.types.js';
import { decideTurn } from './policy.js';
import { actionOf, changesOf, FRESH, NOW, sent, turn } from './turn.fixtures.js';

const BUYER: StoredProfile = { intent: 'buy', timelineMonths: 6, preApproved: true };
const ASKED_BUDGET = { ...FRESH, pendingSlot: 'budget' as const, asked: { intent: 1, budget: 1 } };

/** The check stored after "like 300" was read as $300,000 with little confidence. */
const BUDGET_CHECK: FactCheck = {
  slot: 'budget',
  changes: [{ field: 'budgetMax', value: 300_000 }],
  messageId: 'msg-1',
  at: '2026-12-06T17:59:00.000Z',
};

describe('doubtful readings are asked back, never stated', () => {
  it('asks "just to check" about a budget read with low confidence, and neither stores nor scores it', () => {
    const decision = decideTurn(
      turn(
        'like 300',
        { profile: BUYER, state: ASKED_BUDGET },
        { budgetMax: 300_000, confidence: { budget: 0.5 } },
      ),
    );
    const [text] = sent(decision);
    expect(text).toMatch(/check.*about \$300,000\?/i);
    expect(text).not.toMatch(/Got it|Great|Perfect|Thanks/);
    expect(changesOf(decision).map(([field]) => field)).toEqual(['check']);
    expect(actionOf(decision, 'profile')?.changes[0]?.value).toMatchObject({
      slot: 'budget',
      changes: [{ field: 'budgetMax', value: 300_000 }],
      messageId: 'msg-2',
    });
    expect(decision.askedSlot).toBe('budget');
    const factors = actionOf(decision, 'score')?.factors.map((f) => f.code);
    expect(factors).not.toContain('budget');
  });

  it('states a confident fact and asks only about the doubtful one in the same text', () => {
    const decision = decideTurn(
      turn(
        'buying, maybe in the spring',
        { state: FRESH },
        { intent: 'buy', timelineMonths: 3, confidence: { intent: 0.9, timelineMonths: 0.6 } },
      ),
    );
    const [text] = sent(decision);
    expect(text).toMatch(/^\w+: buying\./);
    expect(text).toMatch(/check: moving within about 3 months\?$/);
    expect(text).not.toMatch(/Got it: .*moving/);
    expect(changesOf(decision)).toContainEqual(['intent', 'buy']);
    expect(changesOf(decision).some(([field]) => field === 'timelineMonths')).toBe(false);
  });

  it('stores the checked fact as stated once the lead says yes, naming the text that said it', () => {
    const decision = decideTurn(
      turn('yes', {
        profile: { ...BUYER, check: BUDGET_CHECK },
        state: { ...ASKED_BUDGET, asked: { intent: 1, budget: 2 } },
      }),
    );
    const profile = actionOf(decision, 'profile')?.changes ?? [];
    expect(profile.find((c) => c.field === 'budgetMax')).toMatchObject({
      value: 300_000,
      messageId: 'msg-1',
    });
    expect(profile.find((c) => c.field === 'check')?.value).toBeNull();
    expect(sent(decision).join(' ')).toMatch(/up to \$300K/);
    expect(actionOf(decision, 'score')?.factors.map((f) => f.code)).toContain('budget');
  });

  it('takes "no, 350k" as the correction and drops the checked value', () => {
    const decision = decideTurn(
      turn('no, 350k', { profile: { ...BUYER, check: BUDGET_CHECK }, state: ASKED_BUDGET }),
    );
    expect(changesOf(decision)).toContainEqual(['budgetMax', 350_000]);
    expect(changesOf(decision)).toContainEqual(['check', null]);
    expect(sent(decision).join(' ')).not.toMatch(/300/);
  });

  it('drops the check when the lead writes about something else, and never asks the same check twice', () => {
    const moved = decideTurn(
      turn('Hyde Park', { profile: { ...BUYER, check: BUDGET_CHECK }, state: ASKED_BUDGET }),
    );
    expect(changesOf(moved)).toContainEqual(['check', null]);
    expect(changesOf(moved).some(([field]) => field === 'budgetMax')).toBe(false);

    const again = decideTurn(
      turn(
        'maybe 300',
        { profile: { ...BUYER, check: BUDGET_CHECK }, state: ASKED_BUDGET },
        { budgetMax: 300_000, confidence: { budget: 0.5 } },
      ),
    );
    expect(sent(again).join(' ')).not.toMatch(/check/i);
  });

  it('asks back a doubtful time instead of booking it, and books it once confirmed', () => {
    const requestedTime = { start: '2026-12-16T18:15:00-06:00', end: '2026-12-16T19:15:00-06:00' };
    const qualified: StoredProfile = { ...BUYER, budgetMax: 400_000, areas: ['Hyde Park'], beds: 3 };
    const doubtful = decideTurn(
      turn(
        'wed the 16th at 6:15pm',
        { profile: qualified, stage: 'qualified', state: { ...FRESH, pendingSlot: 'requestedTime' } },
        { requestedTime, confidence: { requestedTime: 0.5 } },
      ),
    );
    expect(actionOf(doubtful, 'booking')).toBeUndefined();
    expect(sent(doubtful)[0]).toMatch(/check: Wed, Dec 16 at 6:15 PM\?/);

    const check = actionOf(doubtful, 'profile')?.changes.find((c) => c.field === 'check')?.value as FactCheck;
    const confirmed = decideTurn(
      turn('yep', {
        profile: { ...qualified, check },
        stage: 'qualified',
        state: { ...FRESH, pendingSlot: 'requestedTime' },
        now: new Date(NOW.getTime() + 60_000),
      }),
    );
    expect(actionOf(confirmed, 'booking')?.requestedTime).toEqual(requestedTime);

    const corrected = decideTurn(
      turn('no', {
        profile: { ...qualified, check },
        stage: 'qualified',
        state: { ...FRESH, pendingSlot: 'requestedTime', asked: { requestedTime: 1 } },
      }),
    );
    expect(actionOf(corrected, 'booking')).toBeUndefined();
    expect(corrected.declinedSlot).toBeNull();
    expect(corrected.askedSlot).toBe('requestedTime');
  });
});

describe('answerToCheck', () => {
  it.each([
    ['yes', 'yes'],
    ['Yep that’s right', 'yes'],
    ['sí', 'yes'],
    ['Sí, correcto', 'yes'],
    ['claro', 'yes'],
    ['no', 'no'],
    ['nope, more like 350', 'no'],
    ['todavía no', 'no'],
    ['not right now', 'no'],
    ['what about schools?', null],
    ['Hyde Park', null],
    ['not sure', null],
  ])('%s → %s', (text, answer) => {
    expect(answerToCheck(text)).toBe(answer);
  });
});

describe('a doubt left open at a handoff', () => {
  it('is told to the agent as not confirmed, never as the lead’s fact', () => {
    const decision = decideTurn(
      turn(
        'maybe 300k? can I just talk to someone',
        { profile: BUYER, state: ASKED_BUDGET },
        { budgetMax: 300_000, wantsHuman: true, confidence: { budget: 0.6 } },
      ),
    );
    const summary = actionOf(decision, 'handoff')?.summary ?? '';
    expect(summary).toContain('Not confirmed, worth asking: a budget of about $300,000.');
    expect(summary).not.toMatch(/up to \$300K/);
    expect(sent(decision).join(' ')).not.toMatch(/300/);
  });
});
