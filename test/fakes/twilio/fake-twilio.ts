import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { countSegments } from '../../../src/messaging/segments.js';
import { accountJson, basicAuth, type FakeAccount, incomingPhoneNumbersPage } from './accounts.js';
import { createCalls, type FakeCall } from './calls.js';
import { listMessagesPage } from './messages-list.js';
import { createRecordings, type FakeRecording } from './recordings.js';
import {
  accountPath,
  errorJson,
  type FakeMessage,
  type FakeMessageStatus,
  genericCode,
  messageJson,
} from './twilio-json.js';
import {
  buildInboundSmsWebhook,
  type InboundMedia,
  optOutTypeOf,
  type SignedWebhook,
  signWebhook,
  statusCallbackParams,
} from './webhooks.js';

/**
 * A local stand-in for Twilio's REST API (Messages: create, fetch, list; Calls: create, fetch, update, see
 * calls.ts; the Account and its
 * IncomingPhoneNumbers: fetch, list) speaking the documented protocol:
 * HTTP Basic auth with the account SID and auth token, form-encoded requests, JSON answers and errors in
 * Twilio's shapes, RFC 2822 dates, list paging. It also plays Twilio's side of webhooks: signed status
 * callbacks and incoming-message requests.
 */

export interface FakeTwilioOptions {
  accountSid: string;
  authToken: string;
  /** Numbers the account owns; when given, a From outside the list is refused with 21606. */
  numbers?: string[];
  now?: () => Date;
}

export interface FakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  form: Record<string, string>;
  status: number;
}

export interface CallbackDelivery {
  url: string;
  params: Record<string, string>;
  signature: string;
  /** The HTTP status our server answered, or the network error. */
  status: number | 'error';
}

export type AdvanceStatus = 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed';

export interface FakeTwilio {
  readonly baseUrl: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** Every Message resource, in creation order: sent through the API, and incoming ones from `inboundSms`. */
  readonly messages: FakeMessage[];
  /** Every call placed through the Calls API, in creation order. */
  readonly calls: FakeCall[];
  findCall(sid: string): FakeCall;
  /** Every recording started on a call, with its audio; `deleted` once our side deleted it. */
  readonly recordings: FakeRecording[];
  /** The recording ends: the signed status callback Twilio would send (post it to the app). */
  finishRecording(
    sid: string,
    props?: { status?: 'completed' | 'absent'; durationSeconds?: number },
  ): SignedWebhook;
  /** Every API request after it was answered. */
  readonly requests: FakeRequest[];
  readonly callbacks: CallbackDelivery[];
  /** The next `count` authenticated API requests fail with this status (and Twilio code, else 20000+status). */
  failNext(count: number, httpStatus: number, twilioCode?: number, options?: { processed?: boolean }): void;
  /**
   * The next API request waits `ms` before it is processed and answered, as a create Twilio accepts late;
   * `releaseHeld` ends every wait at once. A client that gave up meanwhile gets no answer, but it happens.
   */
  holdNext(ms: number): void;
  releaseHeld(): void;
  /** The next API request is read, then its connection closed: unanswered, unprocessed, lost on the way. */
  dropNext(): void;
  /** The next API request is processed at once but answered `ms` later, as a slow network would. */
  delayNext(ms: number): void;
  /** Changes a message's status without telling anyone. */
  setStatus(sid: string, status: FakeMessageStatus, errorCode?: number): FakeMessage;
  /** Moves a message on and, when it has a StatusCallback, POSTs the signed callback to it. */
  advance(
    sid: string,
    status: AdvanceStatus,
    options?: { errorCode?: number },
  ): Promise<CallbackDelivery | undefined>;
  /**
   * Another account the fake authenticates: its Account resource and IncomingPhoneNumbers are served
   * (credentials checks), its Messages are not (one fake per account sends texts).
   */
  addAccount(account: FakeAccount): void;
  /** Sends to this number fail with 21610 until it opts in again, as after the lead texts STOP. */
  optOut(phone: string): void;
  optIn(phone: string): void;
  /**
   * A text from a lead (an MMS with `media`): stores the incoming Message, applies STOP/START like Twilio, and
   * returns the signed webhook request Twilio would send to `url`.
   */
  inboundSms(input: {
    from: string;
    to: string;
    body: string;
    url: string;
    messagingServiceSid?: string;
    advancedOptOut?: boolean;
    media?: InboundMedia[];
  }): SignedWebhook;
  close(): Promise<void>;
}

const E164 = /^\+[1-9]\d{7,14}$/;
const MAX_BODY = 1600;

interface Reply {
  status: number;
  body: Record<string, unknown> | null;
  headers?: Record<string, string>;
  /** Media (a recording's audio) instead of JSON. */
  raw?: { contentType: string; data: Buffer };
}

