import type { Logger } from '../../platform/logger.js';
import type { AssistContext, Assisted, LanguageAssist, Persona, ReplyDraft } from '../engine.types.js';
import type { Understanding } from '../understanding/understanding.schema.js';
import { summarizeError } from './ai.errors.js';
import type { AiCallRecord } from './ai.schema.js';
import type { ChatModel } from './ai.types.js';
import { DEFAULT_BUDGET_MS } from './budget.js';
import { createLanguageModel, isChatModel, type LlmConfig, modelName } from './model.js';
import { UNDERSTAND_PROMPT_VERSION, understandWithModel } from './understand.js';
import { WORD_PROMPT_VERSION, wordWithModel } from './word.js';

export interface AssistOptions {
  /** How long one model call may take before the deterministic result stands (default 2.5 s). */
  budgetMs?: number;
  /** The HTTP client for a configured provider (tests). */
  fetch?: typeof globalThis.fetch;
  logger?: Logger;
  /** Sees every call's record: model, prompt version, latency, tokens, outcome. */
  onCall?: (record: AiCallRecord, context: AssistContext) => void;
}

/** An assisted value with the full record of the call behind it (null when no call was needed). */
export interface RecordedAssist<T> extends Assisted<T> {
  record: AiCallRecord | null;
}

export interface ModelAssist extends LanguageAssist {
  understand(
    text: string,
    context: AssistContext,
    deterministic: Understanding,
  ): Promise<RecordedAssist<Partial<Understanding>>>;
  word(draft: ReplyDraft, persona: Persona, context: AssistContext): Promise<RecordedAssist<string>>;
}

const FELL_BACK = {
  used: undefined,
  fallback_error: 'error',
  fallback_timeout: 'timeout',
  fallback_invalid: 'invalid',
} as const;

function assisted<T>(value: T, record: AiCallRecord | null): RecordedAssist<T> {
  return {
    value,
    record,
    fellBack: record ? FELL_BACK[record.outcome] : undefined,
    usage: record
      ? { inputTokens: record.inputTokens ?? undefined, outputTokens: record.outputTokens ?? undefined }
      : undefined,
  };
}

function lastAssistantText(context: AssistContext): string | null {
  const last = context.history.findLast((m) => m.direction === 'outbound' && m.author === 'assistant');
  return last?.body ?? null;
}

/**
 * The engine's language layer over one model: from LLM_* settings (null when LLM_PROVIDER=none) or a
 * model object (tests, or a caller that built its own). Every method resolves within the budget, to the
 * model's contribution or to the deterministic result, and never throws.
 */
export function createLanguageAssist(
  source: LlmConfig | ChatModel,
  options: AssistOptions = {},
): ModelAssist | null {
  const model = isChatModel(source)
    ? source
    : createLanguageModel(source, options.fetch ? { fetch: options.fetch } : {});
  if (!model) return null;
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const logger = options.logger?.child({ category: 'ai' });

  const report = (record: AiCallRecord | null, error: unknown, context: AssistContext) => {
    if (!record) return;
    options.onCall?.(record, context);
    if (record.outcome === 'used') return;
    logger?.warn(
      { ...record, workspaceId: context.workspaceId, leadId: context.leadId, cause: summarizeError(error) },
      'language model result not used; the deterministic result stands',
    );
  };

  return {
    model: modelName(model),
    promptVersion: `${UNDERSTAND_PROMPT_VERSION}+${WORD_PROMPT_VERSION}`,

    async understand(text, context, deterministic) {
      const result = await understandWithModel({
        model,
        text,
        now: context.now,
        tz: context.tz,
        pendingSlot: context.pendingSlot,
        lastAssistantText: lastAssistantText(context),
        deterministic,
        budgetMs,
        signal: context.signal,
      });
      report(result.record, result.error, context);
      return assisted(result.filled, result.record);
    },

    async word(draft, persona, context) {
      const result = await wordWithModel({ model, draft, persona, budgetMs, signal: context.signal });
      report(result.record, result.error, context);
      return assisted(result.text, result.record);
    },
  };
}
