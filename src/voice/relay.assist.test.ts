import { afterAll, beforeAll, expect, it } from 'vitest';
import { nextPhone } from '../../test/helpers/factories.js';
import { buildVoiceTestApp, startCall, type VoiceTestApp } from '../../test/helpers/voice.js';
import type { LanguageAssist } from '../conversations/engine.types.js';

const MODEL_DELAY_MS = 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let t: VoiceTestApp;
let calls = 0;

/** A model that takes its time, as a remote one does: 300 ms before each answer. */
const slowModel: LanguageAssist = {
  model: 'test/slow',
  promptVersion: 'test-1',
  async understand() {
    calls += 1;
    await sleep(MODEL_DELAY_MS);
    return { value: {} };
  },
  async word(draft) {
    calls += 1;
    await sleep(MODEL_DELAY_MS);
    return { value: draft.text };
  },
};

beforeAll(async () => {
  t = await buildVoiceTestApp();
  t.ctx.assist = slowModel;
});

afterAll(async () => {
  await t.close();
});

it('with a language model, says a short acknowledgement at once, then the answer', async () => {
  const { relay, callId } = await startCall(t, { from: nextPhone() });
  const from = relay.frames.length;
  relay.send({ type: 'prompt', voicePrompt: "Hi, I'm looking to buy a house", lang: 'en-US', last: true });
  const first = await relay.waitFor((f) => relay.frames.indexOf(f) >= from && f.type === 'text');
  expect(first?.token).toBe('Okay. ');
  const answer = await relay.answerFrom(from);
  expect(answer.startsWith('Okay.')).toBe(true);
  expect(answer.length).toBeGreaterThan('Okay.'.length);
  expect(calls).toBeGreaterThan(0);
  relay.close();
  for (let i = 0; i < 100; i += 1) {
    const turns = await t.ctx.db.selectFrom('callTurns').selectAll().where('callId', '=', callId).execute();
    const assistant = turns.find((turn) => turn.speaker === 'assistant');
    if (assistant) {
      // The acknowledgement left before the model was asked: well before its first answer could come back.
      expect(assistant.latencyMs).toBeLessThan(MODEL_DELAY_MS);
      return;
    }
    await sleep(20);
  }
  throw new Error('the assistant turn was never logged');
});
