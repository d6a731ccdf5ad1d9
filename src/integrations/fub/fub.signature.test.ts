import { describe, expect, it } from 'vitest';
import { fubSignature, validFubSignature } from './fub.client.js';

// A known answer computed apart from this code (openssl): the body as Follow Up Boss posts it, the
// X-System-Key, and the FUB-Signature its webhooks guide says comes with it.
const BODY =
  '{"eventId":"f3d2a4b0-1c2d-4e5f-8a9b-0c1d2e3f4a5b","eventCreated":"2026-01-15T16:00:00+00:00",' +
  '"event":"peopleCreated","resourceIds":[1234],"uri":"https://api.followupboss.com/v1/people?id=1234"}';
const SYSTEM_KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const SIGNATURE = '5820b9b26326799946c44540e39bf011d0b51d37f2058c79b6656aa94b680752';
/** HMAC-SHA256 of the raw body, not of its base64: a scheme Follow Up Boss does not use. */
const RAW_BODY_HMAC = '9d656761fd015f8f36829a89f161eb135916a11bd2fa39d7d39c845ecfd651e0';

describe('FUB-Signature', () => {
  it('is the hex HMAC-SHA256 of the base64 of the exact body, keyed by the X-System-Key', () => {
    expect(fubSignature(SYSTEM_KEY, BODY)).toBe(SIGNATURE);
    expect(validFubSignature(SYSTEM_KEY, BODY, SIGNATURE)).toBe(true);
  });

  it('refuses anything else: another key, a changed body, the raw-body HMAC, a prefix, nothing', () => {
    expect(validFubSignature(`${SYSTEM_KEY}0`, BODY, SIGNATURE)).toBe(false);
    expect(validFubSignature(SYSTEM_KEY, BODY.replace('1234', '1235'), SIGNATURE)).toBe(false);
    // The same JSON re-serialised with spaces is other bytes: the signature covers what was sent.
    expect(validFubSignature(SYSTEM_KEY, JSON.stringify(JSON.parse(BODY), null, 1), SIGNATURE)).toBe(false);
    expect(validFubSignature(SYSTEM_KEY, BODY, RAW_BODY_HMAC)).toBe(false);
    expect(validFubSignature(SYSTEM_KEY, BODY, `sha256=${SIGNATURE}`)).toBe(false);
    expect(validFubSignature(SYSTEM_KEY, BODY, '')).toBe(false);
    expect(validFubSignature(SYSTEM_KEY, BODY, undefined)).toBe(false);
  });
});
