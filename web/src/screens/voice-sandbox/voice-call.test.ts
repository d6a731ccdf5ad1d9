import { describe, expect, it } from 'vitest';
import {
  type CallAction,
  callReducer,
  initialCall,
  interruptFrame,
  promptFrame,
  speaking,
} from './voice-call.ts';

const play = (...actions: CallAction[]) => actions.reduce(callReducer, initialCall);
const frame = (value: object): CallAction => ({ type: 'frame', raw: JSON.stringify(value) });
const token = (text: string, last = false) => frame({ type: 'text', token: text, last });

describe('the sandbox call on the page', () => {
  it('names the call, streams the greeting token by token and closes it on the last token', () => {
    const greeting = play(
      frame({ type: 'call', callId: 'c1', leadId: 'l1' }),
      token('Thanks for calling Sunrise Realty. '),
      token("I'm an AI assistant. "),
    );
    expect(greeting).toMatchObject({ status: 'live', callId: 'c1', leadId: 'l1' });
    expect(speaking(greeting)?.text).toBe("Thanks for calling Sunrise Realty. I'm an AI assistant. ");
    const done = callReducer(greeting, token('', true));
    expect(speaking(done)).toBeNull();
    expect(done.lines).toHaveLength(1);
  });

  it("puts the caller's words between answers, and a new answer on a line of its own", () => {
    const state = play(
      frame({ type: 'call', callId: 'c1', leadId: 'l1' }),
      token('Hello. ', true),
      { type: 'said', text: '  I want to buy  ' },
      token('Great. '),
      token('What is your budget?', true),
    );
    expect(state.lines.map((l) => [l.speaker, l.text])).toEqual([
      ['assistant', 'Hello. '],
      ['caller', 'I want to buy'],
      ['assistant', 'Great. What is your budget?'],
    ]);
  });

  it('marks an answer the caller talked over, and ends with the reason the assistant gave', () => {
    const state = play(
      frame({ type: 'call', callId: 'c1', leadId: 'l1' }),
      token('I have Saturday at ten '),
      { type: 'interrupted' },
      { type: 'said', text: 'Saturday works' },
      frame({ type: 'end', handoffData: JSON.stringify({ reasonCode: 'opted_out' }) }),
      { type: 'closed', code: 1000 },
    );
    expect(state.lines[0]).toMatchObject({ interrupted: true, done: true });
    expect(state).toMatchObject({ status: 'ended', endReason: 'opted_out' });
    expect(callReducer(state, { type: 'reset' })).toEqual(initialCall);
  });

  it('ignores malformed and unknown frames, and fails a socket refused before the call began', () => {
    const state = play({ type: 'frame', raw: 'not json' }, frame({ type: 'play', source: 'x' }), {
      type: 'frame',
      raw: '7',
    });
    expect(state).toEqual(initialCall);
    expect(callReducer(state, { type: 'closed', code: 1006 }).status).toBe('failed');
  });

  it("speaks Twilio's frames: a final prompt and an interrupt with what was heard", () => {
    expect(JSON.parse(promptFrame(' hi there '))).toEqual({
      type: 'prompt',
      voicePrompt: 'hi there',
      lang: 'en-US',
      last: true,
    });
    expect(JSON.parse(interruptFrame('I have', 812.4))).toEqual({
      type: 'interrupt',
      utteranceUntilInterrupt: 'I have',
      durationUntilInterruptMs: 812,
    });
  });
});
