import { describe, expect, it } from 'vitest';
import { createSmsProvider } from './create-provider.js';

const sandbox = { onSend: async () => {} };
const none = {
  twilioAccountSid: undefined,
  twilioAuthToken: undefined,
  twilioApiBaseUrl: undefined,
  sendRecheckWindowMs: 300_000,
};

describe('createSmsProvider', () => {
  it('builds the provider SMS_PROVIDER names', () => {
    expect(createSmsProvider({ provider: 'sandbox', ...none }, sandbox).kind).toBe('sandbox');
    const twilio = createSmsProvider(
      {
        provider: 'twilio',
        twilioAccountSid: `AC${'0'.repeat(32)}`,
        twilioAuthToken: 'token',
        twilioApiBaseUrl: 'http://127.0.0.1:4010',
        sendRecheckWindowMs: 300_000,
      },
      sandbox,
    );
    expect(twilio.kind).toBe('twilio');
  });

  it('refuses Twilio without credentials', () => {
    expect(() => createSmsProvider({ provider: 'twilio', ...none }, sandbox)).toThrow(/TWILIO_ACCOUNT_SID/);
  });
});
