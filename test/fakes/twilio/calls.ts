import { randomBytes } from 'node:crypto';
import { API_VERSION, accountPath, errorJson, rfc2822 } from './twilio-json.js';
import { type SignedWebhook, signWebhook } from './webhooks.js';

/**
 * Twilio's Calls resource as the fake plays it: create (To, From, Twiml or Url, StatusCallback with its
 * events, MachineDetection with AsyncAmd and its callback), fetch, and update (new Twiml, or Status
 * completed). The test moves a call on with `progress` and `amd`, which build the signed callbacks Twilio
 * would send.
 */

export type FakeCallStatus =
  | 'queued'
  | 'initiated'
  | 'ringing'
  | 'in-progress'
  | 'completed'
  | 'busy'
  | 'no-answer'
  | 'failed'
  | 'canceled';

export interface FakeCall {
  sid: string;
  accountSid: string;
  to: string;
  from: string;
  status: FakeCallStatus;
  /** Every TwiML document the call was given, the first from create, later ones from updates. */
  twiml: string[];
  url: string | null;
  statusCallback: string | null;
  statusCallbackEvents: string[];
  machineDetection: string | null;
  asyncAmd: boolean;
  amdCallback: string | null;
  timeout: number | null;
  sequence: number;
  dateCreated: Date;
  dateUpdated: Date;
  durationSeconds: number;
}

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

const E164 = /^\+[1-9]\d{7,14}$/;
const ENDED = new Set<FakeCallStatus>(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

export function callJson(call: FakeCall): Record<string, unknown> {
  return {
    sid: call.sid,
    account_sid: call.accountSid,
    api_version: API_VERSION,
    to: call.to,
    from: call.from,
    status: call.status,
    direction: 'outbound-api',
    answered_by: null,
    duration: ENDED.has(call.status) ? String(call.durationSeconds) : null,
    date_created: rfc2822(call.dateCreated),
    date_updated: rfc2822(call.dateUpdated),
    uri: `${accountPath(call.accountSid)}/Calls/${call.sid}.json`,
  };
}

export function createCalls(options: { accountSid: string; numbers?: string[]; now: () => Date }) {
  const calls: FakeCall[] = [];

  function create(form: URLSearchParams): Reply {
    const refuse = (code: number, message: string): Reply => ({
      status: 400,
      body: errorJson(400, code, message),
    });
    const to = form.get('To') ?? '';
    const from = form.get('From') ?? '';
    if (!E164.test(to)) return refuse(21211, `The 'To' number ${to} is not a valid phone number.`);
    if (!E164.test(from) || (options.numbers && !options.numbers.includes(from)))
      return refuse(
        21210,
        `The source phone number provided, ${from}, is not yet verified for your account.`,
      );
    const twiml = form.get('Twiml');
    const url = form.get('Url');
    if (!twiml && !url) return refuse(21205, 'Url or Twiml parameter is required.');
    if (form.get('AsyncAmd') === 'true' && !form.get('AsyncAmdStatusCallback'))
      return refuse(21262, 'No AMD status callback URL provided');
    const at = options.now();
    const call: FakeCall = {
      sid: `CA${randomBytes(16).toString('hex')}`,
      accountSid: options.accountSid,
      to,
      from,
      status: 'queued',
      twiml: twiml ? [twiml] : [],
      url,
      statusCallback: form.get('StatusCallback'),
      statusCallbackEvents: form.getAll('StatusCallbackEvent'),
      machineDetection: form.get('MachineDetection'),
      asyncAmd: form.get('AsyncAmd') === 'true',
      amdCallback: form.get('AsyncAmdStatusCallback'),
      timeout: form.get('Timeout') ? Number(form.get('Timeout')) : null,
      sequence: 0,
      dateCreated: at,
      dateUpdated: at,
      durationSeconds: 0,
    };
    calls.push(call);
    return { status: 201, body: callJson(call) };
  }

  function update(call: FakeCall, form: URLSearchParams): Reply {
    if (ENDED.has(call.status)) {
      return { status: 400, body: errorJson(400, 21220, 'Call is not in-progress. Cannot redirect.') };
    }
    const twiml = form.get('Twiml');
    if (twiml) call.twiml.push(twiml);
    const status = form.get('Status');
    if (status === 'completed' || status === 'canceled') call.status = status;
    call.dateUpdated = options.now();
    return { status: 200, body: callJson(call) };
  }

  /** Answers a Calls request, or undefined when the path is not about calls. */
  function handle(method: string, pathname: string, form: URLSearchParams): Reply | undefined {
    const base = `${accountPath(options.accountSid)}/Calls`;
    if (pathname === `${base}.json` && method === 'POST') return create(form);
    const match = new RegExp(`^${base}/(CA[0-9a-f]+)\\.json$`).exec(pathname);
    if (!match) return undefined;
    const call = calls.find((c) => c.sid === match[1]);
    if (!call) return { status: 404, body: errorJson(404, 20404) };
    if (method === 'GET') return { status: 200, body: callJson(call) };
    if (method === 'POST') return update(call, form);
    return undefined;
  }

  function find(sid: string): FakeCall {
    const call = calls.find((c) => c.sid === sid);
    if (!call) throw new Error(`Fake Twilio has no call ${sid}`);
    return call;
  }

  return { calls, handle, find };
}

export type FakeCalls = ReturnType<typeof createCalls>;

/** The signed status callback Twilio sends as the call moves to `status`. */
export function callStatusWebhook(
  authToken: string,
  call: FakeCall,
  status: FakeCallStatus,
  extra: Record<string, string> = {},
): SignedWebhook {
  if (!call.statusCallback) throw new Error('The call was placed without a StatusCallback');
  call.status = status;
  call.sequence += 1;
  const params: Record<string, string> = {
    AccountSid: call.accountSid,
    ApiVersion: API_VERSION,
    CallSid: call.sid,
    CallStatus: status,
    Direction: 'outbound-api',
    From: call.from,
    To: call.to,
    SequenceNumber: String(call.sequence - 1),
    Timestamp: rfc2822(new Date()),
    CallbackSource: 'call-progress-events',
    ...(ENDED.has(status) ? { CallDuration: String(call.durationSeconds) } : {}),
    ...extra,
  };
  return signWebhook(authToken, call.statusCallback, params);
}

/** The signed asynchronous AMD callback: human, machine_end_beep, machine_end_silence, fax, unknown… */
export function amdWebhook(authToken: string, call: FakeCall, answeredBy: string): SignedWebhook {
  if (!call.amdCallback) throw new Error('The call was placed without AsyncAmdStatusCallback');
  return signWebhook(authToken, call.amdCallback, {
    AccountSid: call.accountSid,
    CallSid: call.sid,
    AnsweredBy: answeredBy,
    MachineDetectionDuration: answeredBy === 'human' ? '1800' : '7400',
  });
}
