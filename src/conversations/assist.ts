import { checkWording } from './ai/wording-check.js';
import type { AssistContext, Assisted, LanguageAssist, Persona, ReplyDraft } from './engine.types.js';
import { type Understanding, understandingSchema } from './understanding/understanding.schema.js';

/** What the turn records about the language model: null fields when it was not asked. */
export interface AssistRecord {
  used: boolean;
  model: string | null;
  promptVersion: string | null;
  ms: number;
  inputTokens: number | null;
  outputTokens: number | null;
  fallback: 'timeout' | 'error' | 'invalid' | null;
}

export function emptyAssistRecord(assist: LanguageAssist | undefined): AssistRecord {
  return {
    used: false,
    model: assist?.model ?? null,
    promptVersion: assist?.promptVersion ?? null,
    ms: 0,
    inputTokens: null,
    outputTokens: null,
    fallback: null,
  };
}

class BudgetSpent extends Error {}

/** Runs one model call within the budget; never throws, never waits past the budget. */
async function bounded<T>(
  budgetMs: number,
  record: AssistRecord,
  call: (signal: AbortSignal) => Promise<Assisted<T>>,
): Promise<Assisted<T> | null> {
  const controller = new AbortController();
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort(new BudgetSpent());
      reject(new BudgetSpent());
    }, budgetMs);
  });
  try {
    const result = await Promise.race([call(controller.signal), expiry]);
    record.inputTokens = (record.inputTokens ?? 0) + (result.usage?.inputTokens ?? 0);
    record.outputTokens = (record.outputTokens ?? 0) + (result.usage?.outputTokens ?? 0);
    if (result.fellBack) {
      record.fallback = result.fellBack;
      return null;
    }
    return result;
  } catch (error) {
    record.fallback = error instanceof BudgetSpent ? 'timeout' : 'error';
    return null;
  } finally {
    clearTimeout(timer);
    record.ms += Math.round(performance.now() - started);
  }
}

const FILLABLE = [
  'intent',
  'timelineMonths',
  'preApproved',
  'beds',
  'baths',
  'propertyType',
  'requestedTime',
  'question',
] as const;

/**
 * The model's reading merged into the deterministic one: it only fills what the rules left empty,
 * never `keyword` or `optOut`, a budget only whole, and `wantsHuman` only towards true.
 */
export function mergeAssisted(deterministic: Understanding, given: Partial<Understanding>): Understanding {
  const valid = understandingSchema.partial().safeParse(given);
  if (!valid.success) return deterministic;
  const reading = valid.data;
  const merged: Understanding = { ...deterministic };
  const target = merged as Record<string, unknown>;
  for (const field of FILLABLE) {
    if (deterministic[field] === null && reading[field] != null) target[field] = reading[field];
  }
  if (deterministic.budgetMin === null && deterministic.budgetMax === null) {
    merged.budgetMin = reading.budgetMin ?? null;
    merged.budgetMax = reading.budgetMax ?? null;
  }
  if (deterministic.areas.length === 0 && reading.areas?.length) merged.areas = reading.areas;
  if (reading.wantsHuman === true) merged.wantsHuman = true;
  return merged;
}

export async function assistUnderstanding(props: {
  assist: LanguageAssist | undefined;
  budgetMs: number;
  record: AssistRecord;
  text: string;
  context: Omit<AssistContext, 'signal'>;
  deterministic: Understanding;
}): Promise<Understanding> {
  const { assist, deterministic } = props;
  if (!assist?.understand) return deterministic;
  const understand = assist.understand.bind(assist);
  const result = await bounded(props.budgetMs, props.record, (signal) =>
    understand(props.text, { ...props.context, signal }, deterministic),
  );
  if (!result) return deterministic;
  props.record.used = true;
  return mergeAssisted(deterministic, result.value);
}

/**
 * A wording is used only if it states exactly the draft's facts, by meaning (see checkWording), carries
 * no link, contact detail or opt-out wording, and fits the draft's segments; otherwise the deterministic
 * text goes out. Every language layer passes through this, whatever it checked itself.
 */
export function acceptableWording(draft: ReplyDraft, wording: string): boolean {
  return checkWording(draft, wording.trim()).ok;
}

export async function assistWording(props: {
  assist: LanguageAssist | undefined;
  budgetMs: number;
  record: AssistRecord;
  draft: ReplyDraft;
  persona: Persona;
  context: Omit<AssistContext, 'signal'>;
}): Promise<string> {
  const { assist, draft } = props;
  if (!assist?.word) return draft.text;
  const word = assist.word.bind(assist);
  const result = await bounded(props.budgetMs, props.record, (signal) =>
    word(draft, props.persona, { ...props.context, signal }),
  );
  if (!result) return draft.text;
  if (!acceptableWording(draft, result.value)) {
    props.record.fallback = 'invalid';
    return draft.text;
  }
  props.record.used = true;
  return result.value.trim();
}
