import { describe, expect, it } from 'vitest';
import type { Call } from '../../api/calls.ts';
import { callNowBlockedReason } from './CallNowButton.tsx';
import { callSummary, latencyLabel, turnWords } from './call-lines.ts';

const call = (patch: Partial<Call> = {}): Call => ({
  id: 'c1',
  leadId: 'l1',
  direction: 'inbound',
  from: '+15125550199',
  to: '+15125550100',
  status: 'completed',
  statusHistory: [],
  answeredBy: null,
  greeting: 'Hi',
  startedAt: '2026-01-15T16:00:00.000Z',
  connectedAt: null,
  endedAt: '2026-01-15T16:03:00.000Z',
  durationSeconds: 180,
  outcome: 'booked',
  handoffReason: null,
  transfer: { to: null, status: null, at: null, attempts: [] },
  recording: { enabled: false, status: null, durationSeconds: null },
  ...patch,
});

describe('a call in words', () => {
  it('says direction, length, outcome, who answered and each transfer', () => {
    expect(callSummary(call())).toBe('Call from the lead · 3 min · booked an appointment');
    expect(
      callSummary(
        call({
          direction: 'outbound',
          durationSeconds: 42,
          outcome: 'transferred',
          answeredBy: 'human',
          transfer: {
            to: '+15125550111',
            status: 'bridged',
            at: null,
            attempts: [
              { at: '2026-01-15T16:01:00.000Z', to: null, agentId: null, status: 'no_answer', reason: '' },
              { at: '2026-01-15T16:02:00.000Z', to: null, agentId: null, status: 'bridged', reason: '' },
            ],
          },
        }),
      ),
    ).toBe(
      'Call to the lead · 42 s · put through to a person · a person answered · transfer: no answer, put through',
    );
    expect(callSummary(call({ durationSeconds: null, outcome: null, endedAt: null }))).toBe(
      'Call from the lead',
    );
  });

  it('keeps only what the caller heard of an interrupted answer, and shows the rest apart', () => {
    const turn = {
      text: 'I have Saturday at ten or two. Which works?',
      heardText: 'I have Saturday',
      interrupted: true,
    };
    expect(turnWords(turn)).toEqual({ heard: 'I have Saturday', unheard: 'at ten or two. Which works?' });
    expect(turnWords({ ...turn, interrupted: false })).toEqual({ heard: turn.text, unheard: null });
    expect(latencyLabel(42.4)).toBe('first words in 42 ms');
    expect(latencyLabel(1530)).toBe('first words in 1.5 s');
    expect(latencyLabel(null)).toBeNull();
  });

  it("gives the gate's reason for refusing a call now, and when it would be allowed", () => {
    const time = (iso: string) => `at ${iso.slice(11, 16)}`;
    expect(callNowBlockedReason({ outcome: 'allowed', reason: null, allowedAt: null }, time)).toBeNull();
    expect(callNowBlockedReason({ outcome: 'blocked', reason: 'no_consent', allowedAt: null }, time)).toBe(
      'the lead has not agreed to calls',
    );
    expect(
      callNowBlockedReason(
        { outcome: 'deferred', reason: 'quiet_hours', allowedAt: '2026-01-16T15:00:00.000Z' },
        time,
      ),
    ).toBe("outside calling hours in the lead's time zone; calls are allowed from at 15:00");
  });
});
