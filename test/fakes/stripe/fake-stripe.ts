import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseStripeForm } from './stripe-form.js';

/**
 * A local stand-in for the parts of Stripe's REST API billing uses, speaking the documented protocol:
 * `Authorization: Bearer <secret key>`, form-encoded bodies with bracketed keys (`payload[value]=3`),
 * JSON answers, errors as `{"error":{"type","code","message"}}`, and `Idempotency-Key` replays (the same
 * key answers the first answer again). Endpoints:
 * - POST /v1/customers, GET /v1/customers/:id
 * - POST /v1/subscriptions (items[n][price])
 * - POST /v1/billing/meter_events (`identifier` unique: a repeat is a 400 `resource_already_exists`)
 * - POST /v1/billing_portal/sessions
 * - POST /v1/payment_intents (confirm=true succeeds)
 * It also plays Stripe's side of webhooks: `signEvent` makes a body and its `Stripe-Signature` header
 * (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the endpoint's secret>`).
 */
export interface FakeStripeOptions {
  secretKey: string;
  webhookSecret: string;
}

export interface FakeMeterEvent {
  event_name: string;
  identifier: string;
  timestamp: number;
  payload: Record<string, string>;
}

export interface FakeStripe {
  url: string;
  customers: Map<string, Record<string, unknown>>;
  subscriptions: Map<string, Record<string, unknown>>;
  meterEvents: FakeMeterEvent[];
  paymentIntents: Record<string, unknown>[];
  requests: { method: string; path: string; idempotencyKey: string | null; status: number }[];
  /** The next `count` meter events are taken and stored, but answered with a 500, as if the answer were lost. */
  loseMeterAnswers(count: number): void;
  /** The next `count` requests to `path` fail with a 500 before anything is stored. */
  failNext(path: string, count: number): void;
  signEvent(
    type: string,
    object: Record<string, unknown>,
    options?: { at?: Date },
  ): { body: string; signature: string };
  close(): Promise<void>;
}

type Answer = { status: number; body: unknown };

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;
const error = (status: number, type: string, code: string, message: string): Answer => ({
  status,
  body: { error: { type, code, message } },
});

