import { z } from 'zod';
import { understandingSchema } from '../understanding/understanding.schema.js';

/** What an optional LLM call did for one turn; the engine stores one per call beside the message. */
export const aiCallRecordSchema = z.object({
  task: z.enum(['understand', 'word']),
  /** `provider/modelId`, as the AI SDK names them (`openai.chat/gpt-4o-mini`). */
  model: z.string(),
  promptVersion: z.string(),
  latencyMs: z.number().int().nonnegative(),
  inputTokens: z.number().int().nonnegative().nullable(),
  outputTokens: z.number().int().nonnegative().nullable(),
  outcome: z.enum(['used', 'fallback_error', 'fallback_timeout', 'fallback_invalid']),
  /** Why the deterministic result was kept or what was dropped: a check's name, never message content. */
  detail: z.string().nullable(),
});

export type AiCallRecord = z.infer<typeof aiCallRecordSchema>;
export type AiOutcome = AiCallRecord['outcome'];

/**
 * What an LLM is asked for when reading a message: the Understanding schema itself, less the carrier
 * keyword and the opt-out. Those are compliance decisions and stay with the deterministic rules, so the
 * model is never even asked for them.
 */
export const modelUnderstandingSchema = understandingSchema.omit({
  keyword: true,
  optOut: true,
  possibleOptOut: true,
  language: true,
  confidence: true,
});

/** Optional: a POST with no body tries the built-in sample message. */
export const aiTestBody = z
  .strictObject({
    message: z.string().trim().min(1).max(500).optional(),
  })
  .nullish();

export const aiTestResponse = z.object({
  ok: z.boolean(),
  /** LLM_PROVIDER, or the AI SDK's provider name for a model passed in. */
  provider: z.string(),
  model: z.string().nullable(),
  latencyMs: z.number().int().nonnegative(),
  /** The conversation's budget; a model slower than this will leave every turn to the built-in engine. */
  budgetMs: z.number().int().positive(),
  withinBudget: z.boolean(),
  outcome: aiCallRecordSchema.shape.outcome.nullable(),
  sample: z
    .object({
      message: z.string(),
      understanding: modelUnderstandingSchema.partial(),
    })
    .nullable(),
  error: z
    .object({
      code: z.enum(['not_configured', 'misconfigured', 'timeout', 'invalid_output', 'provider_error']),
      message: z.string(),
    })
    .nullable(),
});

export type AiTestBody = z.infer<typeof aiTestBody>;
export type ModelTestResult = z.infer<typeof aiTestResponse>;
