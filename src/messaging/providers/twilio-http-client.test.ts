import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { rewriteTwilioApiUrl, TwilioHttpClient } from './twilio-http-client.js';
import { encodeRequest, formEncode } from './twilio-transport.js';

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

describe('TwilioHttpClient transport', () => {
  it('encodes flat fields as the SDK does (arrays repeat, undefined left out) and leaves nested ones to the SDK', () => {
    expect(formEncode({ To: '+15125550123', Body: 'a b&c', MediaUrl: ['x', 'y'], Skip: undefined })).toBe(
      'To=%2B15125550123&Body=a%20b%26c&MediaUrl=x&MediaUrl=y',
    );
    expect(formEncode({ Nested: { a: 1 } })).toBeUndefined();
    expect(
      encodeRequest({ uri: 'http://h/x.json?a=1', headers: {}, params: { PageSize: 50 }, data: undefined }),
    ).toEqual({ url: 'http://h/x.json?a=1&PageSize=50', body: undefined });
  });

  it('makes calls over one kept-alive connection, with Basic auth and the SDK headers', async () => {
    const sockets = new Set<unknown>();
    const seen: { auth?: string; type?: string; body: string }[] = [];
    const server = http.createServer((req, res) => {
      sockets.add(req.socket);
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        seen.push({ auth: req.headers.authorization, type: req.headers['content-type'], body });
        res.writeHead(201, { 'Content-Type': 'application/json' });
        res.end('{"sid":"SM1"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const client = new TwilioHttpClient({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 2000 });
      for (let i = 0; i < 3; i += 1) {
        const response = await client.request({
          method: 'post',
          uri: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json',
          username: 'AC1',
          password: 'token',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          data: { To: '+15125550123', Body: `hello ${i}` },
        });
        expect(response).toMatchObject({ statusCode: 201, body: '{"sid":"SM1"}' });
      }
      expect(sockets.size).toBe(1);
      expect(seen[2]).toEqual({
        auth: `Basic ${Buffer.from('AC1:token').toString('base64')}`,
        type: 'application/x-www-form-urlencoded',
        body: 'To=%2B15125550123&Body=hello%202',
      });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
