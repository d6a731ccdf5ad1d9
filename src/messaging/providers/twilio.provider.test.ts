import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeTwilio, startFakeTwilio } from '../../../test/fakes/twilio/fake-twilio.js';
import { HOUR, type ManualClock, MINUTE, manualClock } from '../../platform/clock.js';
import { ProviderUnavailableError, type SmsProvider } from './provider.js';
import { createTwilioProvider, type TwilioProviderOptions } from './twilio.provider.js';
import { TwilioErrorCode } from './twilio-errors.js';
import { TwilioHttpClient } from './twilio-http-client.js';

const accountSid = `AC${'1f'.repeat(16)}`;
const authToken = 'fake-auth-token-0123456789abcdef';
const OURS = '+15125550100';
const LEAD = '+15125550143';

let clock: ManualClock;
let fake: FakeTwilio;

beforeEach(async () => {
  clock = manualClock('2026-01-15T15:00:00Z');
  fake = await startFakeTwilio({ accountSid, authToken, numbers: [OURS], now: () => clock.now() });
});

afterEach(async () => {
  await fake.close();
});

function provider(overrides: Partial<TwilioProviderOptions> = {}): SmsProvider {
  return createTwilioProvider({
    accountSid,
    authToken,
    apiBaseUrl: fake.baseUrl,
    timeoutMs: 2000,
    ...overrides,
  });
}

const sms = (overrides = {}) => ({
  to: LEAD,
  from: OURS,
  body: 'Hi Dana, this is Sam from Oak Realty. Is Saturday at 10 good for a showing?',
  idempotencyKey: 'outbox-1',
  ...overrides,
});

describe('Twilio provider through the SDK, against the fake REST API', () => {
  it('sends: the SDK posts the form with Basic auth and gets a queued message back', async () => {
    const result = await provider().send(
      sms({ statusCallbackUrl: 'https://cc.example/webhooks/twilio/status' }),
    );
    expect(result).toEqual({
      ok: true,
      providerId: expect.stringMatching(/^SM[0-9a-f]{32}$/),
      status: 'queued',
    });
    expect(fake.messages).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: `/2010-04-01/Accounts/${accountSid}/Messages.json`,
      form: {
        To: LEAD,
        From: OURS,
        Body: sms().body,
        StatusCallback: 'https://cc.example/webhooks/twilio/status',
      },
      status: 201,
    });
  });

  it('sends through a Messaging Service, which Twilio answers as accepted', async () => {
    const messagingServiceSid = `MG${'2e'.repeat(16)}`;
    const result = await provider().send(sms({ from: undefined, messagingServiceSid }));
    expect(result).toMatchObject({ ok: true, status: 'accepted' });
    expect(fake.requests[0]?.form).toEqual({
      To: LEAD,
      Body: sms().body,
      MessagingServiceSid: messagingServiceSid,
    });
  });

  it('classifies 500 as retryable with an unknown outcome, twice, then succeeds', async () => {
    fake.failNext(2, 500);
    const twilio = provider();
    const failure = { ok: false, retryable: true, errorCode: '20500', httpStatus: 500, outcomeUnknown: true };
    expect(await twilio.send(sms())).toMatchObject(failure);
    expect(await twilio.send(sms())).toMatchObject(failure);
    expect(await twilio.send(sms())).toMatchObject({ ok: true, status: 'queued' });
    expect(fake.messages).toHaveLength(1);
  });

  it('classifies 429 as retryable and leaves the retry to the caller', async () => {
    fake.failNext(1, 429);
    const result = await provider().send(sms());
    expect(result).toMatchObject({ ok: false, retryable: true, errorCode: TwilioErrorCode.tooManyRequests });
    expect(result).toMatchObject({ httpStatus: 429 });
    expect(fake.requests).toHaveLength(1);
  });

  it('does not retry a recipient who unsubscribed (21610)', async () => {
    fake.optOut(LEAD);
    const result = await provider().send(sms());
    expect(result).toEqual({
      ok: false,
      retryable: false,
      errorCode: TwilioErrorCode.unsubscribedRecipient,
      message: 'Attempt to send to unsubscribed recipient',
      httpStatus: 400,
    });
  });

  it('does not retry an invalid To (21211) or a number that cannot take texts (21614)', async () => {
    expect(await provider().send(sms({ to: '512-555-0143' }))).toMatchObject({
      ok: false,
      retryable: false,
      errorCode: TwilioErrorCode.invalidTo,
    });
    fake.failNext(1, 400, 21614);
    expect(await provider().send(sms())).toMatchObject({
      retryable: false,
      errorCode: TwilioErrorCode.toNotMobile,
    });
  });

  it('reports wrong credentials as a 401 with Twilio code 20003, not retryable', async () => {
    const result = await provider({ authToken: 'wrong-token' }).send(sms());
    expect(result).toMatchObject({ ok: false, retryable: false, errorCode: '20003', httpStatus: 401 });
    expect(fake.messages).toHaveLength(0);
  });

  it('times out as retryable with an unknown outcome, and findSent then finds the message', async () => {
    fake.delayNext(1500);
    const sentAfter = clock.now();
    const result = await provider({ timeoutMs: 200 }).send(sms());
    expect(result).toMatchObject({ ok: false, retryable: true, errorCode: 'timeout', outcomeUnknown: true });
    // Twilio processed the request; only the answer was late. Reconciling avoids a second text.
    const found = await provider().findSent({ to: LEAD, from: OURS, sentAfter, body: sms().body });
    expect(found.map((m) => m.providerId)).toEqual([fake.messages[0]?.sid]);
  });

  it('reports a refused connection as retryable: nothing can have been sent', async () => {
    const closed = await startFakeTwilio({ accountSid, authToken });
    await closed.close();
    const result = await provider({ apiBaseUrl: closed.baseUrl }).send(sms());
    expect(result).toMatchObject({ ok: false, retryable: true, errorCode: 'network_error' });
    expect(result).not.toHaveProperty('outcomeUnknown');
  });

  it('reaches the base URL whatever edge and region the SDK puts in the host', async () => {
    const result = await provider({ edge: 'sydney', region: 'au1' }).send(sms());
    expect(result).toMatchObject({ ok: true });
  });

  it('takes an injected http client instead of a base URL, but not both', async () => {
    const httpClient = new TwilioHttpClient({ baseUrl: fake.baseUrl, timeoutMs: 2000 });
    const result = await createTwilioProvider({ accountSid, authToken, httpClient }).send(sms());
    expect(result).toMatchObject({ ok: true });
    expect(() =>
      createTwilioProvider({ accountSid, authToken, httpClient, apiBaseUrl: fake.baseUrl }),
    ).toThrow(/not both/);
  });
});

