import { describe, expect, it } from 'vitest';
import type { VoiceSettings } from '../../api/calls.ts';
import { checkVoice, toVoiceForm, type VoiceForm } from './voice-settings-form.ts';

const defaults = {
  outboundCalls: { enabled: false, callWithinSeconds: 30 },
  callingHours: { start: '09:00', end: '20:00' },
  machine: 'voicemail',
  voicemailText: 'Hi {firstName}, this is an AI assistant calling for {business}.',
  textAfterVoicemail: true,
  retry: { enabled: true, afterMinutes: 30 },
  dailyCallCap: 2,
  transfer: { enabled: true, fallbackNumber: null, ringSeconds: 20 },
  recording: { enabled: false, keep: 'encrypted' },
} as VoiceSettings;

const form = (patch: Partial<VoiceForm> = {}): VoiceForm => ({ ...toVoiceForm(defaults), ...patch });

describe('voice settings form', () => {
  it('round-trips the settings into the whole PATCH body', () => {
    const checked = checkVoice(form({ outboundEnabled: true, fallbackNumber: ' +15125550143 ' }));
    expect(checked.errors).toBeNull();
    expect(checked.value).toEqual({
      ...defaults,
      outboundCalls: { enabled: true, callWithinSeconds: 30 },
      transfer: { enabled: true, fallbackNumber: '+15125550143', ringSeconds: 20 },
    });
    expect(checkVoice(form()).value?.transfer.fallbackNumber).toBeNull();
  });

  it('sends the language only when the server has that setting', () => {
    expect(checkVoice(form()).value).not.toHaveProperty('language');
    expect(toVoiceForm({ ...defaults, language: 'es' } as VoiceSettings).language).toBe('es');
    expect(checkVoice(form({ language: 'es' })).value).toMatchObject({ language: 'es' });
  });

  it('says what is wrong next to each field, with the API limits', () => {
    const checked = checkVoice(
      form({
        callWithinSeconds: '601',
        callingStart: '20:00',
        callingEnd: '09:00',
        voicemailText: '   ',
        retryAfterMinutes: '0',
        dailyCallCap: 'two',
        ringSeconds: '61',
        fallbackNumber: 'call Dana',
      }),
    );
    expect(checked.errors).toEqual({
      'outboundCalls.callWithinSeconds': 'From 0 to 600',
      'callingHours.end': 'The end must be after the start',
      voicemailText: 'Write what the voicemail says',
      'retry.afterMinutes': 'From 1 to 1,440',
      dailyCallCap: 'A whole number',
      'transfer.ringSeconds': 'From 5 to 60',
      'transfer.fallbackNumber': 'A phone number, e.g. +15125550143',
    });
    expect(checkVoice(form({ voicemailText: 'x'.repeat(601) })).errors).toEqual({
      voicemailText: 'At most 600 characters',
    });
  });
});
