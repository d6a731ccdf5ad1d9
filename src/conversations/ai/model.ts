import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { type Config, ConfigError } from '../../platform/config.js';
import type { ChatModel } from './ai.types.js';
import { cappedFetch } from './capped-fetch.js';

export type LlmConfig = Config['llm'];

export interface ModelOptions {
  /** The HTTP client the provider uses; tests may pass one, everything else uses the global fetch. */
  fetch?: typeof globalThis.fetch;
}

/**
 * Local OpenAI-compatible servers (Ollama, vLLM, llama.cpp) ignore the key, but the providers read
 * OPENAI_API_KEY / ANTHROPIC_API_KEY from the environment when none is passed. Passing one keeps the
 * config module the only reader of the environment.
 */
const KEY_FOR_KEYLESS_SERVERS = 'not-needed';

/**
 * The language model LLM_* names, or null for the built-in engine alone. `openai` speaks the Chat
 * Completions protocol, which OpenAI and every OpenAI-compatible server (LLM_BASE_URL) understand.
 */
export function createLanguageModel(config: LlmConfig, options: ModelOptions = {}): ChatModel | null {
  if (config.provider === 'none') return null;
  if (!config.model) throw new ConfigError([`LLM_MODEL: required when LLM_PROVIDER=${config.provider}`]);
  if (!config.apiKey && !config.baseUrl) {
    throw new ConfigError([
      `LLM_API_KEY: required when LLM_PROVIDER=${config.provider} and LLM_BASE_URL is not set`,
    ]);
  }
  const settings = {
    apiKey: config.apiKey ?? KEY_FOR_KEYLESS_SERVERS,
    ...(config.baseUrl ? { baseURL: config.baseUrl.replace(/\/$/, '') } : {}),
    // Every answer is read at most MAX_RESPONSE_BYTES, whoever's HTTP client carries it.
    fetch: cappedFetch((input, init) => (options.fetch ?? globalThis.fetch)(input, init)),
  };
  if (config.provider === 'openai') return createOpenAI(settings).chat(config.model);
  return createAnthropic(settings).languageModel(config.model);
}

export function modelName(model: ChatModel): string {
  return `${model.provider}/${model.modelId}`;
}

export function isChatModel(value: unknown): value is ChatModel {
  return typeof value === 'object' && value !== null && 'doGenerate' in value && 'modelId' in value;
}
