import { describe, expect, it } from 'vitest';
import {
  assistContext,
  draft,
  failingModel,
  hangingModel,
  mockModel,
  modelReading,
  persona,
  understandingOf,
} from '../../../test/helpers/ai.js';
import type { AiCallRecord } from './ai.schema.js';
import { createLanguageAssist } from './assist.js';

describe('createLanguageAssist', () => {
  it('is null with no model configured: the built-in engine answers alone', () => {
    expect(
      createLanguageAssist({ provider: 'none', baseUrl: undefined, model: undefined, apiKey: undefined }),
    ).toBeNull();
  });

  it("gives the engine the model's additions with usage, and every call's record", async () => {
    const records: AiCallRecord[] = [];
    const model = mockModel({
      text: JSON.stringify(modelReading({ beds: 3 })),
      inputTokens: 200,
      outputTokens: 30,
    });
    const assist = createLanguageAssist(model, { onCall: (record) => records.push(record) });
    if (!assist) throw new Error('expected an assist');

    expect(assist.model).toBe('mock/mock-model');
    expect(assist.promptVersion).toBe('understand-v1+word-v1');
    const understood = await assist.understand(
      '3',
      assistContext({
        pendingSlot: 'beds',
        history: [
          {
            id: 'm1',
            direction: 'outbound',
            author: 'assistant',
            kind: 'reply',
            body: 'How many bedrooms do you need?',
            at: '2026-01-15T14:59:00.000Z',
          },
        ],
      }),
      understandingOf(),
    );

    expect(understood).toMatchObject({
      value: { beds: 3 },
      usage: { inputTokens: 200, outputTokens: 30 },
      fellBack: undefined,
    });
    const prompt = JSON.stringify(model.doGenerateCalls[0]?.prompt);
    expect(prompt).toContain('How many bedrooms do you need?');
    expect(prompt).toContain('It asked about: beds');
    expect(records).toEqual([understood.record]);
  });

  it('names why the deterministic result stands', async () => {
    const failing = createLanguageAssist(failingModel());
    const invalid = createLanguageAssist(mockModel('Sounds good!?!'));
    const context = assistContext();
    const text = draft('When are you hoping to move?');

    expect((await failing?.understand('hi', context, understandingOf()))?.fellBack).toBe('error');
    expect(await failing?.word(text, persona, context)).toMatchObject({
      value: text.text,
      fellBack: 'error',
    });
    expect(await invalid?.word(text, persona, context)).toMatchObject({
      value: text.text,
      fellBack: 'invalid',
    });
  });

  it("stops at the engine's signal or its own budget, whichever comes first", async () => {
    const slow = createLanguageAssist(hangingModel(), { budgetMs: 100 });
    const started = performance.now();
    const timedOut = await slow?.word(draft('When are you hoping to move?'), persona, assistContext());
    expect(timedOut?.fellBack).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(350);

    const patient = createLanguageAssist(hangingModel(), { budgetMs: 10_000 });
    const engine = new AbortController();
    setTimeout(() => engine.abort(), 50);
    const again = performance.now();
    const aborted = await patient?.understand(
      'hi',
      assistContext({ signal: engine.signal }),
      understandingOf(),
    );
    expect(aborted?.fellBack).toBe('error');
    expect(performance.now() - again).toBeLessThan(350);
  });
});
