import { BudgetExceededError } from './ai/budget.js';
import { groundReading, type MessageText } from './ai/grounding.js';
import { mergeUnderstanding, validateFields } from './ai/understanding-merge.js';
import { checkWording } from './ai/wording-check.js';
import type {
  AssistContext,
  Assisted,
  LanguageAssist,
  Persona,
  ProfileField,
  ReplyDraft,
} from './engine.types.js';
import type { FactField, MarketAreaInput, Understanding } from './understanding/understanding.schema.js';

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

/**
 * Runs one model call within what is left of the turn's budget (`budgetMs` less the time the turn's
 * model calls already took, kept in `record.ms`): one budget covers every call of a turn. Never throws,
 * never waits past the budget; with nothing left, the model is not asked.
 */
async function bounded<T>(
  budgetMs: number,
  record: AssistRecord,
  call: (signal: AbortSignal) => Promise<Assisted<T>>,
): Promise<Assisted<T> | null> {
  const left = budgetMs - record.ms;
  if (left <= 0) {
    record.fallback = 'timeout';
    return null;
  }
  const controller = new AbortController();
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const spent = new BudgetExceededError(budgetMs);
      controller.abort(spent);
      reject(spent);
    }, left);
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
    record.fallback = error instanceof BudgetExceededError ? 'timeout' : 'error';
    return null;
  } finally {
    clearTimeout(timer);
    record.ms += Math.round(performance.now() - started);
  }
}

/** Below CONFIDENT: a fact only a model read is asked back ("Just to check: ...?"), never stated. */
export const MODEL_CONFIDENCE = 0.5;

const FACT_OF: Partial<Record<keyof Understanding, FactField>> = {
  intent: 'intent',
  timelineMonths: 'timelineMonths',
  budgetMin: 'budget',
  budgetMax: 'budget',
  preApproved: 'preApproved',
  beds: 'beds',
  baths: 'baths',
  areas: 'areas',
  propertyType: 'propertyType',
  requestedTime: 'requestedTime',
};

/** The profile fields the model's reading filled in: facts only it read, to be marked as such. */
export function modelReadFields(deterministic: Understanding, merged: Understanding): ProfileField[] {
  const fields: ProfileField[] = [];
  for (const key of Object.keys(FACT_OF) as (keyof Understanding & ProfileField)[]) {
    if (JSON.stringify(merged[key]) !== JSON.stringify(deterministic[key])) fields.push(key);
  }
  return fields;
}

/**
 * The model's reading merged into the deterministic one. Each field is validated by its type and kept
 * only where the message supports it (see groundReading); it only fills what the rules left empty,
 * never `keyword` or `optOut`, a budget only whole. What the model alone read carries a confidence below
 * CONFIDENT, so the engine asks the lead before the fact reaches the profile, the score, the stage or a
 * handoff, and never states it back as the lead's words.
 */
export function mergeAssisted(
  deterministic: Understanding,
  given: Partial<Understanding>,
  message: MessageText,
): Understanding {
  const validated = validateFields(given);
  if (!validated) return deterministic;
  const { reading } = groundReading(validated.reading, message);
  const { merged, filled } = mergeUnderstanding(deterministic, reading);
  const confidence = { ...deterministic.confidence };
  for (const key of Object.keys(filled) as (keyof Understanding)[]) {
    const fact = FACT_OF[key];
    if (fact) confidence[fact] = Math.min(confidence[fact] ?? 1, MODEL_CONFIDENCE);
  }
  return { ...merged, confidence };
}

export async function assistUnderstanding(props: {
  assist: LanguageAssist | undefined;
  budgetMs: number;
  record: AssistRecord;
  text: string;
  context: Omit<AssistContext, 'signal'>;
  deterministic: Understanding;
  /** The workspace's own areas: a place the model read must be one of these or in the gazetteer. */
  marketAreas?: readonly MarketAreaInput[] | undefined;
}): Promise<Understanding> {
  const { assist, deterministic } = props;
  if (!assist?.understand) return deterministic;
  const understand = assist.understand.bind(assist);
  const result = await bounded(props.budgetMs, props.record, (signal) =>
    understand(props.text, { ...props.context, signal }, deterministic),
  );
  if (!result) return deterministic;
  const merged = mergeAssisted(deterministic, result.value, {
    text: props.text,
    tz: props.context.tz,
    marketAreas: props.marketAreas,
    pendingSlot: props.context.pendingSlot,
  });
  // A turn is assisted only when the model's reading changed what the engine works with.
  if (JSON.stringify(merged) !== JSON.stringify(deterministic)) props.record.used = true;
  return merged;
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
  const text = result.value.trim();
  // A turn is assisted only when what the model wrote is what goes out.
  if (text !== draft.text.trim()) props.record.used = true;
  return text;
}
