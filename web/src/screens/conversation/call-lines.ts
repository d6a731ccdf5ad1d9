import {
  answeredByLabel,
  type Call,
  type CallTurn,
  callOutcomeLabel,
  TRANSFER_STATUS_LABELS,
} from '../../api/calls.ts';
import { formatDuration } from '../../components/time-format.ts';

export interface CallFacts {
  direction: string;
  durationSeconds: number | null;
  outcome: string | null;
  answeredBy?: string | null;
  transferStatuses: readonly string[];
}

/** One call in a line: who called whom, how long, how it ended, who answered, and any transfer. */
export function callLine(call: CallFacts): string {
  const parts = [call.direction === 'outbound' ? 'Call to the lead' : 'Call from the lead'];
  if (call.durationSeconds !== null) parts.push(formatDuration(call.durationSeconds));
  const outcome = callOutcomeLabel(call.outcome);
  if (outcome) parts.push(outcome);
  const answered = call.direction === 'outbound' ? answeredByLabel(call.answeredBy ?? null) : null;
  if (answered) parts.push(answered);
  const transfers = call.transferStatuses.map(
    (status) => TRANSFER_STATUS_LABELS[status] ?? status.replaceAll('_', ' '),
  );
  if (transfers.length > 0) parts.push(`transfer: ${transfers.join(', ')}`);
  return parts.join(' · ');
}

export function callSummary(call: Call): string {
  return callLine({ ...call, transferStatuses: call.transfer.attempts.map((attempt) => attempt.status) });
}

/** What the transcript shows of a turn: the words heard, and what the caller talked over, if anything. */
export interface TurnWords {
  heard: string;
  /** The assistant's words after the interruption, never heard by the caller. */
  unheard: string | null;
}

export function turnWords(turn: Pick<CallTurn, 'text' | 'heardText' | 'interrupted'>): TurnWords {
  if (!turn.interrupted || turn.heardText === null) return { heard: turn.text, unheard: null };
  const heard = turn.heardText;
  const rest = turn.text.startsWith(heard) ? turn.text.slice(heard.length).trim() : '';
  return { heard, unheard: rest || null };
}

/** "first words in 45 ms" for an assistant turn that has a latency. */
export function latencyLabel(latencyMs: number | null): string | null {
  if (latencyMs === null) return null;
  return latencyMs < 1000
    ? `first words in ${Math.round(latencyMs)} ms`
    : `first words in ${(latencyMs / 1000).toFixed(1)} s`;
}
