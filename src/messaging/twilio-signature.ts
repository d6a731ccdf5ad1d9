import { createHmac } from 'node:crypto';
import twilio from 'twilio';

/** Header Twilio puts its webhook signature in (Node lower-cases incoming header names). */
export const TWILIO_SIGNATURE_HEADER = 'x-twilio-signature';

/** Form parameters as parsed from `application/x-www-form-urlencoded`; a repeated key gives an array. */
export type TwilioParams = Readonly<Record<string, string | readonly string[]>>;

export interface TwilioSignatureInput {
  authToken: string;
  /** The full URL Twilio requested, as Twilio saw it: scheme, public host, path and query string. */
  url: string;
  params: TwilioParams;
}

/**
 * Checks `X-Twilio-Signature` with the SDK, which also tries the URL with and without its default port
 * and re-encoded, the way proxies and load balancers are known to alter it.
 */
export function validateTwilioSignature(
  input: TwilioSignatureInput & { signature: string | undefined },
): boolean {
  if (!input.signature) return false;
  return twilio.validateRequest(input.authToken, input.signature, input.url, { ...input.params });
}

/**
 * Signs a request the way Twilio documents it: the full URL, then each POST parameter sorted by name with
 * its value appended (no separators; a repeated name once per distinct value, values sorted), HMAC-SHA1
 * keyed with the auth token, base64. Used by fakes and tests to send what Twilio would send.
 */
export function signTwilioRequest(input: TwilioSignatureInput): string {
  let data = input.url;
  for (const name of Object.keys(input.params).sort()) {
    const value = input.params[name];
    const values = typeof value === 'string' ? [value] : [...new Set(value)].sort();
    for (const one of values) data += name + one;
  }
  return createHmac('sha1', input.authToken).update(data, 'utf8').digest('base64');
}