export async function startFakeTwilio(options: FakeTwilioOptions): Promise<FakeTwilio> {
  const now = options.now ?? (() => new Date());
  const messages: FakeMessage[] = [];
  const requests: FakeRequest[] = [];
  const callbacks: CallbackDelivery[] = [];
  const failures: { httpStatus: number; code: number }[] = [];
  // `failNext(..., { processed: true })`: the request takes effect, then the answer is this error.
  const lateFailures: { httpStatus: number; code: number }[] = [];
  const holds: number[] = [];
  const releases = new Set<() => void>();
  let drops = 0;
  const delays: number[] = [];
  const optedOut = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  const accounts: FakeAccount[] = [options];
  const base = accountPath(options.accountSid);
  const calls = createCalls({ accountSid: options.accountSid, numbers: options.numbers, now });
  const recordings = createRecordings({
    accountSid: options.accountSid,
    liveCall: (sid) => {
      const placed = calls.calls.find((c) => c.sid === sid);
      return !placed || placed.status === 'in-progress';
    },
  });

  function handle(method: string, url: URL, form: URLSearchParams, authorization: string | undefined): Reply {
    const account = accounts.find((a) => authorization === basicAuth(a));
    if (!account) {
      return {
        status: 401,
        body: errorJson(401, 20003),
        headers: { 'www-authenticate': 'Basic realm="Twilio API"' },
      };
    }
    const failure = failures.shift();
    if (failure) return { status: failure.httpStatus, body: errorJson(failure.httpStatus, failure.code) };

    const own = accountPath(account.accountSid);
    if (method === 'GET' && url.pathname === `${own}.json`)
      return { status: 200, body: accountJson(account) };
    if (method === 'GET' && url.pathname === `${own}/IncomingPhoneNumbers.json`)
      return { status: 200, body: incomingPhoneNumbersPage(account, url.searchParams) };
    if (account !== options) return notFound(url);
    const recording = recordings.handle(method, url.pathname, form);
    if (recording) return recording;
    const call = calls.handle(method, url.pathname, form);
    if (call) return call;
    if (url.pathname === `${base}/Messages.json`) {
      if (method === 'POST') return createMessage(form);
      if (method === 'GET') return listMessagesPage(messages, url.searchParams, base);
      return { status: 405, body: errorJson(405, 20004, 'Method not allowed') };
    }
    const fetchMatch = new RegExp(`^${base}/Messages/([A-Za-z0-9]+)\\.json$`).exec(url.pathname);
    const found = fetchMatch && messages.find((m) => m.sid === fetchMatch[1]);
    if (found && method === 'GET') return { status: 200, body: messageJson(found) };
    return notFound(url);
  }

  function notFound(url: URL): Reply {
    return {
      status: 404,
      body: errorJson(404, 20404, `The requested resource ${url.pathname} was not found`),
    };
  }

  function createMessage(form: URLSearchParams): Reply {
    const to = form.get('To') ?? '';
    const from = form.get('From') || null;
    const messagingServiceSid = form.get('MessagingServiceSid') || null;
    const body = form.get('Body') ?? '';
    const numMedia = form.getAll('MediaUrl').length;
    const refuse = (code: number, message?: string): Reply => ({
      status: 400,
      body: errorJson(400, code, message),
    });
    if (!to) return refuse(21604);
    if (!E164.test(to)) return refuse(21211, `The 'To' number ${to} is not a valid phone number.`);
    if (!from && !messagingServiceSid) return refuse(21603);
    if (from && (!E164.test(from) || (options.numbers && !options.numbers.includes(from))))
      return refuse(21606);
    if (!body && numMedia === 0) return refuse(21602);
    if (body.length > MAX_BODY) return refuse(21617);
    if (optedOut.has(to)) return refuse(21610);

    const at = now();
    const message: FakeMessage = {
      sid: newSid(),
      accountSid: options.accountSid,
      to,
      from,
      messagingServiceSid,
      body,
      // With a Messaging Service Twilio first accepts the request, then picks a sender and queues it.
      status: messagingServiceSid ? 'accepted' : 'queued',
      direction: 'outbound-api',
      statusCallback: form.get('StatusCallback') || null,
      numSegments: messagingServiceSid && !from ? 0 : Math.max(1, countSegments(body).segments),
      numMedia,
      errorCode: null,
      dateCreated: at,
      dateUpdated: at,
      dateSent: null,
      receivedAt: wallClockMs(),
    };
    messages.push(message);
    return { status: 201, body: messageJson(message) };
  }

  const server = createServer((req, res) => {
    void serve(req, res);
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake-twilio');
    const isForm = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    const form = new URLSearchParams(isForm ? Buffer.concat(chunks).toString('utf8') : '');
    const method = req.method ?? 'GET';
    const hold = holds.shift();
    if (hold !== undefined) await held(hold);
    if (drops > 0) {
      drops -= 1;
      req.socket.destroy();
      return;
    }
    const handled = handle(method, url, form, req.headers.authorization);
    const late = handled.status === 401 ? undefined : lateFailures.shift();
    const reply = late ? { status: late.httpStatus, body: errorJson(late.httpStatus, late.code) } : handled;
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      form: Object.fromEntries(form),
      status: reply.status,
    });
    const write = () => {
      if (res.destroyed) return;
      if (reply.raw) {
        res.writeHead(reply.status, { 'content-type': reply.raw.contentType, ...reply.headers });
        res.end(reply.raw.data);
        return;
      }
      if (reply.body === null) {
        res.writeHead(reply.status, reply.headers);
        res.end();
        return;
      }
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    };
    const delay = delays.shift();
    if (delay === undefined) return write();
    const timer = setTimeout(() => {
      timers.delete(timer);
      write();
    }, delay);
    timers.add(timer);
  }

  function held(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer);
        timers.delete(timer);
        releases.delete(release);
        resolve();
      };
      const timer = setTimeout(release, ms);
      timers.add(timer);
      releases.add(release);
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  function find(sid: string): FakeMessage {
    const message = messages.find((m) => m.sid === sid);
    if (!message) throw new Error(`Fake Twilio has no message ${sid}`);
    return message;
  }

  function setStatus(sid: string, status: FakeMessageStatus, errorCode?: number): FakeMessage {
    const message = find(sid);
    const at = now();
    message.status = status;
    message.dateUpdated = at;
    if (!message.dateSent && ['sent', 'delivered', 'undelivered'].includes(status)) message.dateSent = at;
    if (status === 'failed' || status === 'undelivered') message.errorCode = errorCode ?? 30008;
    else if (errorCode !== undefined) message.errorCode = errorCode;
    return message;
  }

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    accountSid: options.accountSid,
    authToken: options.authToken,
    messages,
    calls: calls.calls,
    findCall: calls.find,
    recordings: recordings.recordings,
    finishRecording: (sid, props) => recordings.finish(options.authToken, sid, props),
    requests,
    callbacks,
    failNext(count, httpStatus, twilioCode, failOptions) {
      const queue = failOptions?.processed ? lateFailures : failures;
      for (let i = 0; i < count; i += 1)
        queue.push({ httpStatus, code: twilioCode ?? genericCode(httpStatus) });
    },
    holdNext(ms) {
      holds.push(ms);
    },
    releaseHeld() {
      for (const release of [...releases]) release();
    },
    dropNext() {
      drops += 1;
    },
    delayNext(ms) {
      delays.push(ms);
    },
    setStatus,
    async advance(sid, status, advanceOptions) {
      const message = setStatus(sid, status, advanceOptions?.errorCode);
      if (!message.statusCallback) return undefined;
      const webhook = signWebhook(
        options.authToken,
        message.statusCallback,
        statusCallbackParams(message, now()),
      );
      const delivery: CallbackDelivery = {
        url: webhook.url,
        params: webhook.params,
        signature: webhook.headers['x-twilio-signature'] ?? '',
        status: 'error',
      };
      try {
        const response = await fetch(webhook.url, {
          method: 'POST',
          headers: webhook.headers,
          body: webhook.body,
          signal: AbortSignal.timeout(5000),
        });
        await response.arrayBuffer();
        delivery.status = response.status;
      } catch {
        delivery.status = 'error';
      }
      callbacks.push(delivery);
      return delivery;
    },
    addAccount(account) {
      accounts.push(account);
    },
    optOut(phone) {
      optedOut.add(phone);
    },
    optIn(phone) {
      optedOut.delete(phone);
    },
    inboundSms(input) {
      const webhook = buildInboundSmsWebhook({
        ...input,
        accountSid: options.accountSid,
        authToken: options.authToken,
      });
      const at = now();
      messages.push({
        sid: webhook.params.MessageSid ?? newSid(),
        accountSid: options.accountSid,
        to: input.to,
        from: input.from,
        messagingServiceSid: input.messagingServiceSid ?? null,
        body: input.body,
        status: 'received',
        direction: 'inbound',
        statusCallback: null,
        numSegments: Number(webhook.params.NumSegments),
        numMedia: Number(webhook.params.NumMedia),
        errorCode: null,
        dateCreated: at,
        dateUpdated: at,
        dateSent: at,
        receivedAt: wallClockMs(),
      });
      const keyword = optOutTypeOf(input.body);
      if (keyword === 'STOP') optedOut.add(input.from);
      if (keyword === 'START') optedOut.delete(input.from);
      return webhook;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function wallClockMs(): number {
  return performance.timeOrigin + performance.now();
}

function newSid(): string {
  return `SM${randomBytes(16).toString('hex')}`;
}
