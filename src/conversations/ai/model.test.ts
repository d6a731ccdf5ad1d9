import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAi, startFakeOpenAi } from '../../../test/fakes/openai/fake-openai.js';
import { draft, modelReading, persona, understandingOf } from '../../../test/helpers/ai.js';
import { ConfigError } from '../../platform/config.js';
import { createLanguageModel, type LlmConfig } from './model.js';
import { understandWithModel } from './understand.js';
import { wordWithModel } from './word.js';

const none: LlmConfig = { provider: 'none', baseUrl: undefined, model: undefined, apiKey: undefined };

describe('createLanguageModel', () => {
  it('builds no model for LLM_PROVIDER=none, and each provider otherwise', () => {
    expect(createLanguageModel(none)).toBeNull();
    const openai = createLanguageModel({
      ...none,
      provider: 'openai',
      model: 'gpt-4o-mini',
      apiKey: 'sk-test',
    });
    expect(openai).toMatchObject({ provider: 'openai.chat', modelId: 'gpt-4o-mini' });
    const anthropic = createLanguageModel({
      ...none,
      provider: 'anthropic',
      model: 'claude-haiku-4-5',
      apiKey: 'sk-ant-test',
    });
    expect(anthropic).toMatchObject({ provider: 'anthropic.messages', modelId: 'claude-haiku-4-5' });
  });

  it('names the missing setting rather than reading the environment', () => {
    expect(() => createLanguageModel({ ...none, provider: 'openai', model: 'gpt-4o-mini' })).toThrow(
      ConfigError,
    );
    expect(() => createLanguageModel({ ...none, provider: 'anthropic', model: 'claude' })).toThrow(
      /LLM_API_KEY/,
    );
  });
});

describe('an OpenAI-compatible server (Ollama, vLLM) through LLM_BASE_URL', () => {
  let server: FakeOpenAi;
  let config: LlmConfig;

  beforeAll(async () => {
    server = await startFakeOpenAi();
    config = { provider: 'openai', baseUrl: server.url, model: 'llama3.1:8b', apiKey: undefined };
  });
  afterAll(() => server.close());

  it('reads a message over Chat Completions with the JSON schema, and counts its tokens', async () => {
    server.enqueue({
      content: JSON.stringify(modelReading({ intent: 'buy', beds: 3, areas: ['Round Rock'] })),
      promptTokens: 412,
      completionTokens: 61,
    });
    const model = createLanguageModel(config);
    if (!model) throw new Error('expected a model');
    const result = await understandWithModel({
      model,
      text: 'looking for a 3br in round rock',
      now: '2026-01-15T09:00:00-06:00',
      tz: 'America/Chicago',
      deterministic: understandingOf({ beds: 3 }),
    });

    // "looking for" may be renting as well as buying: the intent is not in the text, the place is.
    expect(result.filled).toEqual({ areas: ['Round Rock'] });
    expect(result.record).toMatchObject({
      model: 'openai.chat/llama3.1:8b',
      outcome: 'used',
      inputTokens: 412,
      outputTokens: 61,
    });
    const request = server.requests.at(-1);
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.authorization).toBe('Bearer not-needed');
    expect(request?.body.model).toBe('llama3.1:8b');
    expect(request?.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'understanding' },
    });
    expect(request?.body.messages.at(-1)?.content).toContain('looking for a 3br in round rock');
  });

  it('rewords a draft', async () => {
    server.enqueue({ content: 'Happy to help! When are you hoping to move?' });
    const model = createLanguageModel(config);
    if (!model) throw new Error('expected a model');
    const result = await wordWithModel({
      model,
      draft: draft('Thanks! When are you hoping to move?'),
      persona,
    });
    expect(result.text).toBe('Happy to help! When are you hoping to move?');
    expect(result.record.outcome).toBe('used');
  });

  it('falls back on an HTTP error and on a server that never answers', async () => {
    const model = createLanguageModel(config);
    if (!model) throw new Error('expected a model');
    const text = draft('When are you hoping to move?');

    server.enqueue({ status: 500, message: 'model crashed' });
    const failed = await wordWithModel({ model, draft: text, persona });
    expect(failed.record).toMatchObject({ outcome: 'fallback_error', detail: 'AI_APICallError' });

    server.enqueue({ hang: true });
    const started = performance.now();
    const hung = await wordWithModel({ model, draft: text, persona, budgetMs: 200 });
    expect(hung.record.outcome).toBe('fallback_timeout');
    expect(hung.text).toBe(text.text);
    expect(performance.now() - started).toBeLessThan(200 + 200);
  });
});
