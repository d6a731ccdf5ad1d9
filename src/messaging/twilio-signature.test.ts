import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { signTwilioRequest, validateTwilioSignature } from './twilio-signature.js';

const authToken = '12345';
const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const params = {
  CallSid: 'CA1234567890ABCDE',
  Caller: '+12349013030',
  Digits: '1234',
  From: '+12349013030',
  To: '+18005551212',
};

describe('Twilio request signatures', () => {
  it('matches the example in Twilio’s security documentation', () => {
    expect(signTwilioRequest({ authToken, url, params })).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
  });

  it('signs exactly as the SDK computes it, repeated parameters and non-ASCII included', () => {
    const tricky = {
      ...params,
      Body: 'Ça coûte 300 000 € 😀',
      MediaUrl: ['https://b.example/2', 'https://a.example/1'],
    };
    expect(signTwilioRequest({ authToken, url, params: tricky })).toBe(
      twilio.getExpectedTwilioSignature(authToken, url, tricky),
    );
  });

  it('accepts a request signed with the right token, URL and parameters', () => {
    const signature = signTwilioRequest({ authToken, url, params });
    expect(validateTwilioSignature({ authToken, url, params, signature })).toBe(true);
  });

  it('accepts the URL with its default port added by a proxy', () => {
    const signature = signTwilioRequest({ authToken, url, params });
    const withPort = 'https://mycompany.com:443/myapp.php?foo=1&bar=2';
    expect(validateTwilioSignature({ authToken, url: withPort, params, signature })).toBe(true);
  });

  it('rejects a tampered parameter, an added parameter, a wrong URL, a wrong token and no signature', () => {
    const signature = signTwilioRequest({ authToken, url, params });
    const check = (overrides: Partial<Parameters<typeof validateTwilioSignature>[0]>) =>
      validateTwilioSignature({ authToken, url, params, signature, ...overrides });
    expect(check({ params: { ...params, Digits: '9999' } })).toBe(false);
    expect(check({ params: { ...params, Extra: 'x' } })).toBe(false);
    expect(check({ url: 'https://mycompany.com/myapp.php?foo=1&bar=3' })).toBe(false);
    expect(check({ url: 'https://evil.example/myapp.php?foo=1&bar=2' })).toBe(false);
    expect(check({ authToken: '54321' })).toBe(false);
    expect(check({ signature: undefined })).toBe(false);
    expect(check({ signature: '' })).toBe(false);
  });
});
