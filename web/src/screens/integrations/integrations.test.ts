import { describe, expect, it } from 'vitest';
import {
  canReplay,
  consentBody,
  type Delivery,
  deliveryOutcome,
  endpointBody,
  eventsSummary,
  mapEmailBody,
  secretLines,
} from './integrations.ts';

const delivery = (over: Partial<Delivery>): Delivery => ({
  id: 'd1',
  eventId: 'e1',
  eventType: 'lead.created',
  messageId: 'msg_e1',
  status: 'pending',
  attempts: 0,
  nextAttemptAt: null,
  statusCode: null,
  latencyMs: null,
  responseExcerpt: null,
  error: null,
  deliveredAt: null,
  createdAt: '2026-01-15T16:00:00.000Z',
  ...over,
});

describe('the endpoint form', () => {
  it('needs an http(s) URL and sends the events in their canonical order', () => {
    expect(endpointBody({ url: '', description: '', events: [], ownSystem: false })).toEqual({
      errors: { url: 'Enter the URL that receives the events' },
    });
    expect(endpointBody({ url: 'ftp://x', description: '', events: [], ownSystem: false })).toMatchObject({
      errors: { url: expect.stringContaining('https://') },
    });
    expect(
      endpointBody({
        url: ' https://crm.example.com/hook ',
        description: ' CRM ',
        events: ['message.sent', 'lead.created'],
        ownSystem: true,
      }),
    ).toEqual({
      body: {
        url: 'https://crm.example.com/hook',
        description: 'CRM',
        events: ['lead.created', 'message.sent'],
        ownSystem: true,
      },
    });
  });

  it('says "every event" for no filter or all of them, else names them', () => {
    expect(eventsSummary([])).toBe('Every event');
    expect(eventsSummary(['lead.created', 'consent.revoked'])).toBe('New lead, Opted out');
  });
});

describe('the delivery log', () => {
  it('tells delivered, retrying, failed and cancelled apart, and offers replay only when finished', () => {
    expect(
      deliveryOutcome(delivery({ status: 'delivered', attempts: 1, statusCode: 204, latencyMs: 42 })),
    ).toBe('Delivered (HTTP 204, 42 ms, 1 attempt)');
    expect(deliveryOutcome(delivery({ attempts: 2, statusCode: 503 }))).toBe(
      'Retrying: HTTP 503 (2 attempts so far)',
    );
    expect(
      deliveryOutcome(delivery({ status: 'failed', attempts: 8, error: 'no answer within 15 seconds' })),
    ).toBe('Failed after 8 attempts: no answer within 15 seconds');
    expect(deliveryOutcome(delivery({ status: 'cancelled', error: 'the endpoint answered 410 Gone' }))).toBe(
      'Not sent: the endpoint answered 410 Gone',
    );
    expect(deliveryOutcome(delivery({}))).toBe('Waiting to be sent');
    expect(canReplay(delivery({}))).toBe(false);
    expect(canReplay(delivery({ status: 'failed' }))).toBe(true);
  });
});

describe('source consent and secrets', () => {
  it('needs the disclosure only when leads agreed to texts', () => {
    expect(consentBody({ sms: true, disclosure: ' ', version: '' })).toEqual({
      error: 'Paste the consent text the source shows its leads',
    });
    expect(consentBody({ sms: true, disclosure: 'I agree to texts', version: ' v2 ' })).toEqual({
      consent: { sms: true, disclosure: 'I agree to texts', disclosureVersion: 'v2' },
    });
    expect(consentBody({ sms: false, disclosure: 'ignored', version: '' })).toEqual({
      consent: { sms: false },
    });
  });

  it('lists the secrets to copy, labelled', () => {
    expect(secretLines({ address: 'abc@leads.example.com', url: 'https://x/inbound/email/abc' })).toEqual([
      { label: 'Lead email address', value: 'abc@leads.example.com' },
      { label: 'Webhook URL', value: 'https://x/inbound/email/abc' },
    ]);
  });

  it('maps an unparsed email only with a way to reach the lead', () => {
    expect(mapEmailBody({ name: 'Al', phone: '', email: ' ', message: 'hi' })).toEqual({
      error: 'Give at least a phone number or an email address',
    });
    expect(mapEmailBody({ name: ' Al ', phone: '512-555-0100', email: '', message: '' })).toEqual({
      body: { name: 'Al', phone: '512-555-0100' },
    });
  });
});
