import http from 'node:http';
import os from 'node:os';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { FakeTwilio } from '../test/fakes/twilio/fake-twilio.js';

/**
 * Load helpers shared by the benchmark and the crash test: distinct valid US phones, lead bodies with SMS
 * consent, a keep-alive HTTP client, open-loop (fixed rate) and closed-loop (N clients) drivers, and the
 * first text the fake Twilio received for each number.
 */

/** Epoch milliseconds with sub-millisecond precision; the fake Twilio stamps `receivedAt` the same way. */
export function wallClockMs(): number {
  return performance.timeOrigin + performance.now();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `done()` is true or the time is up; returns whether it came true. */
export async function waitFor(done: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 50) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() >= deadline) return false;
    await sleep(everyMs);
  }
  return true;
}

/**
 * Distinct US numbers that libphonenumber-js (full metadata, as the service uses) accepts, spread over every
 * valid area code so leads land in many states and time zones. The exchange skips 555 (fictional range).
 */
export function* validUsPhones(): Generator<string> {
  const areas: number[] = [];
  for (let area = 201; area <= 989; area += 1) {
    if (parsePhoneNumberFromString(`+1${area}2345678`)?.isValid()) areas.push(area);
  }
  for (let n = 0; ; n += 1) {
    const area = areas[n % areas.length] as number;
    const k = Math.floor(n / areas.length);
    const exchange = 201 + (Math.floor(k / 10_000) % 798);
    if (exchange === 555) continue;
    const line = String(k % 10_000).padStart(4, '0');
    const e164 = `+1${area}${exchange}${line}`;
    if (parsePhoneNumberFromString(e164)?.isValid()) yield e164;
  }
}

export function takePhones(source: Iterator<string>, count: number): string[] {
  const phones: string[] = [];
  while (phones.length < count) {
    const next = source.next();
    if (next.done) throw new Error('ran out of phone numbers');
    phones.push(next.value);
  }
  return phones;
}

/** The SMS consent disclosure the bench's leads agreed to. */
export const CONSENT_DISCLOSURE =
  'By checking this box you agree to receive texts from Bench Realty about your inquiry. ' +
  'Msg frequency varies. Msg & data rates may apply. Reply STOP to opt out, HELP for help. ' +
  'Consent is not a condition of purchase.';

/** A web-form lead with SMS consent evidence, as an agent's site would post it. */
export function leadBody(phone: string, n: number): Record<string, unknown> {
  return {
    name: `Jordan Lee${n}`,
    phone,
    source: 'bench-site',
    message: 'Is this home still available? Could we see it this weekend?',
    leadType: 'buyer',
    property: {
      address: `${100 + (n % 900)} Oak Street`,
      city: 'Austin',
      mlsNumber: `MLS${n}`,
      price: 450_000,
    },
    tags: ['website'],
    consent: {
      sms: true,
      disclosure: CONSENT_DISCLOSURE,
      disclosureVersion: 'v1',
      capturedAt: new Date().toISOString(),
      ip: '203.0.113.7',
      userAgent: 'Mozilla/5.0 (bench)',
      pageUrl: 'https://agent.example/listing',
    },
  };
}

export interface PostResult {
  status: number;
  /** Parsed JSON answer, or undefined when it was not JSON. */
  json: Record<string, unknown> | undefined;
  sentAt: number;
  /** When the whole answer had arrived (wallClockMs). */
  doneAt: number;
  /** The network error when no answer came (connection refused or reset). */
  error?: string;
}

export interface JsonClient {
  post(path: string, body: unknown): Promise<PostResult>;
  get(path: string): Promise<PostResult>;
  close(): void;
}

