import { z } from 'zod';

/**
 * Twilio ConversationRelay's WebSocket messages. In: `setup` once, then `prompt` (the caller's words;
 * `last` marks the end of what they said), `interrupt` (the caller talked over the assistant), `dtmf`
 * (a key pressed) and `error`. Out: `text` tokens, `play`, `sendDigits`, `language` and `end`.
 * Unknown fields are ignored: Twilio adds them over time.
 */

const text = (max: number) => z.string().max(max);

export const setupFrame = z.object({
  type: z.literal('setup'),
  sessionId: text(200).optional(),
  callSid: text(200),
  accountSid: text(200).optional(),
  from: text(100).optional(),
  to: text(100).optional(),
  direction: text(50).optional(),
  customParameters: z.record(z.string(), z.unknown()).optional(),
});

export const promptFrame = z.object({
  type: z.literal('prompt'),
  voicePrompt: text(10_000),
  lang: text(35).optional(),
  last: z.boolean().optional(),
});

export const interruptFrame = z.object({
  type: z.literal('interrupt'),
  utteranceUntilInterrupt: text(20_000).optional(),
  durationUntilInterruptMs: z.union([z.number(), z.string().max(20)]).optional(),
});

export const dtmfFrame = z.object({ type: z.literal('dtmf'), digit: text(10) });

export const errorFrame = z.object({ type: z.literal('error'), description: text(2_000).optional() });

export const relayFrame = z.discriminatedUnion('type', [
  setupFrame,
  promptFrame,
  interruptFrame,
  dtmfFrame,
  errorFrame,
]);

export type RelayFrame = z.infer<typeof relayFrame>;
export type SetupFrame = z.infer<typeof setupFrame>;

/** What we send back. */
export type OutboundFrame =
  | { type: 'text'; token: string; last: boolean; interruptible?: boolean }
  | { type: 'play'; source: string; loop?: number }
  | { type: 'sendDigits'; digits: string }
  | { type: 'language'; ttsLanguage: string; transcriptionLanguage: string }
  | { type: 'end'; handoffData?: string };

const KNOWN_TYPES = new Set(['setup', 'prompt', 'interrupt', 'dtmf', 'error']);

/** Largest frame read: a prompt is a few sentences; anything bigger is not Twilio talking. */
export const MAX_FRAME_BYTES = 64 * 1024;

/** A frame as sent, or why it was not understood (never its content: that is what the caller said). */
export function parseFrame(raw: string): { frame: RelayFrame } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { problem: 'not_json' };
  }
  const parsed = relayFrame.safeParse(value);
  if (!parsed.success) {
    const type = value && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
    if (typeof type !== 'string') return { problem: 'no_type' };
    return { problem: KNOWN_TYPES.has(type) ? `invalid_${type}` : 'unknown_type' };
  }
  return { frame: parsed.data };
}
