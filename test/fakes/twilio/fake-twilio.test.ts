import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateTwilioSignature } from '../../../src/messaging/twilio-signature.js';
import { type FakeTwilio, startFakeTwilio } from './fake-twilio.js';

const accountSid = `AC${'ab'.repeat(16)}`;
const authToken = 'fake-token-abcdef0123456789';
const OURS = '+15125550100';
const LEAD = '+15125550143';
const RFC_2822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/;

let fake: FakeTwilio;
let messagesUrl: string;
const auth = (token = authToken) => `Basic ${Buffer.from(`${accountSid}:${token}`).toString('base64')}`;

beforeEach(async () => {
  fake = await startFakeTwilio({ accountSid, authToken, numbers: [OURS] });
  messagesUrl = `${fake.baseUrl}/2010-04-01/Accounts/${accountSid}/Messages.json`;
});

afterEach(async () => {
  await fake.close();
});

async function create(form: Record<string, string>, token = authToken) {
  const response = await fetch(messagesUrl, {
    method: 'POST',
    headers: { authorization: auth(token), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

async function get(url: string) {
  const response = await fetch(url, { headers: { authorization: auth() } });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('fake Twilio REST API', () => {
  it('answers a wrong token with 401 and Twilio’s error body', async () => {
    const { status, headers, json } = await create({ To: LEAD, From: OURS, Body: 'x' }, 'nope');
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toContain('Basic');
    expect(json).toEqual({
      code: 20003,
      message: 'Authenticate',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401,
    });
  });

  it('creates a message with Twilio’s JSON shape', async () => {
    const { status, json } = await create({ To: LEAD, From: OURS, Body: 'a'.repeat(161) });
    expect(status).toBe(201);
    expect(json).toMatchObject({
      account_sid: accountSid,
      api_version: '2010-04-01',
      direction: 'outbound-api',
      status: 'queued',
      to: LEAD,
      from: OURS,
      num_segments: '2',
      num_media: '0',
      error_code: null,
      date_sent: null,
      messaging_service_sid: null,
    });
    expect(json.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(json.date_created).toMatch(RFC_2822);
    expect(json.uri).toBe(`/2010-04-01/Accounts/${accountSid}/Messages/${json.sid}.json`);
    expect(fake.messages).toHaveLength(1);

    const fetched = await get(`${fake.baseUrl}${json.uri}`);
    expect(fetched).toEqual({ status: 200, json });
    expect((await get(`${fake.baseUrl}/2010-04-01/Accounts/${accountSid}/Messages/SMnope.json`)).status).toBe(
      404,
    );
  });

  it('validates like Twilio', async () => {
    const code = async (form: Record<string, string>) => {
      const { status, json } = await create(form);
      expect(status).toBe(400);
      return json.code;
    };
    expect(await code({ From: OURS, Body: 'x' })).toBe(21604);
    expect(await code({ To: '5125550143', From: OURS, Body: 'x' })).toBe(21211);
    expect(await code({ To: LEAD, Body: 'x' })).toBe(21603);
    expect(await code({ To: LEAD, From: '+15125550999', Body: 'x' })).toBe(21606);
    expect(await code({ To: LEAD, From: OURS })).toBe(21602);
    expect(await code({ To: LEAD, From: OURS, Body: 'a'.repeat(1601) })).toBe(21617);
    expect(fake.messages).toHaveLength(0);
  });

  it('ignores a JSON body, as Twilio does, and so misses the To', async () => {
    const response = await fetch(messagesUrl, {
      method: 'POST',
      headers: { authorization: auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ To: LEAD, From: OURS, Body: 'x' }),
    });
    expect(((await response.json()) as { code: number }).code).toBe(21604);
  });

  it('lists with filters and paging fields', async () => {
    for (const body of ['one', 'two', 'three']) await create({ To: LEAD, From: OURS, Body: body });
    await create({ To: '+15125550199', From: OURS, Body: 'other' });

    const first = await get(`${messagesUrl}?To=${encodeURIComponent(LEAD)}&PageSize=2`);
    expect(first.json).toMatchObject({ page: 0, page_size: 2, start: 0, end: 1, previous_page_uri: null });
    expect((first.json.messages as { body: string }[]).map((m) => m.body)).toEqual(['three', 'two']);
    const second = await get(`${fake.baseUrl}${first.json.next_page_uri}`);
    expect(second.json).toMatchObject({ page: 1, start: 2, end: 2, next_page_uri: null });
    expect((second.json.messages as { body: string }[]).map((m) => m.body)).toEqual(['one']);
  });

  it('filters on DateSent, leaving out messages not sent yet', async () => {
    const a = await create({ To: LEAD, From: OURS, Body: 'sent' });
    await create({ To: LEAD, From: OURS, Body: 'queued' });
    await fake.advance(String(a.json.sid), 'sent');
    const today = new Date().toISOString().slice(0, 10);
    const bodies = async (query: string) =>
      ((await get(`${messagesUrl}?${query}`)).json.messages as { body: string }[]).map((m) => m.body);
    expect(await bodies(`DateSent%3E=${today}`)).toEqual(['sent']);
    expect(await bodies(`DateSent=${today}`)).toEqual(['sent']);
    expect(await bodies('DateSent%3E=2999-01-01T00:00:00Z')).toEqual([]);
    expect(await bodies('DateSent%3C=2000-01-01')).toEqual([]);
  });

  it('injects failures and counts them down', async () => {
    fake.failNext(2, 503);
    expect((await create({ To: LEAD, From: OURS, Body: 'x' })).json).toMatchObject({
      code: 20503,
      status: 503,
    });
    expect((await create({ To: LEAD, From: OURS, Body: 'x' })).status).toBe(503);
    expect((await create({ To: LEAD, From: OURS, Body: 'x' })).status).toBe(201);
    fake.failNext(1, 400, 21610);
    expect((await create({ To: LEAD, From: OURS, Body: 'x' })).json).toMatchObject({
      code: 21610,
      message: 'Attempt to send to unsubscribed recipient',
    });
  });
});

describe('fake Twilio webhooks', () => {
  let received: { url: string; headers: IncomingMessage['headers']; params: Record<string, string> }[];
  let receiverUrl: string;
  let closeReceiver: () => Promise<void>;

  beforeEach(async () => {
    received = [];
    const server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      received.push({
        url: req.url ?? '',
        headers: req.headers,
        params: Object.fromEntries(new URLSearchParams(body)),
      });
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    closeReceiver = () => new Promise((resolve) => server.close(() => resolve()));
  });

  afterEach(async () => {
    await closeReceiver();
  });

  it('posts signed status callbacks that validate', async () => {
    const callbackUrl = `${receiverUrl}/webhooks/twilio/status?outbox=m1`;
    const { json } = await create({ To: LEAD, From: OURS, Body: 'hi', StatusCallback: callbackUrl });
    const sid = String(json.sid);
    expect(await fake.advance(sid, 'sent')).toMatchObject({ status: 204 });
    await fake.advance(sid, 'undelivered', { errorCode: 30003 });

    expect(received.map((r) => r.params.MessageStatus)).toEqual(['sent', 'undelivered']);
    const last = received[1];
    expect(last?.params).toMatchObject({
      MessageSid: sid,
      SmsSid: sid,
      SmsStatus: 'undelivered',
      AccountSid: accountSid,
      From: OURS,
      To: LEAD,
      ErrorCode: '30003',
      ApiVersion: '2010-04-01',
    });
    expect(last?.params.RawDlrDoneDate).toMatch(/^\d{10}$/);
    expect(last?.headers['i-twilio-idempotency-token']).toBeTruthy();
    const signature = last?.headers['x-twilio-signature'] as string;
    expect(
      validateTwilioSignature({ authToken, url: callbackUrl, params: last?.params ?? {}, signature }),
    ).toBe(true);
    expect(
      validateTwilioSignature({
        authToken: 'other',
        url: callbackUrl,
        params: last?.params ?? {},
        signature,
      }),
    ).toBe(false);
    expect(fake.messages[0]).toMatchObject({ status: 'undelivered', errorCode: 30003 });
  });

  it('builds a signed incoming-message webhook and applies STOP and START like Twilio', async () => {
    const url = 'https://cc.example/webhooks/twilio/sms';
    const messagingServiceSid = `MG${'cd'.repeat(16)}`;
    const hello = fake.inboundSms({ from: LEAD, to: OURS, body: 'Is it still for sale?', url });
    expect(hello.params).toMatchObject({
      From: LEAD,
      To: OURS,
      Body: 'Is it still for sale?',
      AccountSid: accountSid,
      NumSegments: '1',
      NumMedia: '0',
      SmsStatus: 'received',
    });
    expect(hello.params.MessageSid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(hello.params).not.toHaveProperty('OptOutType');
    const signature = hello.headers['x-twilio-signature'];
    expect(validateTwilioSignature({ authToken, url, params: hello.params, signature })).toBe(true);
    expect(new URLSearchParams(hello.body).get('Body')).toBe('Is it still for sale?');

    const stop = fake.inboundSms({ from: LEAD, to: OURS, body: ' stop ', url, messagingServiceSid });
    expect(stop.params).toMatchObject({ OptOutType: 'STOP', MessagingServiceSid: messagingServiceSid });
    expect((await create({ To: LEAD, From: OURS, Body: 'x' })).json.code).toBe(21610);

    expect(
      fake.inboundSms({ from: LEAD, to: OURS, body: 'START', url, messagingServiceSid }).params.OptOutType,
    ).toBe('START');
    expect((await create({ To: LEAD, From: OURS, Body: 'x' })).status).toBe(201);
    expect(fake.messages.filter((m) => m.direction === 'inbound')).toHaveLength(3);
  });
});
