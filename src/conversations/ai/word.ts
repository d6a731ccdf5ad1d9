import { generateText, type LanguageModelUsage } from 'ai';
import type { Persona, ReplyDraft } from '../engine.types.js';
import type { AiCallRecord } from './ai.schema.js';
import type { ChatModel } from './ai.types.js';
import { DEFAULT_BUDGET_MS, elapsedMs, withinBudget } from './budget.js';
import { modelName } from './model.js';
import { checkWording } from './wording-check.js';

export const WORD_PROMPT_VERSION = 'word-v1';

/** GSM-7 characters per concatenated segment; the check counts exactly, this only steers the model. */
const CHARS_PER_SEGMENT = 153;

const clip = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);

function systemFor(persona: Persona, draft: ReplyDraft): string {
  const tone = persona.tone?.trim() ? clip(persona.tone, 80) : 'warm, brief and professional';
  const business = clip(persona.businessName, 120);
  const name = clip(persona.name, 80);
  // The assistant is automated and says so; it never writes as the agent or any other person.
  const who =
    name === business
      ? `the automated assistant of ${business}`
      : `${name}, the automated assistant of ${business}`;
  return `You are ${who}, texting a real-estate lead for their agent. Never present yourself as a person. Your tone: ${tone}.
Rewrite the draft text message below in your own voice so it reads naturally. Rules:
- Keep every fact exactly as written: each number, price, address, date, day, time, link, name and capitalised keyword (such as STOP).
- Add nothing: no new facts, numbers, links, promises, offers or questions. If the draft asks a question, ask that same question once; if it asks none, ask none.
- Plain text for SMS: no emoji, no Markdown, no quotation marks around the message, no placeholders.
- At most ${CHARS_PER_SEGMENT * draft.maxSegments} characters.
Reply with the rewritten message only.`;
}

function promptFor(draft: ReplyDraft): string {
  const facts = draft.facts.filter((f) => f.trim() !== '');
  return [
    'Draft:',
    '"""',
    draft.text,
    '"""',
    ...(facts.length > 0 ? ['Keep these exactly as written:', ...facts.map((f) => `- ${f}`)] : []),
  ].join('\n');
}

/** Strips what models wrap a message in: surrounding whitespace and a pair of quotes. */
function unwrap(text: string): string {
  const trimmed = text.trim();
  const quoted = /^["“]([\s\S]*)["”]$/.exec(trimmed);
  return quoted?.[1] !== undefined ? quoted[1].trim() : trimmed;
}

export interface WordProps {
  model: ChatModel;
  draft: ReplyDraft;
  persona: Persona;
  budgetMs?: number;
  signal?: AbortSignal;
}

export interface WordResult {
  /** The reworded reply, or the draft's text on any fallback. */
  text: string;
  record: AiCallRecord;
  error: unknown;
}

/** The draft in the persona's voice, if the model keeps every fact; otherwise the draft as written. */
export async function wordWithModel(props: WordProps): Promise<WordResult> {
  const { draft } = props;
  const started = performance.now();
  const record = (
    outcome: AiCallRecord['outcome'],
    usage?: LanguageModelUsage,
    detail: string | null = null,
  ) => ({
    task: 'word' as const,
    model: modelName(props.model),
    promptVersion: WORD_PROMPT_VERSION,
    latencyMs: elapsedMs(started),
    inputTokens: usage?.inputTokens ?? null,
    outputTokens: usage?.outputTokens ?? null,
    outcome,
    detail,
  });

  const call = await withinBudget(props.budgetMs ?? DEFAULT_BUDGET_MS, props.signal, (signal) =>
    generateText({
      model: props.model,
      system: systemFor(props.persona, draft),
      prompt: promptFor(draft),
      temperature: 0.7,
      maxOutputTokens: 300,
      maxRetries: 0,
      abortSignal: signal,
    }),
  );
  if (call.status === 'timeout') return { text: draft.text, record: record('fallback_timeout'), error: null };
  if (call.status === 'error') {
    const name = call.error instanceof Error ? call.error.name : 'error';
    return { text: draft.text, record: record('fallback_error', undefined, name), error: call.error };
  }

  const { finishReason, usage } = call.value;
  // A reply cut off at the token limit may still hold every fact and read as a sentence; never send it.
  if (finishReason !== 'stop') {
    return { text: draft.text, record: record('fallback_invalid', usage, 'incomplete'), error: null };
  }
  const reply = unwrap(call.value.text);
  const check = checkWording(draft, reply);
  if (!check.ok) {
    return { text: draft.text, record: record('fallback_invalid', usage, check.reason), error: null };
  }
  return { text: reply, record: record('used', usage), error: null };
}
