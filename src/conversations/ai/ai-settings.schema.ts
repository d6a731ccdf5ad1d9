import { z } from 'zod';

export const AI_SECTION = 'ai';

const aiProvider = z.enum(['instance', 'none', 'openai', 'anthropic']);

/** The workspace's language model, kept under `settings.ai`; the API key only sealed. */
export const aiSectionSchema = z.strictObject({
  provider: aiProvider.default('instance'),
  model: z.string().min(1).max(200).optional(),
  baseUrl: z.string().url().max(500).optional(),
  apiKeySealed: z.string().min(1).optional(),
});

export type AiSection = z.output<typeof aiSectionSchema>;

/**
 * `instance` uses the instance's LLM_* model, `none` the built-in engine alone, `openai` (any
 * OpenAI-compatible server with `baseUrl`) and `anthropic` the workspace's own. The key is write-only:
 * left out, the stored one stays while the provider stays the same.
 */
export const putAiSettingsBody = z.strictObject({
  provider: aiProvider,
  model: z.string().trim().min(1).max(200).nullable().optional(),
  baseUrl: z.string().trim().url().max(500).nullable().optional(),
  apiKey: z.string().trim().min(8).max(500).optional(),
});

export type PutAiSettingsBody = z.output<typeof putAiSettingsBody>;

export const aiSettingsView = z.object({
  provider: aiProvider,
  model: z.string().nullable(),
  baseUrl: z.string().nullable(),
  apiKeySet: z.boolean(),
});

export type AiSettingsView = z.output<typeof aiSettingsView>;
