import type { LanguageModel } from 'ai';

/** A model object from a provider or `ai/test`; never a bare id string, which the SDK would send to its gateway. */
export type ChatModel = Exclude<LanguageModel, string>;
