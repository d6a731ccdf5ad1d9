import { describe, expect, it } from 'vitest';
import { rewriteTwilioApiUrl, TwilioHttpClient } from './twilio-http-client.js';

const base = 'http://127.0.0.1:4010';
const path = '/2010-04-01/Accounts/AC123/Messages.json';

describe('rewriteTwilioApiUrl', () => {
  it('swaps the API origin and keeps path and query string as the SDK encoded them', () => {
    expect(
      rewriteTwilioApiUrl(`https://api.twilio.com${path}?To=%2B15125550143&DateSent%3E=2026-01-15`, base),
    ).toBe(`${base}${path}?To=%2B15125550143&DateSent%3E=2026-01-15`);
  });

  it('handles the regional and edge hosts the SDK builds', () => {
    for (const host of [
      'api.us1.twilio.com',
      'api.ie1.twilio.com',
      'api.sydney.au1.twilio.com',
      'API.Dublin.IE1.twilio.com',
    ]) {
      expect(rewriteTwilioApiUrl(`https://${host}${path}`, base)).toBe(`${base}${path}`);
    }
  });

  it('prefixes the base URL path, with or without a trailing slash', () => {
    expect(rewriteTwilioApiUrl(`https://api.twilio.com${path}`, `${base}/twilio/`)).toBe(
      `${base}/twilio${path}`,
    );
    expect(rewriteTwilioApiUrl(`https://api.twilio.com${path}`, `${base}/twilio`)).toBe(
      `${base}/twilio${path}`,
    );
  });

  it('leaves other Twilio products and look-alike hosts alone', () => {
    for (const uri of [
      'https://messaging.twilio.com/v1/Services',
      'https://lookups.twilio.com/v2/PhoneNumbers/+15125550143',
      'https://api.twilio.com.evil.example/2010-04-01/Accounts.json',
      'https://tls-test.twilio.com:443',
    ]) {
      expect(rewriteTwilioApiUrl(uri, base)).toBe(uri);
    }
  });
});

describe('TwilioHttpClient', () => {
  it('refuses a malformed base URL when built, not on the first send', () => {
    expect(() => new TwilioHttpClient({ baseUrl: '127.0.0.1:4010', timeoutMs: 1000 })).toThrow();
  });

  it('uses the timeout as the request timeout', () => {
    expect(new TwilioHttpClient({ timeoutMs: 1234 }).defaultTimeout).toBe(1234);
  });
});
