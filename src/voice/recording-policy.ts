import { statesOf } from '../consent/lead-timezone.js';
import { isAllPartyConsentState } from './data/recording-consent-states.js';

/**
 * Whether a call is recorded, decided when it is answered:
 * - `none`: the workspace does not record calls;
 * - `record`: the greeting says the call is recorded, and recording starts once the caller has heard it;
 * - `ask`: the caller may be in an all-party-consent state (or we cannot tell where they are), so the
 *   greeting asks once, and only a yes starts the recording.
 */
export type RecordingPlan = 'none' | 'record' | 'ask';

export function recordingPlan(props: {
  recordingOn: boolean;
  /** The caller's number (E.164); its area code names a state. */
  callerPhone: string | null;
  /** The state the lead gave, when known. */
  leadState?: string | null;
}): RecordingPlan {
  if (!props.recordingOn) return 'none';
  const states = statesOf({ phoneE164: props.callerPhone, state: props.leadState ?? null });
  if (states.length === 0) return 'ask';
  return states.some(isAllPartyConsentState) ? 'ask' : 'record';
}

/**
 * The caller's answer to "may we record this call?": only a plain yes agrees. A no, a question, a
 * hedge, or anything else leaves the call unrecorded.
 */
export function agreesToRecording(answer: string): boolean {
  const text = answer
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return false;
  if (
    /\b(no|not|don't|dont|rather not|never|nope|nah|why|what|nunca|prefiero que no|por que|que)\b/.test(text)
  )
    return false;
  return /^(yes|yeah|yep|yup|sure|ok|okay|of course|go ahead|that's fine|thats fine|fine|that's ok|that's okay|i agree|absolutely|certainly|si|claro|esta bien|de acuerdo|adelante|por supuesto|con gusto)\b/.test(
    text,
  );
}

/** What the assistant says when it asks, and after each answer, in each language a call is held in. */
export const RECORDING_PHRASES = {
  en: {
    question: 'May I record this call? Please say yes or no.',
    agreed: 'Thank you. This call is now being recorded. How can I help?',
    declined: "No problem, I won't record this call. How can I help?",
    notRecorded: "I won't record this call.",
    unavailable: "Thanks. I can't record this call right now. How can I help?",
  },
  es: {
    question: '¿Me permite grabar esta llamada? Diga sí o no.',
    agreed: 'Gracias. Esta llamada ya se está grabando. ¿En qué le puedo ayudar?',
    declined: 'No hay problema, no grabaré esta llamada. ¿En qué le puedo ayudar?',
    notRecorded: 'No grabaré esta llamada.',
    unavailable: 'Gracias. No puedo grabar esta llamada en este momento. ¿En qué le puedo ayudar?',
  },
} as const;

/** Stored on the call (`recordingStatus`) from the answer to the end of its recording's life. */
export type RecordingStatus =
  /** The greeting said it is recorded; recording starts on the caller's first words. */
  | 'pending'
  /** The greeting asked; the caller's first words are the answer. */
  | 'asking'
  | 'declined'
  /** Twilio was asked to record the live call. */
  | 'recording'
  | 'failed'
  /** Encrypted under DATA_DIR, Twilio's copy deleted. */
  | 'stored'
  /** Left at Twilio by the workspace's setting. */
  | 'at_twilio'
  /** Twilio had no audio (the caller hung up at once). */
  | 'absent'
  /** Deleted by retention or erasure. */
  | 'deleted';
