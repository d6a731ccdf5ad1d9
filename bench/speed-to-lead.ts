import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type FakeTwilio, startFakeTwilio } from '../test/fakes/twilio/fake-twilio.js';
import {
  configureWorkspace,
  createWorkspace,
  ROOT,
  type ServiceEnv,
  type ServiceProcess,
  startService,
} from '../test/helpers/service-process.js';
import { type BaselineServer, startBaselineServer } from './baseline-server.js';
import {
  addTo,
  closedLoop,
  emptyTotals,
  jsonClient,
  leadBody,
  openLoop,
  percentile,
  providerArrivals,
  sleep,
  takePhones,
  validUsPhones,
  waitFor,
  wallClockMs,
} from './load.js';
import { turnLatencyPhase } from './turn-latency.js';

/**
 * `npm run bench`: speed to lead on SQLite with Twilio reached through the real SDK at a local fake.
 * (a) 100 leads/s for 20 s, open loop: lead accepted (201 received) → the fake Twilio receiving its first text.
 * (b) 32 clients posting leads back to back: accepted leads per second.
 * (c) bare Fastify + better-sqlite3, one insert per request, under the same 32 clients; (b) and (c) take
 *     turns in two slices each, so other load on the machine weighs on both alike.
 * Writes bench/results/speed-to-lead.json. Durations can be shortened with BENCH_* variables for a quick look.
 */

const RATE = Number(process.env.BENCH_RATE ?? 100);
const OPEN_MS = Number(process.env.BENCH_OPEN_S ?? 20) * 1000;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const CLOSED_MS = Number(process.env.BENCH_CLOSED_S ?? 10) * 1000;
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';
const ROUNDS = 2;
const WARMUP_MS = 3000;
const SEND_WAIT_MS = 30_000;

const ACCOUNT_SID = `AC${'b'.repeat(32)}`;
const AUTH_TOKEN = 'bench-auth-token';
const FROM = '+15125550100';
const RESULTS = path.join(ROOT, 'bench/results/speed-to-lead.json');

const phones = validUsPhones();
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const round = (ms: number) => Math.round(ms * 10) / 10;

async function latencyPhase(service: ServiceProcess, apiKey: string, fake: FakeTwilio) {
  const client = jsonClient(service.url, { apiKey });
  const arrivals = providerArrivals(fake);
  const batch = takePhones(phones, Math.round((OPEN_MS / 1000) * RATE));
  const acked: { phone: string; ackAt: number; firstResponse: unknown }[] = [];
  const errors = new Map<string, number>();
  const ackMs: number[] = [];
  log(`(a) ${batch.length} leads at ${RATE}/s`);
  const loop = await openLoop({
    ratePerSec: RATE,
    durationMs: OPEN_MS,
    task: async (i) => {
      const phone = batch[i] as string;
      const result = await client.post('/api/v1/leads', leadBody(phone, i));
      if (result.status === 201) {
        acked.push({ phone, ackAt: result.doneAt, firstResponse: result.json?.firstResponse });
        ackMs.push(result.doneAt - result.sentAt);
      } else {
        const key = result.error ?? `http_${result.status}`;
        errors.set(key, (errors.get(key) ?? 0) + 1);
      }
    },
  });
  await waitFor(() => acked.every((lead) => arrivals.firstAt(lead.phone) !== undefined), SEND_WAIT_MS);
  client.close();

  const latencies: number[] = [];
  const missing: string[] = [];
  const worstPerSecond = new Array<number>(Math.ceil(OPEN_MS / 1000)).fill(0);
  const t0 = Math.min(...acked.map((lead) => lead.ackAt));
  let duplicates = 0;
  for (const lead of acked) {
    const at = arrivals.firstAt(lead.phone);
    if (at === undefined) missing.push(lead.phone);
    else {
      latencies.push(at - lead.ackAt);
      const second = Math.min(worstPerSecond.length - 1, Math.floor((lead.ackAt - t0) / 1000));
      worstPerSecond[second] = Math.max(worstPerSecond[second] ?? 0, Math.round(at - lead.ackAt));
    }
    duplicates += Math.max(0, arrivals.count(lead.phone) - 1);
  }
  latencies.sort((a, b) => a - b);
  ackMs.sort((a, b) => a - b);
  const notQueued = acked.filter((lead) => lead.firstResponse !== 'queued').length;
  return {
    lead_to_provider_ms: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
    },
    context: {
      posted: loop.sent,
      accepted: acked.length,
      rejected: Object.fromEntries(errors),
      first_response_not_queued: notQueued,
      texts_missing: missing.length,
      missing_sample: missing.slice(0, 10),
      duplicate_texts: duplicates,
      max_ms: round(latencies.at(-1) ?? Number.NaN),
      min_ms: round(latencies[0] ?? Number.NaN),
      post_to_201_ms: {
        p50: round(percentile(ackMs, 50)),
        p99: round(percentile(ackMs, 99)),
      },
      generator_max_start_lag_ms: round(loop.maxStartLagMs),
      worst_ms_by_second: worstPerSecond,
    },
  };
}