describe('Twilio provider findSent', () => {
  it('finds outbound messages to a number created since a time, newest first, by body when asked', async () => {
    const twilio = provider();
    await twilio.send(sms({ body: 'Old message' }));
    clock.advance(HOUR);
    const sentAfter = clock.now();
    clock.advance(MINUTE);
    const first = await twilio.send(sms({ body: 'First' }));
    clock.advance(MINUTE);
    const second = await twilio.send(sms({ body: 'Second' }));
    await twilio.send(sms({ to: '+15125550199', body: 'Someone else' }));
    fake.inboundSms({
      from: LEAD,
      to: OURS,
      body: 'Yes Saturday works',
      url: 'https://cc.example/webhooks/twilio/sms',
    });
    const ids = (results: { providerId: string }[]) => results.map((m) => m.providerId);

    const found = await twilio.findSent({ to: LEAD, sentAfter });
    expect(ids(found)).toEqual([second.ok && second.providerId, first.ok && first.providerId]);
    expect(found[0]).toMatchObject({
      to: LEAD,
      from: OURS,
      body: 'Second',
      status: 'queued',
      dateSent: null,
    });
    expect(ids(await twilio.findSent({ to: LEAD, sentAfter, body: 'First' }))).toEqual([
      first.ok && first.providerId,
    ]);
    expect(await twilio.findSent({ to: LEAD, sentAfter, body: 'Never sent' })).toEqual([]);
  });

  it('reads the DateSent list and the newest messages both, so a queued one is never missed', async () => {
    const twilio = provider();
    const sentAfter = clock.now();
    const queued = await twilio.send(sms());
    clock.advance(MINUTE);
    const delivered = await twilio.send(sms());
    const ids = [delivered, queued].map((r) => (r.ok ? r.providerId : ''));
    fake.setStatus(ids[0] as string, 'delivered');
    const lists = () => fake.requests.filter((r) => r.method === 'GET');

    // One of them only passes the DateSent filter once sent, the other is still queued: both come back.
    const found = await twilio.findSent({ to: LEAD, sentAfter });
    expect(found.map((m) => m.providerId)).toEqual(ids);
    expect(found[0]).toMatchObject({ status: 'delivered', dateSent: clock.now() });
    expect(lists().map((r) => r.query['DateSent>'])).toEqual(['2026-01-15T00:00:00Z', undefined]);
  });

  it('matches strictly: sender, Messaging Service and creation time', async () => {
    const twilio = provider();
    const sentAfter = clock.now();
    await twilio.send(sms());
    clock.advance(MINUTE);
    const viaService = await twilio.send(
      sms({ from: undefined, messagingServiceSid: `MG${'2'.repeat(32)}` }),
    );
    const sentBefore = new Date(clock.now().getTime() + 1000);
    clock.advance(MINUTE);
    await twilio.send(sms());
    const body = sms().body;

    expect(await twilio.findSent({ to: LEAD, sentAfter, body })).toHaveLength(3);
    expect(await twilio.findSent({ to: LEAD, from: OURS, sentAfter, sentBefore, body })).toHaveLength(1);
    const service = await twilio.findSent({
      to: LEAD,
      messagingServiceSid: `MG${'2'.repeat(32)}`,
      sentAfter,
      body,
    });
    expect(service.map((m) => m.providerId)).toEqual([viaService.ok && viaService.providerId]);
    expect(service[0]?.messagingServiceSid).toBe(`MG${'2'.repeat(32)}`);
  });

  it('follows next_page_uri through the base URL', async () => {
    const twilio = provider();
    const sentAfter = clock.now();
    for (let i = 0; i < 120; i += 1) {
      const result = await twilio.send(sms({ body: `Message ${i}` }));
      if (result.ok) fake.setStatus(result.providerId, 'delivered');
    }
    expect(await twilio.findSent({ to: LEAD, sentAfter })).toHaveLength(120);
    // Two pages of the DateSent list, then one of the newest.
    expect(fake.requests.filter((r) => r.method === 'GET').map((r) => r.query.Page ?? '0')).toEqual([
      '0',
      '1',
      '0',
    ]);
  });

  it('rejects, rather than answering "not sent", when Twilio cannot answer', async () => {
    fake.failNext(1, 503);
    await expect(provider().findSent({ to: LEAD, sentAfter: clock.now() })).rejects.toBeInstanceOf(
      ProviderUnavailableError,
    );
  });
});