/** A small keep-alive JSON client on node:http: cheaper per request than fetch, so the load generator stays light. */
export function jsonClient(
  baseUrl: string,
  options: { apiKey?: string; timeoutMs?: number } = {},
): JsonClient {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const timeoutMs = options.timeoutMs ?? 15_000;

  function request(method: string, path: string, body?: unknown): Promise<PostResult> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const sentAt = wallClockMs();
    return new Promise((resolve) => {
      const failed = (error: Error) =>
        resolve({ status: 0, json: undefined, sentAt, doneAt: wallClockMs(), error: error.message });
      const req = http.request(
        {
          agent,
          host: base.hostname,
          port: base.port,
          method,
          path,
          headers: {
            accept: 'application/json',
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
            ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          },
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', failed);
          res.on('end', () => {
            const doneAt = wallClockMs();
            let json: Record<string, unknown> | undefined;
            try {
              json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
            } catch {
              json = undefined;
            }
            resolve({ status: res.statusCode ?? 0, json, sentAt, doneAt });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
      req.on('error', failed);
      req.end(payload);
    });
  }

  return {
    post: (path, body) => request('POST', path, body),
    get: (path) => request('GET', path),
    close: () => agent.destroy(),
  };
}

export interface OpenLoopResult {
  sent: number;
  /** How late the worst request left against its schedule (ms): large values mean the generator was starved. */
  maxStartLagMs: number;
}

/**
 * Fires `task(i)` at t0 + i / rate regardless of how earlier ones fare (no coordinated omission), for
 * `durationMs`, then waits for every task to finish.
 */
export async function openLoop(props: {
  ratePerSec: number;
  durationMs: number;
  task: (i: number) => Promise<void>;
}): Promise<OpenLoopResult> {
  const interval = 1000 / props.ratePerSec;
  const total = Math.round((props.durationMs / 1000) * props.ratePerSec);
  const started: Promise<void>[] = [];
  let maxStartLagMs = 0;
  const t0 = performance.now() + 5;
  for (let i = 0; i < total; i += 1) {
    const due = t0 + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    maxStartLagMs = Math.max(maxStartLagMs, performance.now() - due);
    started.push(props.task(i));
  }
  await Promise.all(started);
  return { sent: total, maxStartLagMs };
}

export interface ClosedLoopResult {
  ok: number;
  failed: number;
  elapsedMs: number;
  perSecond: number;
}

/**
 * `clients` loops each sending one request, waiting for the answer, and sending the next, for `durationMs`.
 * `task` resolves true for a success. Throughput counts successes over the time until the last answer.
 */
export async function closedLoop(props: {
  clients: number;
  durationMs: number;
  task: (n: number) => Promise<boolean>;
}): Promise<ClosedLoopResult> {
  let ok = 0;
  let failed = 0;
  let next = 0;
  const start = performance.now();
  const stopAt = start + props.durationMs;
  const client = async () => {
    while (performance.now() < stopAt) {
      const n = next;
      next += 1;
      if (await props.task(n)) ok += 1;
      else failed += 1;
    }
  };
  await Promise.all(Array.from({ length: props.clients }, client));
  const elapsedMs = performance.now() - start;
  return { ok, failed, elapsedMs, perSecond: ok / (elapsedMs / 1000) };
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** p50, p95, p99 and the largest of latency samples (ms, to a tenth), and how many there were. */
export function latencySummary(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    p99: round1(percentile(sorted, 99)),
    max: round1(sorted.at(-1) ?? Number.NaN),
    n: sorted.length,
  };
}

/**
 * The machine a run had, for its results: other work on it skews every figure, so the 1-minute load average
 * before the run (`loadBefore`) and now.
 */
export function machineFacts(props: { started: number; loadBefore: number }) {
  return {
    node: process.version,
    cpus: os.cpus().length,
    load_average: [round1(props.loadBefore), round1(os.loadavg()[0] ?? 0)],
    at: new Date().toISOString(),
    bench_seconds: Math.round((Date.now() - props.started) / 1000),
  };
}

/** The service's settings to text through the Twilio SDK at a local fake Twilio. */
export function fakeTwilioEnv(fake: { baseUrl: string }, account: { sid: string; token: string }) {
  return {
    SMS_PROVIDER: 'twilio',
    TWILIO_ACCOUNT_SID: account.sid,
    TWILIO_AUTH_TOKEN: account.token,
    TWILIO_API_BASE_URL: fake.baseUrl,
  };
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Arrival time of the first outbound text to each number, kept up to date from the fake's records. */
export function providerArrivals(fake: FakeTwilio) {
  const first = new Map<string, number>();
  const counts = new Map<string, number>();
  let seen = 0;
  const refresh = () => {
    for (; seen < fake.messages.length; seen += 1) {
      const message = fake.messages[seen];
      if (message?.direction !== 'outbound-api') continue;
      counts.set(message.to, (counts.get(message.to) ?? 0) + 1);
      if (!first.has(message.to)) first.set(message.to, message.receivedAt);
    }
  };
  return {
    firstAt(phone: string) {
      refresh();
      return first.get(phone);
    },
    count(phone: string) {
      refresh();
      return counts.get(phone) ?? 0;
    },
  };
}

export interface Totals {
  ok: number;
  failed: number;
  elapsedMs: number;
  errors: Record<string, number>;
}

export function emptyTotals(): Totals {
  return { ok: 0, failed: 0, elapsedMs: 0, errors: {} };
}

export function addTo(totals: Totals, run: Totals): void {
  totals.ok += run.ok;
  totals.failed += run.failed;
  totals.elapsedMs += run.elapsedMs;
  for (const [key, count] of Object.entries(run.errors))
    totals.errors[key] = (totals.errors[key] ?? 0) + count;
}
