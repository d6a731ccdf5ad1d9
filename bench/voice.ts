import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { signTwilioRequest } from '../src/messaging/twilio-signature.js';
import { FakeConversationRelay } from '../test/fakes/twilio/conversation-relay.js';
import {
  configureWorkspace,
  createWorkspace,
  ROOT,
  type ServiceEnv,
  startService,
} from '../test/helpers/service-process.js';
import { latencySummary, sleep, takePhones, validUsPhones } from './load.js';

/**
 * Phone calls under load: 50 calls at once through `/webhooks/twilio/voice` and the relay socket of a real
 * service (`closing-cloud start` in its own process, SQLite, the built-in engine), each caller qualifying
 * as a buyer one answer at a time. Measured from this process, as Twilio would see it: the caller's last
 * word (a `prompt` with `last: true` sent) → our first `text` token back, and the voice webhook → its TwiML.
 * The calls ring over the first five seconds, then all 50 are on the line together; callers pause
 * between answers as people do while the assistant's answer is spoken (0.5–2 s).
 * Then the same with a model behind the engine (a local OpenAI-compatible server that waits 300 ms
 * before it answers): the first token is the acknowledgement, said before the model is asked.
 */

const CALLS = Number(process.env.BENCH_VOICE_CALLS ?? 50);
const LINES = [
  "Hi, I'm looking to buy a house",
  'around four hundred fifty thousand',
  'in about eight months',
  "yes, I'm pre-approved",
  'South Austin',
  'three bedrooms',
  'two baths',
] as const;
const MODEL_DELAY_MS = 300;
/** Set to a directory to have the service write a CPU profile of each phase there (see cpu-profile.mjs). */
const PROFILE_DIR = process.env.BENCH_VOICE_PROFILE_DIR;
const PROFILED: ServiceEnv = PROFILE_DIR
  ? {
      NODE_OPTIONS: `--import ${path.join(import.meta.dirname, 'cpu-profile.mjs')}`,
      CPU_PROFILE_DIR: PROFILE_DIR,
    }
  : {};
/** The calls start ringing over this long (ten a second), then all of them are on the line together. */
const RING_SPREAD_MS = Number(process.env.BENCH_VOICE_RING_SPREAD_MS ?? 5_000);
const ACCOUNT_SID = `AC${'b0'.repeat(16)}`;
const AUTH_TOKEN = 'bench-auth-token-0123456789abcdef';
const PUBLIC_URL = 'https://voice.bench.example';
const OUR_NUMBER = '+15125550100';

const WARM_UP_SID = `CA${'f'.repeat(32)}`;

const summary = latencySummary;

