import { MockLanguageModelV3 } from 'ai/test';
import type { AssistContext, Persona, ReplyDraft } from '../../src/conversations/engine.types.js';
import type { Understanding } from '../../src/conversations/understanding/understanding.schema.js';

type DoGenerate = NonNullable<ConstructorParameters<typeof MockLanguageModelV3>[0]>['doGenerate'];
type GenerateResult = Exclude<DoGenerate, ((...args: never[]) => unknown) | unknown[] | undefined>;

export interface MockAnswer {
  text: string;
  inputTokens?: number;
  outputTokens?: number;
  /** Waits this long before answering. */
  delayMs?: number;
  finishReason?: 'stop' | 'length';
}

function result(answer: MockAnswer): GenerateResult {
  return {
    content: [{ type: 'text', text: answer.text }],
    finishReason: { unified: answer.finishReason ?? 'stop', raw: undefined },
    usage: {
      inputTokens: {
        total: answer.inputTokens ?? 40,
        noCache: undefined,
        cacheRead: undefined,
        cacheWrite: undefined,
      },
      outputTokens: { total: answer.outputTokens ?? 12, text: undefined, reasoning: undefined },
    },
    warnings: [],
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An `ai/test` model answering `text` (or JSON of an object) to every call. */
export function mockModel(answer: MockAnswer | string | object): MockLanguageModelV3 {
  const given: MockAnswer =
    typeof answer === 'string'
      ? { text: answer }
      : 'text' in answer && typeof answer.text === 'string'
        ? (answer as MockAnswer)
        : { text: JSON.stringify(answer) };
  return new MockLanguageModelV3({
    provider: 'mock',
    modelId: 'mock-model',
    doGenerate: async () => {
      if (given.delayMs) await sleep(given.delayMs);
      return result(given);
    },
  });
}

/** A model whose provider fails, as an API error or a refused connection would. */
export function failingModel(error: Error = new Error('provider down')): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    provider: 'mock',
    modelId: 'mock-model',
    doGenerate: async () => {
      throw error;
    },
  });
}

/** A model that never answers and ignores its abort signal: only the caller's own deadline ends the wait. */
export function hangingModel(): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    provider: 'mock',
    modelId: 'mock-model',
    doGenerate: () => new Promise<never>(() => {}),
  });
}

/** What the deterministic engine reads in a message that says nothing it recognises, with overrides. */
export function understandingOf(overrides: Partial<Understanding> = {}): Understanding {
  return {
    keyword: null,
    optOut: null,
    possibleOptOut: null,
    language: 'en',
    intent: null,
    timelineMonths: null,
    budgetMin: null,
    budgetMax: null,
    preApproved: null,
    beds: null,
    baths: null,
    areas: [],
    propertyType: null,
    requestedTime: null,
    wantsHuman: false,
    question: null,
    confidence: {},
    ...overrides,
  };
}

/** A model's full answer for the understanding schema: every field empty unless given. */
export function modelReading(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const {
    keyword: _k,
    optOut: _o,
    possibleOptOut: _p,
    language: _l,
    confidence: _c,
    ...empty
  } = understandingOf();
  return { ...empty, ...overrides };
}

export function assistContext(overrides: Partial<AssistContext> = {}): AssistContext {
  return {
    workspaceId: 'ws_test',
    leadId: 'lead_test',
    now: new Date('2026-01-15T15:00:00.000Z'),
    tz: 'America/Chicago',
    pendingSlot: null,
    history: [],
    signal: new AbortController().signal,
    ...overrides,
  };
}

export const persona: Persona = { name: 'Ava', tone: 'warm and upbeat', businessName: 'Sunrise Realty' };

export function draft(text: string, facts: string[] = [], maxSegments = 2): ReplyDraft {
  return { text, facts, maxSegments };
}
