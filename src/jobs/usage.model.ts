import type { DbOrTrx } from '../db/database.js';
import { recordUsage } from './usage.recorder.js';

/** A model's reported tokens, in and out, per model, once per cause (the turn's inbound message). */
export async function recordModelUsage(
  db: DbOrTrx,
  props: {
    workspaceId: string;
    leadId: string | null;
    cause: string;
    model: string | null;
    inputTokens: number | null;
    outputTokens: number | null;
    at: string;
  },
): Promise<void> {
  if (!props.model) return;
  const base = { workspaceId: props.workspaceId, leadId: props.leadId, model: props.model, at: props.at };
  if (props.inputTokens)
    await recordUsage(db, {
      ...base,
      unit: 'llm_tokens_in',
      quantity: props.inputTokens,
      key: `llm_in:${props.cause}`,
    });
  if (props.outputTokens)
    await recordUsage(db, {
      ...base,
      unit: 'llm_tokens_out',
      quantity: props.outputTokens,
      key: `llm_out:${props.cause}`,
    });
}
