import type { Config } from '../../platform/config.js';
import type { SmsProvider } from './provider.js';
import { createSandboxProvider, type SandboxProviderOptions } from './sandbox.provider.js';
import { createTwilioProvider } from './twilio.provider.js';

/** The provider SMS_PROVIDER names, built from the typed config. */
export function createSmsProvider(sms: Config['sms'], sandbox: SandboxProviderOptions): SmsProvider {
  if (sms.provider === 'sandbox') return createSandboxProvider(sandbox);
  if (!sms.twilioAccountSid || !sms.twilioAuthToken) {
    // loadConfig already refuses this; the check keeps the types honest.
    throw new Error('TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are required when SMS_PROVIDER=twilio');
  }
  return createTwilioProvider({
    accountSid: sms.twilioAccountSid,
    authToken: sms.twilioAuthToken,
    ...(sms.twilioApiBaseUrl ? { apiBaseUrl: sms.twilioApiBaseUrl } : {}),
  });
}
