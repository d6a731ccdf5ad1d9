import type { VoiceSettings } from '../../api/calls.ts';
import type { FieldErrors } from './form-errors.ts';
import { done, HHMM, integer, type Result } from './validation.ts';

/** The voice settings as the form edits them: numbers as typed, the fallback number as text. */
export interface VoiceForm {
  outboundEnabled: boolean;
  callWithinSeconds: string;
  callingStart: string;
  callingEnd: string;
  machine: 'voicemail' | 'hang_up';
  voicemailText: string;
  textAfterVoicemail: boolean;
  retryEnabled: boolean;
  retryAfterMinutes: string;
  dailyCallCap: string;
  transferEnabled: boolean;
  fallbackNumber: string;
  ringSeconds: string;
  recordingEnabled: boolean;
  recordingKeep: 'encrypted' | 'twilio';
  /** Only when the server has the setting. */
  language: string | null;
}

/** The Spanish voicemail is not on this form yet: the patch leaves it as stored. */
export type VoicePatch = Omit<VoiceSettings, 'language' | 'voicemailTextEs'> & { language?: string };

export const VOICEMAIL_MAX = 600;

export function toVoiceForm(settings: VoiceSettings): VoiceForm {
  const language = (settings as { language?: unknown }).language;
  return {
    outboundEnabled: settings.outboundCalls.enabled,
    callWithinSeconds: String(settings.outboundCalls.callWithinSeconds),
    callingStart: settings.callingHours.start,
    callingEnd: settings.callingHours.end,
    machine: settings.machine,
    voicemailText: settings.voicemailText,
    textAfterVoicemail: settings.textAfterVoicemail,
    retryEnabled: settings.retry.enabled,
    retryAfterMinutes: String(settings.retry.afterMinutes),
    dailyCallCap: String(settings.dailyCallCap),
    transferEnabled: settings.transfer.enabled,
    fallbackNumber: settings.transfer.fallbackNumber ?? '',
    ringSeconds: String(settings.transfer.ringSeconds),
    recordingEnabled: settings.recording.enabled,
    recordingKeep: settings.recording.keep,
    language: typeof language === 'string' ? language : null,
  };
}

const num = (value: number | string) => (typeof value === 'number' ? value : 0);

/** Checks the form as `PATCH /voice/settings` would, with the same limits, and builds the whole body. */
export function checkVoice(form: VoiceForm): Result<VoicePatch> {
  const errors: FieldErrors = {};
  const within = integer(form.callWithinSeconds, 0, 600);
  if (typeof within === 'string') errors['outboundCalls.callWithinSeconds'] = within;
  if (!HHMM.test(form.callingStart)) errors['callingHours.start'] = 'A time as HH:MM';
  if (!HHMM.test(form.callingEnd)) errors['callingHours.end'] = 'A time as HH:MM';
  else if (HHMM.test(form.callingStart) && form.callingStart >= form.callingEnd)
    errors['callingHours.end'] = 'The end must be after the start';
  const voicemail = form.voicemailText.trim();
  if (!voicemail) errors.voicemailText = 'Write what the voicemail says';
  else if (voicemail.length > VOICEMAIL_MAX) errors.voicemailText = `At most ${VOICEMAIL_MAX} characters`;
  const retryAfter = integer(form.retryAfterMinutes, 1, 24 * 60);
  if (typeof retryAfter === 'string') errors['retry.afterMinutes'] = retryAfter;
  const cap = integer(form.dailyCallCap, 1, 5);
  if (typeof cap === 'string') errors.dailyCallCap = cap;
  const ring = integer(form.ringSeconds, 5, 60);
  if (typeof ring === 'string') errors['transfer.ringSeconds'] = ring;
  const fallback = form.fallbackNumber.trim();
  const digits = fallback.replace(/\D/g, '');
  if (fallback && (!/^\+?[\d\s().-]+$/.test(fallback) || digits.length < 10 || digits.length > 15))
    errors['transfer.fallbackNumber'] = 'A phone number, e.g. +15125550143';
  return done<VoicePatch>(
    {
      outboundCalls: { enabled: form.outboundEnabled, callWithinSeconds: num(within) },
      callingHours: { start: form.callingStart, end: form.callingEnd },
      machine: form.machine,
      voicemailText: voicemail,
      textAfterVoicemail: form.textAfterVoicemail,
      retry: { enabled: form.retryEnabled, afterMinutes: num(retryAfter) },
      dailyCallCap: num(cap),
      transfer: { enabled: form.transferEnabled, fallbackNumber: fallback || null, ringSeconds: num(ring) },
      recording: { enabled: form.recordingEnabled, keep: form.recordingKeep },
      ...(form.language ? { language: form.language } : {}),
    },
    errors,
  );
}