/** An OpenAI-compatible chat server that waits before every answer, as a remote model does. */
async function slowModel(delayMs: number): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            id: 'chatcmpl-bench',
            object: 'chat.completion',
            created: Math.floor(Date.now() / 1000),
            model: 'bench-slow',
            choices: [{ index: 0, message: { role: 'assistant', content: '{}' }, finish_reason: 'stop' }],
            usage: { prompt_tokens: 50, completion_tokens: 2, total_tokens: 52 },
          }),
        );
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1`, server };
}

interface Phase {
  firstTokenMs: number[];
  /** The same turns as the service timed them: the frame read off its socket → its first token written. */
  serviceFirstTokenMs: number[];
  twimlMs: number[];
  failures: string[];
}

async function runPhase(props: {
  label: string;
  env: ServiceEnv;
  phones: string[];
  warmUpPhone: string;
}): Promise<Phase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `cc-bench-voice-${props.label}-`));
  const env: ServiceEnv = {
    ...props.env,
    DATA_DIR: dataDir,
    PUBLIC_URL,
    SMS_PROVIDER: 'twilio',
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    // Nothing is texted on a call; a send would fail fast rather than leave the machine.
    TWILIO_API_BASE_URL: 'http://127.0.0.1:9',
    APP_SECRET: 'bench-app-secret-bench-app-secret-0123456789',
  };
  const { workspaceId } = await retried(() => createWorkspace(env, `Voice bench ${props.label}`));
  await configureWorkspace({ dataDir, workspaceId, twilioNumber: OUR_NUMBER });
  // A machine busy with other work can take most of a minute to start a process from the sources.
  const service = await startService({ ...env, ...PROFILED }, 120_000);
  const phase: Phase = { firstTokenMs: [], serviceFirstTokenMs: [], twimlMs: [], failures: [] };
  try {
    const call = async (phone: string, n: number, measured = true) => {
      const callSid = n < 0 ? WARM_UP_SID : `CA${String(n).padStart(32, '0')}`;
      const params = {
        CallSid: callSid,
        AccountSid: ACCOUNT_SID,
        From: phone,
        To: OUR_NUMBER,
        CallStatus: 'ringing',
        Direction: 'inbound',
      };
      const url = `${PUBLIC_URL}/webhooks/twilio/voice`;
      const started = performance.now();
      const answered = await fetch(`${service.url}/webhooks/twilio/voice`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signTwilioRequest({ authToken: AUTH_TOKEN, url, params }),
        },
        body: new URLSearchParams(params).toString(),
      });
      const twiml = await answered.text();
      if (measured) phase.twimlMs.push(performance.now() - started);
      const relayUrl = /<ConversationRelay[^>]* url="([^"]+)"/.exec(twiml)?.[1]?.replaceAll('&amp;', '&');
      const callId = /<Parameter name="callId" value="([^"]+)"/.exec(twiml)?.[1];
      if (!relayUrl || !callId) throw new Error(`no relay in the answer (${answered.status})`);
      const local = new URL(relayUrl);
      const relay = await FakeConversationRelay.connect({
        localUrl: `${service.url.replace('http', 'ws')}${local.pathname}${local.search}`,
        signedUrl: relayUrl,
        authToken: AUTH_TOKEN,
      });
      relay.setup({ callSid, from: phone, to: OUR_NUMBER, callId });
      // The welcome greeting plays for a few seconds before the caller first speaks.
      await sleep(measured ? 1_000 + Math.random() * 1_000 : 100);
      for (const line of LINES) {
        const from = relay.frames.length;
        const sent = performance.now();
        relay.send({ type: 'prompt', voicePrompt: line, lang: 'en-US', last: true });
        const first = await relay.waitFor(
          (f) => relay.frames.indexOf(f) >= from && f.type === 'text',
          15_000,
        );
        if (!first) throw new Error('no answer');
        if (measured) phase.firstTokenMs.push(performance.now() - sent);
        await relay.answerFrom(from, 15_000);
        await sleep(measured ? 500 + Math.random() * 1_500 : 0);
      }
      relay.close();
    };
    // A started process loads its models and prepares its statements on first use: one call first, unmeasured.
    await call(props.warmUpPhone, -1, false);
    await Promise.all(
      props.phones.map((phone, n) =>
        sleep((n * RING_SPREAD_MS) / props.phones.length)
          .then(() => call(phone, n))
          .catch((error: unknown) => {
            phase.failures.push(error instanceof Error ? error.message : String(error));
          }),
      ),
    );
  } finally {
    await service.stop();
    phase.serviceFirstTokenMs = await serviceLatencies(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return phase;
}

/** A one-shot command killed by its 30-second limit on a busy machine is run again, twice at most. */
async function retried<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

/** What the service recorded on each answer (`call_turns.latency_ms`), the warm-up call's aside. */
async function serviceLatencies(dataDir: string): Promise<number[]> {
  const database = openDatabase({ dataDir });
  try {
    const rows = await database.db
      .selectFrom('callTurns')
      .innerJoin('calls', 'calls.id', 'callTurns.callId')
      .select('callTurns.latencyMs')
      .where('callTurns.speaker', '=', 'assistant')
      .where('callTurns.latencyMs', 'is not', null)
      .where('calls.providerCallSid', '!=', WARM_UP_SID)
      .execute();
    return rows.map((r) => Number(r.latencyMs));
  } finally {
    await database.destroy();
  }
}

async function main() {
  const phones = takePhones(validUsPhones(), CALLS * 2 + 2);
  console.log(`${CALLS} concurrent calls, built-in engine…`);
  const builtIn = await runPhase({
    label: 'engine',
    env: {},
    phones: phones.slice(0, CALLS),
    warmUpPhone: phones[CALLS * 2] ?? '',
  });
  const model = await slowModel(MODEL_DELAY_MS);
  console.log(`${CALLS} concurrent calls, a model that waits ${MODEL_DELAY_MS} ms…`);
  const slow = await runPhase({
    label: 'model',
    env: { LLM_PROVIDER: 'openai', LLM_MODEL: 'bench-slow', LLM_BASE_URL: model.url, LLM_API_KEY: 'bench' },
    phones: phones.slice(CALLS, CALLS * 2),
    warmUpPhone: phones[CALLS * 2 + 1] ?? '',
  });
  model.server.close();
  const results = {
    calls: CALLS,
    turnsPerCall: LINES.length,
    first_token_ms: summary(builtIn.firstTokenMs),
    slow_model_ack_ms: summary(slow.firstTokenMs),
    // Inside the service, from the frame read to the first token written: what the machine's other load
    // and the callers' own process add is the difference.
    service_first_token_ms: summary(builtIn.serviceFirstTokenMs),
    service_slow_model_ack_ms: summary(slow.serviceFirstTokenMs),
    twiml_ms: summary([...builtIn.twimlMs, ...slow.twimlMs]),
    failures: { builtIn: builtIn.failures.length, slowModel: slow.failures.length },
    failureSamples: [...new Set([...builtIn.failures, ...slow.failures])].slice(0, 5),
    setup: {
      database: 'SQLite (one file, WAL)',
      service: 'closing-cloud start in its own process; callers in this process',
      modelDelayMs: MODEL_DELAY_MS,
      ringSpreadMs: RING_SPREAD_MS,
      cpus: os.cpus().length,
      // Other work on the machine takes cores from the service: these figures are only as quiet as it was.
      loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10),
      node: process.version,
      at: new Date().toISOString(),
    },
  };
  // A trial run (fewer calls, a profile) can write elsewhere and leave the recorded figures alone.
  const file = path.resolve(ROOT, process.env.BENCH_VOICE_OUT ?? 'bench/results/voice.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}

await main();