export async function startFakeStripe(options: FakeStripeOptions): Promise<FakeStripe> {
  const customers = new Map<string, Record<string, unknown>>();
  const subscriptions = new Map<string, Record<string, unknown>>();
  const meterEvents: FakeMeterEvent[] = [];
  const paymentIntents: Record<string, unknown>[] = [];
  const requests: FakeStripe['requests'] = [];
  const replays = new Map<string, Answer>();
  const failures = new Map<string, number>();
  let lostAnswers = 0;
  let origin = '';

  function route(method: string, path: string, form: Record<string, unknown>): Answer {
    const now = Math.floor(Date.now() / 1000);
    if (method === 'POST' && path === '/v1/customers') {
      const customer = {
        id: id('cus'),
        object: 'customer',
        created: now,
        metadata: form.metadata ?? {},
        invoice_settings: { default_payment_method: id('pm') },
      };
      customers.set(customer.id, customer);
      return { status: 200, body: customer };
    }
    const customerMatch = /^\/v1\/customers\/([^/]+)$/.exec(path);
    if (method === 'GET' && customerMatch) {
      const customer = customers.get(customerMatch[1] as string);
      return customer
        ? { status: 200, body: customer }
        : error(404, 'invalid_request_error', 'resource_missing', 'No such customer');
    }
    if (method === 'POST' && path === '/v1/subscriptions') {
      const customer = String(form.customer ?? '');
      if (!customers.has(customer))
        return error(400, 'invalid_request_error', 'resource_missing', 'No such customer');
      const items = Object.values((form.items ?? {}) as Record<string, { price?: string }>);
      const subscription = {
        id: id('sub'),
        object: 'subscription',
        customer,
        status: 'active',
        metadata: form.metadata ?? {},
        items: {
          object: 'list',
          data: items.map((item) => ({
            id: id('si'),
            object: 'subscription_item',
            price: { id: item.price },
          })),
        },
      };
      subscriptions.set(subscription.id, subscription);
      return { status: 200, body: subscription };
    }
    if (method === 'POST' && path === '/v1/billing/meter_events') {
      const payload = (form.payload ?? {}) as Record<string, string>;
      const identifier = String(form.identifier ?? id('mev'));
      if (!form.event_name || !payload.stripe_customer_id || payload.value === undefined)
        return error(
          400,
          'invalid_request_error',
          'parameter_missing',
          'event_name and payload are required',
        );
      if (meterEvents.some((event) => event.identifier === identifier))
        return error(
          400,
          'invalid_request_error',
          'resource_already_exists',
          `An event already exists with identifier ${identifier}`,
        );
      const event = {
        event_name: String(form.event_name),
        identifier,
        timestamp: Number(form.timestamp ?? now),
        payload,
      };
      meterEvents.push(event);
      if (lostAnswers > 0) {
        lostAnswers -= 1;
        return error(500, 'api_error', 'internal', 'The answer was lost');
      }
      return {
        status: 200,
        body: { object: 'billing.meter_event', created: now, livemode: false, ...event },
      };
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      if (!customers.has(String(form.customer)))
        return error(400, 'invalid_request_error', 'resource_missing', 'No such customer');
      const session = id('bps');
      return {
        status: 200,
        body: {
          id: session,
          object: 'billing_portal.session',
          customer: form.customer,
          return_url: form.return_url ?? null,
          url: `${origin}/p/session/${session}`,
        },
      };
    }
    if (method === 'POST' && path === '/v1/payment_intents') {
      const intent = {
        id: id('pi'),
        object: 'payment_intent',
        amount: Number(form.amount),
        currency: form.currency,
        customer: form.customer,
        payment_method: form.payment_method ?? null,
        status: form.confirm === 'true' ? 'succeeded' : 'requires_confirmation',
        metadata: form.metadata ?? {},
      };
      paymentIntents.push(intent);
      return { status: 200, body: intent };
    }
    return error(
      404,
      'invalid_request_error',
      'resource_missing',
      `Unrecognized request URL (${method}: ${path})`,
    );
  }

  function answer(request: IncomingMessage, raw: string): Answer {
    if (request.headers.authorization !== `Bearer ${options.secretKey}`)
      return error(401, 'invalid_request_error', 'api_key_invalid', 'Invalid API Key provided');
    const path = (request.url ?? '/').split('?')[0] as string;
    const failing = failures.get(path) ?? 0;
    if (failing > 0) {
      failures.set(path, failing - 1);
      return error(500, 'api_error', 'internal', 'Something went wrong');
    }
    const key =
      typeof request.headers['idempotency-key'] === 'string' ? request.headers['idempotency-key'] : null;
    const replayKey = key && `${request.method} ${path} ${key}`;
    const replay = replayKey ? replays.get(replayKey) : undefined;
    if (replay) return replay;
    const result = route(request.method ?? 'GET', path, parseStripeForm(raw));
    if (replayKey && result.status < 500) replays.set(replayKey, result);
    return result;
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      raw += chunk;
    });
    request.on('end', () => {
      const result = answer(request, raw);
      requests.push({
        method: request.method ?? 'GET',
        path: (request.url ?? '/').split('?')[0] as string,
        idempotencyKey: (request.headers['idempotency-key'] as string | undefined) ?? null,
        status: result.status,
      });
      response.writeHead(result.status, {
        'content-type': 'application/json',
        'request-id': id('req'),
        // Stripe tells clients not to retry what failed for good; a 500 here may be retried.
        'stripe-should-retry': result.status >= 500 ? 'true' : 'false',
      });
      response.end(JSON.stringify(result.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    customers,
    subscriptions,
    meterEvents,
    paymentIntents,
    requests,
    loseMeterAnswers(count) {
      lostAnswers = count;
    },
    failNext(path, count) {
      failures.set(path, count);
    },
    signEvent(type, object, signOptions = {}) {
      const at = Math.floor((signOptions.at ?? new Date()).getTime() / 1000);
      const body = JSON.stringify({
        id: id('evt'),
        object: 'event',
        api_version: '2025-01-01',
        created: at,
        type,
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        data: { object },
      });
      const v1 = createHmac('sha256', options.webhookSecret).update(`${at}.${body}`).digest('hex');
      return { body, signature: `t=${at},v1=${v1}` };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