/** Closed loop against `url`; each lead gets the next phone of `pool` (wrapping, which only the baseline reaches). */
async function throughput(props: {
  url: string;
  apiKey?: string;
  label: string;
  clients: number;
  durationMs: number;
  pool: string[];
}) {
  const client = jsonClient(props.url, props.apiKey ? { apiKey: props.apiKey } : {});
  const errors = new Map<string, number>();
  log(`${props.label}: ${props.clients} clients for ${props.durationMs / 1000} s`);
  const result = await closedLoop({
    clients: props.clients,
    durationMs: props.durationMs,
    task: async (n) => {
      const phone = props.pool[n % props.pool.length] as string;
      const posted = await client.post('/api/v1/leads', leadBody(phone, n));
      if (posted.status === 201) return true;
      const key = posted.error ?? `http_${posted.status}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
      return false;
    },
  });
  client.close();
  const used = props.pool.slice(0, Math.min(props.pool.length, result.ok + result.failed));
  return { ...result, errors: Object.fromEntries(errors), phones: used };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = os.loadavg()[0] ?? 0;
  if (loadBefore > os.cpus().length)
    log(
      `warning: load average ${loadBefore.toFixed(1)} on ${os.cpus().length} CPUs; other work will skew the figures`,
    );
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-bench-'));
  const fake = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, numbers: [FROM] });
  const env: ServiceEnv = {
    DATA_DIR: dataDir,
    SMS_PROVIDER: 'twilio',
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_API_BASE_URL: fake.baseUrl,
    LOG_LEVEL,
  };
  let service: ServiceProcess | undefined;
  let baseline: BaselineServer | undefined;
  try {
    const { workspaceId, apiKey } = await createWorkspace(env, 'Bench Realty');
    // 2,000 texts in (a) and more in (b): above the default workspace cap of 5,000 a day.
    await configureWorkspace({
      dataDir,
      workspaceId,
      twilioNumber: FROM,
      messaging: { workspaceDailyCap: 1_000_000 },
    });
    service = await startService(env);
    log(`service at ${service.url} (SQLite in ${dataDir}, LOG_LEVEL=${LOG_LEVEL})`);

    const probeClient = jsonClient(service.url, { apiKey });
    const probe = await probeClient.post('/api/v1/leads', leadBody(takePhones(phones, 1)[0] as string, 0));
    probeClient.close();
    if (probe.status !== 201)
      throw new Error(`POST /api/v1/leads answered ${probe.status}: ${JSON.stringify(probe.json)}`);

    // Warm-up, untimed: JIT, statement caches, connections; then let its texts go out.
    const arrivals = providerArrivals(fake);
    const warm = await throughput({
      url: service.url,
      apiKey,
      label: 'warm-up',
      clients: 8,
      durationMs: WARMUP_MS,
      pool: takePhones(phones, 5000),
    });
    await waitFor(() => warm.phones.every((phone) => arrivals.firstAt(phone) !== undefined), SEND_WAIT_MS);
    const ingestPool = takePhones(phones, 40_000);
    await sleep(500);

    const latency = await latencyPhase(service, apiKey, fake);
    log(`(a) p50 ${latency.lead_to_provider_ms.p50} ms, p99 ${latency.lead_to_provider_ms.p99} ms`);
    await sleep(1000);

    // (b) and (c) take turns in slices, so a change in what else the machine is doing hits both alike.
    baseline = await startBaselineServer();
    const ingest = emptyTotals();
    const floor = emptyTotals();
    let used = 0;
    let sentDuring = 0;
    let drainMs = 0;
    let drained = true;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const slice = await throughput({
        url: service.url,
        apiKey,
        label: `(b) service ${round}/${ROUNDS}`,
        clients: CLIENTS,
        durationMs: CLOSED_MS / ROUNDS,
        pool: ingestPool.slice(used),
      });
      used += slice.ok + slice.failed;
      if (used >= ingestPool.length) throw new Error('(b) outran its phone pool');
      addTo(ingest, slice);
      sentDuring += slice.phones.filter((phone) => arrivals.firstAt(phone) !== undefined).length;
      // Let the texts of this slice go out before the baseline's turn.
      const drainStart = wallClockMs();
      const gone = await waitFor(
        () => slice.phones.every((phone) => arrivals.firstAt(phone) !== undefined),
        SEND_WAIT_MS,
        100,
      );
      drained &&= gone;
      drainMs += wallClockMs() - drainStart;
      addTo(
        floor,
        await throughput({
          url: baseline.url,
          label: `(c) baseline ${round}/${ROUNDS}`,
          clients: CLIENTS,
          durationMs: CLOSED_MS / ROUNDS,
          pool: ingestPool,
        }),
      );
    }
    const ingestRate = ingest.ok / (ingest.elapsedMs / 1000);
    const baselineRate = floor.ok / (floor.elapsedMs / 1000);
    log(`(b) ${ingestRate.toFixed(0)} leads/s, (c) ${baselineRate.toFixed(0)} inserts/s`);
    await service.stop();
    service = undefined;
    await baseline.stop();
    baseline = undefined;

    // (d) inbound text accepted → the assistant's reply handed to the provider, on a service of its own.
    const turns = await turnLatencyPhase(log);
    log(`(d) turn p50 ${turns.turn_ms.p50} ms, p99 ${turns.turn_ms.p99} ms`);

    const ingestPerS = Math.round(ingestRate);
    const baselinePerS = Math.round(baselineRate);
    const results = {
      lead_to_provider_ms: latency.lead_to_provider_ms,
      ingest_per_s: ingestPerS,
      baseline_per_s: baselinePerS,
      ratio: Math.round((ingestRate / baselineRate) * 1000) / 1000,
      turn_ms: turns.turn_ms,
      targets: {
        p99_ms_max: 250,
        ratio_min: 0.5,
        turn_p99_ms_max: 50,
        met:
          latency.lead_to_provider_ms.p99 <= 250 &&
          ingestRate / baselineRate >= 0.5 &&
          turns.turn_ms.p99 <= 50,
      },
      turn_phase: turns.turn_phase,
      latency_phase: { rate_per_s: RATE, seconds: OPEN_MS / 1000, ...latency.context },
      ingest_phase: {
        clients: CLIENTS,
        slices: ROUNDS,
        seconds: round(ingest.elapsedMs / 1000),
        accepted: ingest.ok,
        failed: ingest.failed,
        errors: ingest.errors,
        texts_sent_during_phase: sentDuring,
        texts_backlog_drained: drained,
        texts_backlog_drain_s: round(drainMs / 1000),
      },
      baseline_phase: {
        clients: CLIENTS,
        slices: ROUNDS,
        seconds: round(floor.elapsedMs / 1000),
        accepted: floor.ok,
        failed: floor.failed,
        errors: floor.errors,
      },
      setup: {
        database: 'sqlite (WAL)',
        sms: 'twilio SDK → local fake Twilio REST API',
        log_level: LOG_LEVEL,
        worker: 'in the service process; WORKER_POLL_MS and WORKER_CONCURRENCY at their defaults',
        node: process.version,
        cpus: os.cpus().length,
        // Other work on the machine skews every figure: the 1-minute load average before and after the run.
        load_average: [round(loadBefore), round(os.loadavg()[0] ?? 0)],
        at: new Date().toISOString(),
        bench_seconds: Math.round((Date.now() - started) / 1000),
      },
    };
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } finally {
    if (service) await service.stop(5000);
    await baseline?.stop();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
