/** One thing said on the sandbox call: what the caller typed, or the assistant's words as they stream. */
export interface SpokenLine {
  id: number;
  speaker: 'caller' | 'assistant';
  text: string;
  /** The assistant finished this answer (its `last` token came). */
  done: boolean;
  /** The caller talked over it: only `text` up to here was heard. */
  interrupted: boolean;
}

export interface VoiceCallState {
  status: 'connecting' | 'live' | 'ended' | 'failed';
  callId: string | null;
  leadId: string | null;
  lines: SpokenLine[];
  /** Why the assistant ended the call (its handoff data's reason code), when it did. */
  endReason: string | null;
  nextId: number;
}

export const initialCall: VoiceCallState = {
  status: 'connecting',
  callId: null,
  leadId: null,
  lines: [],
  endReason: null,
  nextId: 1,
};

export type CallAction =
  | { type: 'frame'; raw: string }
  | { type: 'said'; text: string }
  | { type: 'interrupted' }
  | { type: 'closed'; code: number }
  /** A new call: everything of the last one goes. */
  | { type: 'reset' };

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function parse(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The assistant's answer being spoken now, if any. */
export function speaking(state: VoiceCallState): SpokenLine | null {
  const last = state.lines.at(-1);
  return last && last.speaker === 'assistant' && !last.done ? last : null;
}

function appendToken(state: VoiceCallState, token: string, last: boolean): VoiceCallState {
  const current = speaking(state);
  if (current) {
    const updated = { ...current, text: current.text + token, done: last };
    return { ...state, lines: [...state.lines.slice(0, -1), updated] };
  }
  if (!token && last) return state;
  const line: SpokenLine = {
    id: state.nextId,
    speaker: 'assistant',
    text: token,
    done: last,
    interrupted: false,
  };
  return { ...state, lines: [...state.lines, line], nextId: state.nextId + 1 };
}

/**
 * The call as the page shows it, from the frames the sandbox socket sends (ConversationRelay's `text` and
 * `end`, after our first `call` frame) and what the person typed. Unknown or malformed frames change nothing.
 */
export function callReducer(state: VoiceCallState, action: CallAction): VoiceCallState {
  switch (action.type) {
    case 'reset':
      return initialCall;
    case 'said': {
      const text = action.text.trim();
      if (!text) return state;
      const line: SpokenLine = { id: state.nextId, speaker: 'caller', text, done: true, interrupted: false };
      return { ...state, lines: [...state.lines, line], nextId: state.nextId + 1 };
    }
    case 'interrupted': {
      const current = speaking(state);
      if (!current) return state;
      const cut = { ...current, done: true, interrupted: true };
      return { ...state, lines: [...state.lines.slice(0, -1), cut] };
    }
    case 'closed':
      return state.status === 'ended' || state.status === 'failed'
        ? state
        : { ...state, status: action.code === 1000 || state.status === 'live' ? 'ended' : 'failed' };
    case 'frame': {
      const frame = parse(action.raw);
      if (!frame) return state;
      if (frame.type === 'call') {
        return { ...state, status: 'live', callId: str(frame.callId), leadId: str(frame.leadId) };
      }
      if (frame.type === 'text') {
        return appendToken(state, str(frame.token) ?? '', frame.last === true);
      }
      if (frame.type === 'end') {
        const data = parse(str(frame.handoffData) ?? '');
        return { ...state, status: 'ended', endReason: str(data?.reasonCode) };
      }
      return state;
    }
  }
}

/** The frame Twilio sends when the caller has finished speaking: all their words, `last: true`. */
export function promptFrame(text: string, lang = 'en-US'): string {
  return JSON.stringify({ type: 'prompt', voicePrompt: text.trim(), lang, last: true });
}

/** The caller talked over the assistant after hearing `heard` of its answer. */
export function interruptFrame(heard: string, durationMs: number): string {
  return JSON.stringify({
    type: 'interrupt',
    utteranceUntilInterrupt: heard,
    durationUntilInterruptMs: Math.max(0, Math.round(durationMs)),
  });
}

export function dtmfFrame(digit: string): string {
  return JSON.stringify({ type: 'dtmf', digit });
}

/** The sandbox socket's address on this dashboard's own host. */
export function sandboxSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/voice/sandbox`;
}
