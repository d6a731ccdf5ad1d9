// The API's own schemas are the types: imported as types only, so nothing of the server is bundled.
import type { CallWindow } from '../../../src/voice/call-window.service.ts';
import type { CallTurnView, CallView } from '../../../src/voice/calls.schema.ts';
import type { VoiceSettings } from '../../../src/voice/voice.settings.ts';
import { API_BASE } from './client.ts';
import { gateReasonLabel } from './labels.ts';

export type Call = CallView;
export type CallTurn = CallTurnView;
export type CallDetail = CallView & { transcript: CallTurn[] };
export type { CallWindow, VoiceSettings };

/** A call placed by "call this lead now". */
export interface PlacedCall {
  attemptId: string;
  call: Call;
}

/** How a call ended, for the team. */
export const CALL_OUTCOME_LABELS: Record<string, string> = {
  conversation: 'talked with the assistant',
  booked: 'booked an appointment',
  handoff: 'handed to the team',
  opted_out: 'asked not to be called',
  dropped: 'the line dropped',
  no_caller_id: 'no caller ID',
  not_served: 'not answered by the assistant',
  transferred: 'put through to a person',
  voicemail: 'left a voicemail',
  machine: 'an answering machine',
  no_answer: 'no answer',
  busy: 'busy',
  failed: 'the call failed',
};

export const TRANSFER_STATUS_LABELS: Record<string, string> = {
  dialing: 'dialing',
  accepted: 'accepted',
  bridged: 'put through',
  no_answer: 'no answer',
  declined: 'declined',
  busy: 'busy',
  failed: 'failed',
  outside_hours: 'outside their hours',
  no_number: 'no number to dial',
};

export function callOutcomeLabel(outcome: string | null): string | null {
  return outcome ? (CALL_OUTCOME_LABELS[outcome] ?? outcome.replaceAll('_', ' ')) : null;
}

/** Whether the assistant is on the line now: connected (or ringing) and not ended. */
export function isLive(call: Pick<Call, 'endedAt' | 'status'>): boolean {
  return call.endedAt === null && ['queued', 'ringing', 'in-progress'].includes(call.status);
}

/** Who picked up an outbound call, from answering-machine detection. */
export function answeredByLabel(answeredBy: string | null): string | null {
  if (!answeredBy) return null;
  if (answeredBy === 'human') return 'a person answered';
  if (answeredBy === 'fax') return 'a fax machine answered';
  if (answeredBy.startsWith('machine')) return 'an answering machine answered';
  return null;
}

const WINDOW_REASONS: Record<string, string> = {
  no_consent: 'the lead has not agreed to calls',
  opted_out: 'the lead asked not to be called',
  quiet_hours: "outside calling hours in the lead's time zone",
  contact_cap: 'the daily limit of calls to this lead is reached',
  no_voice_provider: 'calls need a Twilio account (Settings › Phone numbers)',
  no_number: 'the workspace has no Twilio number to call from',
  no_phone: 'this lead has no phone number',
};

/** Why "call this lead now" would not place a call, in the gate's words made readable. */
export function callWindowReason(reason: string): string {
  return WINDOW_REASONS[reason] ?? gateReasonLabel(reason);
}

/** The recording's audio, decrypted by the server for a member of the workspace (each play is audited). */
export function recordingUrl(callId: string): string {
  return `${API_BASE}/calls/${encodeURIComponent(callId)}/recording`;
}

/** A recording kept here or at Twilio can be played; pending, declined or absent ones cannot. */
export function hasRecording(call: Pick<Call, 'recording'>): boolean {
  return call.recording.status === 'stored' || call.recording.status === 'at_twilio';
}
