import { ConfigError } from '../../platform/config.js';
import type { Logger } from '../../platform/logger.js';
import { explainError, summarizeError } from './ai.errors.js';
import type { ModelTestResult } from './ai.schema.js';
import type { ChatModel } from './ai.types.js';
import { DEFAULT_BUDGET_MS } from './budget.js';
import { createLanguageModel, isChatModel, type LlmConfig, modelName } from './model.js';
import { readWithModel } from './understand.js';

export const SAMPLE_MESSAGE =
  "Hi! We're hoping to buy a 3 bed 2 bath condo in Austin, around $450k, and we're pre-approved. Could we see a few places Saturday at 11?";

/** A first call to a local server may load the model from disk: the test waits longer than a turn would. */
const TEST_CAP_MS = 20_000;

export interface TestModelOptions {
  message?: string;
  now?: Date;
  tz?: string;
  /** The conversation's budget, to report whether the model answers within it. */
  budgetMs?: number;
  /** How long the test itself waits. */
  capMs?: number;
  fetch?: typeof globalThis.fetch;
  logger?: Logger;
}

/**
 * "Test the model" on the settings page: one real understanding call on a sample message, reporting
 * whether it worked, how long it took against the conversation's budget, and what the model read.
 */
export async function testModel(
  source: LlmConfig | ChatModel,
  options: TestModelOptions = {},
): Promise<ModelTestResult> {
  const message = options.message ?? SAMPLE_MESSAGE;
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const base = {
    provider: source.provider,
    budgetMs,
    latencyMs: 0,
    withinBudget: false,
    outcome: null,
    sample: null,
  };

  let model: ChatModel | null;
  try {
    model = isChatModel(source)
      ? source
      : createLanguageModel(source, options.fetch ? { fetch: options.fetch } : {});
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const text = error.problems.join('; ');
    return { ...base, ok: false, model: null, error: { code: 'misconfigured', message: text } };
  }
  if (!model) {
    const text = 'No language model is configured (LLM_PROVIDER=none): the built-in engine answers alone.';
    return { ...base, ok: false, model: null, error: { code: 'not_configured', message: text } };
  }

  const { reading, record, error } = await readWithModel({
    model,
    text: message,
    now: options.now ?? new Date(),
    tz: options.tz ?? 'UTC',
    budgetMs: options.capMs ?? TEST_CAP_MS,
  });
  const result = {
    ...base,
    model: modelName(model),
    latencyMs: record.latencyMs,
    withinBudget: record.outcome === 'used' && record.latencyMs <= budgetMs,
    outcome: record.outcome,
  };
  if (reading) return { ...result, ok: true, sample: { message, understanding: reading }, error: null };

  if (error) {
    options.logger?.warn({ category: 'ai', ...record, cause: summarizeError(error) }, 'model test failed');
  }
  const failure =
    record.outcome === 'fallback_timeout'
      ? { code: 'timeout' as const, message: `No answer within ${result.latencyMs} ms.` }
      : record.outcome === 'fallback_invalid'
        ? {
            code: 'invalid_output' as const,
            message:
              'The model answered, but not with JSON matching the schema; choose a model with structured output.',
          }
        : { code: 'provider_error' as const, message: explainError(error) };
  return { ...result, ok: false, error: failure };
}
