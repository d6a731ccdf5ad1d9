import twilio from 'twilio';
import type { Config } from '../../platform/config.js';
import { AppError, unprocessable } from '../../platform/errors.js';
import { DEFAULT_TWILIO_TIMEOUT_MS } from './twilio.provider.js';
import { classifySendError } from './twilio-errors.js';
import { TwilioHttpClient } from './twilio-http-client.js';

export interface TwilioCredentials {
  accountSid: string;
  authToken: string;
}

/** Twilio's answers that mean "these credentials do not open this account". */
const REJECTED_STATUSES = new Set([401, 403, 404]);

function clientFor(sms: Config['sms'], credentials: TwilioCredentials) {
  const httpClient = new TwilioHttpClient({
    baseUrl: sms.twilioApiBaseUrl,
    timeoutMs: DEFAULT_TWILIO_TIMEOUT_MS,
  });
  return twilio(credentials.accountSid, credentials.authToken, { httpClient });
}

const rejected = () =>
  unprocessable(
    'Twilio did not accept this Account SID and auth token',
    { fields: ['accountSid', 'authToken'] },
    'twilio_credentials_rejected',
  );

/** A refusal by Twilio is the caller's to fix (422); anything else means Twilio could not answer (503). */
function asAppError(error: unknown): AppError {
  const failure = classifySendError(error);
  if (failure.httpStatus !== undefined && REJECTED_STATUSES.has(failure.httpStatus)) return rejected();
  return new AppError(
    503,
    'twilio_unavailable',
    'Twilio could not be reached to check the account; try again in a moment',
    { reason: failure.errorCode },
  );
}

/** Fetches the account with its own credentials (the API host is TWILIO_API_BASE_URL when set). */
export async function checkTwilioCredentials(
  sms: Config['sms'],
  credentials: TwilioCredentials,
): Promise<void> {
  const account = await clientFor(sms, credentials)
    .api.v2010.accounts(credentials.accountSid)
    .fetch()
    .catch((error: unknown) => {
      throw asAppError(error);
    });
  if (account.status !== 'active') {
    throw unprocessable(
      `The Twilio account is ${account.status}`,
      { fields: ['accountSid'] },
      'twilio_credentials_rejected',
    );
  }
}

/** Whether the number (E.164) is one of the account's own incoming phone numbers. */
export async function twilioAccountHasNumber(
  sms: Config['sms'],
  credentials: TwilioCredentials,
  number: string,
): Promise<boolean> {
  const found = await clientFor(sms, credentials)
    .incomingPhoneNumbers.list({ phoneNumber: number, limit: 20 })
    .catch((error: unknown) => {
      throw asAppError(error);
    });
  return found.some((n) => n.phoneNumber === number);
}
