import type { Logger } from '../../platform/logger.js';
import type { AssistContext, Assisted, LanguageAssist, Persona, ReplyDraft } from '../engine.types.js';
import type { Understanding } from '../understanding/understanding.schema.js';
import { summarizeError } from './ai.errors.js';
import type { AiCallRecord } from './ai.schema.js';
import type { ChatModel } from './ai.types.js';
import { type BreakerOptions, type CircuitBreaker, createBreaker } from './breaker.js';
import { MAX_TURN_BUDGET_MS } from './budget.js';
import { createLanguageModel, isChatModel, type LlmConfig, modelName } from './model.js';
import { UNDERSTAND_PROMPT_VERSION, understandWithModel } from './understand.js';
import { WORD_PROMPT_VERSION, wordWithModel } from './word.js';

export interface AssistOptions {
  /**
   * The most one model call may take on its own (default: the setting's maximum); the engine's signal,
   * which carries the turn's budget, normally ends the wait first.
   */
  budgetMs?: number;
  /** The circuit breaker kept per workspace (tests shorten its window and cool-down). */
  breaker?: BreakerOptions;
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
  /** The workspace's breaker as another call to the same model sees it (the opt-out second opinion). */
  health(workspaceId: string): ModelHealth;
}

/**
 * A side call to the model is made only while the breaker is closed (the turn's own calls probe a
 * resting model, so a side call's success never lets a failing model back in), and its failures count
 * with the turn's.
 */
export interface ModelHealth {
  allow(): boolean;
  failure(): void;
}

/** The workspace's breaker of this language layer; null for a layer not built here (it has none). */
export function modelHealth(assist: LanguageAssist | undefined, workspaceId: string): ModelHealth | null {
  return assist !== undefined && 'health' in assist ? (assist as ModelAssist).health(workspaceId) : null;
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
 * model's contribution or to the deterministic result, and never throws. A workspace whose calls keep
 * failing or timing out trips its breaker: the model is skipped until a probe after the cool-down works.
 */
export function createLanguageAssist(
  source: LlmConfig | ChatModel,
  options: AssistOptions = {},
): ModelAssist | null {
  const model = isChatModel(source)
    ? source
    : createLanguageModel(source, options.fetch ? { fetch: options.fetch } : {});
  if (!model) return null;
  const budgetMs = options.budgetMs ?? MAX_TURN_BUDGET_MS;
  const logger = options.logger?.child({ category: 'ai' });
  const name = modelName(model);
  const breakers = new Map<string, CircuitBreaker>();
  const breakerFor = (workspaceId: string) => {
    let breaker = breakers.get(workspaceId);
    if (!breaker) {
      breaker = createBreaker({
        ...options.breaker,
        onTransition: (from, to) => {
          // One line per change of state, never one per call.
          const log = { workspaceId, model: name, breaker: to, was: from };
          // Warned when it starts failing and when it recovers; a failed probe is no news.
          if (to === 'open' && from === 'closed') {
            logger?.warn(log, 'language model failing: skipped for a while, the built-in engine answers');
          } else if (to === 'closed') logger?.warn(log, 'language model answering again');
          else logger?.info(log, to === 'open' ? 'language model still failing' : 'language model probed');
        },
      });
      breakers.set(workspaceId, breaker);
    }
    return breaker;
  };

  const report = (record: AiCallRecord | null, error: unknown, context: AssistContext) => {
    if (!record) return;
    options.onCall?.(record, context);
    const breaker = breakerFor(context.workspaceId);
    if (record.outcome === 'fallback_error' || record.outcome === 'fallback_timeout') breaker.failure();
    else breaker.success();
    if (record.outcome === 'used') return;
    logger?.debug(
      {
        ...record,
        workspaceId: context.workspaceId,
        leadId: context.leadId,
        cause: record.outcome === 'fallback_timeout' ? { kind: 'timeout' } : summarizeError(error),
      },
      record.outcome === 'fallback_timeout'
        ? 'language model timed out; the deterministic result stands'
        : 'language model result not used; the deterministic result stands',
    );
  };

  /** The call's record when the breaker is open: no request made. */
  const skipped = (task: AiCallRecord['task'], promptVersion: string): AiCallRecord => ({
    task,
    model: name,
    promptVersion,
    latencyMs: 0,
    inputTokens: null,
    outputTokens: null,
    outcome: 'fallback_error',
    detail: 'circuit_open',
  });

  return {
    model: modelName(model),
    promptVersion: `${UNDERSTAND_PROMPT_VERSION}+${WORD_PROMPT_VERSION}`,

    health: (workspaceId) => {
      const breaker = breakerFor(workspaceId);
      return { allow: () => breaker.state === 'closed', failure: () => breaker.failure() };
    },

    async understand(text, context, deterministic) {
      if (!breakerFor(context.workspaceId).allow()) {
        return assisted({}, skipped('understand', UNDERSTAND_PROMPT_VERSION));
      }
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
      if (!breakerFor(context.workspaceId).allow()) {
        return assisted(draft.text, skipped('word', WORD_PROMPT_VERSION));
      }
      const result = await wordWithModel({ model, draft, persona, budgetMs, signal: context.signal });
      report(result.record, result.error, context);
      return assisted(result.text, result.record);
    },
  };
}
