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
import { startBaselineServer } from './baseline-server.js';
import {
  addTo,
  closedLoop,
  emptyTotals,
  fakeTwilioEnv,
  jsonClient,
  leadBody,
  machineFacts,
  openLoop,
  percentile,
  providerArrivals,
  sleep,
  type Totals,
  takePhones,
  validUsPhones,
  waitFor,
  wallClockMs,
} from './load.js';
import { startSameWorkServer } from './same-work-server.js';
import { countingEnv, countStatements } from './statements.js';
import { turnLatencyPhase } from './turn-latency.js';
import { seedSentTexts } from './volume.js';

/**
 * `npm run bench`: speed to lead on SQLite with Twilio reached through the real SDK at a local fake.
 * (a) RATE leads/s for 20 s, open loop: lead accepted (201 received) → the fake Twilio receiving its first text.
 * Then 32 clients posting leads back to back, in slices that take turns between:
 * - the service (intake and first text, end to end), in an empty workspace and in one with 50,000 texts today;
 * - bench/same-work-server.ts: the same rows and the same send on the same schema, lean code;
 * - the service with RUN_WORKER=false and the same-work server without sending: intake alone;
 * - bare Fastify + better-sqlite3, one insert per request.
 * Also the SQL statements per lead of the service and of the same-work server, counted inside each.
 * Writes bench/results/speed-to-lead.json. Durations can be shortened with BENCH_* variables for a quick look.
 */

const RATE = Number(process.env.BENCH_RATE ?? 200);
const OPEN_MS = Number(process.env.BENCH_OPEN_S ?? 20) * 1000;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const CLOSED_MS = Number(process.env.BENCH_CLOSED_S ?? 10) * 1000;
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';
const VOLUME_TEXTS = Number(process.env.BENCH_VOLUME_TEXTS ?? 50_000);
const SKIP_TURNS = process.env.BENCH_TURNS === 'false';
const ROUNDS = 2;
const WARMUP_MS = 3000;
const SEND_WAIT_MS = 30_000;
const STATEMENT_LEADS = 100;
const POOL_SIZE = 80_000;

const ACCOUNT_SID = `AC${'b'.repeat(32)}`;
const AUTH_TOKEN = 'bench-auth-token';
const FROM = '+15125550100';
const FROM_VOLUME = '+15125550101';
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

/** A server taking turns in the closed-loop phase; `sends` servers are measured until their texts are out. */
interface Contender {
  key: string;
  url: string;
  apiKey?: string;
  sends: boolean;
  /** Reuses phones (the bare baseline, which neither deduplicates nor texts). */
  reusesPhones?: boolean;
}

interface ContenderTotals extends Totals {
  drainMs: number;
  sentDuring: number;
  drained: boolean;
}

async function slices(contenders: Contender[], arrivals: ReturnType<typeof providerArrivals>) {
  const totals = new Map<string, ContenderTotals>(
    contenders.map((c) => [c.key, { ...emptyTotals(), drainMs: 0, sentDuring: 0, drained: true }]),
  );
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const contender of contenders) {
      const pool = contender.reusesPhones ? phonePool : phonePool.slice(poolUsed);
      const slice = await throughput({
        url: contender.url,
        ...(contender.apiKey ? { apiKey: contender.apiKey } : {}),
        label: `${contender.key} ${round}/${ROUNDS}`,
        clients: CLIENTS,
        durationMs: CLOSED_MS / ROUNDS,
        pool,
      });
      const total = totals.get(contender.key) as ContenderTotals;
      addTo(total, slice);
      if (contender.reusesPhones) continue;
      poolUsed += slice.ok + slice.failed;
      if (poolUsed >= phonePool.length) throw new Error(`${contender.key} outran the phone pool`);
      if (!contender.sends) continue;
      total.sentDuring += slice.phones.filter((phone) => arrivals.firstAt(phone) !== undefined).length;
      // The slice ends when its last text is out: intake and send, end to end.
      const drainStart = wallClockMs();
      total.drained &&= await waitFor(
        () => slice.phones.every((phone) => arrivals.firstAt(phone) !== undefined),
        SEND_WAIT_MS,
        20,
      );
      total.drainMs += wallClockMs() - drainStart;
    }
  }
  return totals;
}

const perSecond = (t: Totals) => t.ok / (t.elapsedMs / 1000);
const endToEnd = (t: ContenderTotals) => t.ok / ((t.elapsedMs + t.drainMs) / 1000);
const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;

function sliceReport(t: ContenderTotals | Totals) {
  return {
    seconds: round(t.elapsedMs / 1000),
    accepted: t.ok,
    failed: t.failed,
    errors: t.errors,
    accepted_per_s: Math.round(perSecond(t)),
    ...('drainMs' in t
      ? {
          texts_sent_during_slices: t.sentDuring,
          texts_backlog_drained: t.drained,
          texts_backlog_drain_s: round(t.drainMs / 1000),
          end_to_end_per_s: Math.round(endToEnd(t)),
        }
      : {}),
  };
}

const phonePool: string[] = [];
let poolUsed = 0;

interface Prepared {
  dataDir: string;
  workspaceId: string;
  apiKey: string;
}

async function prepareDatabase(env: ServiceEnv, name: string, number: string): Promise<Prepared> {
  const { workspaceId, apiKey } = await createWorkspace(env, name, 120_000);
  // A run sends more texts than the default workspace cap of 5,000 a day.
  await configureWorkspace({
    dataDir: env.DATA_DIR as string,
    workspaceId,
    twilioNumber: number,
    messaging: { workspaceDailyCap: 1_000_000 },
  });
  return { dataDir: env.DATA_DIR as string, workspaceId, apiKey };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = os.loadavg()[0] ?? 0;
  if (loadBefore > os.cpus().length)
    log(
      `warning: load average ${loadBefore.toFixed(1)} on ${os.cpus().length} CPUs; other work will skew the figures`,
    );
  const root = mkdtempSync(path.join(os.tmpdir(), 'cc-bench-'));
  const dir = (name: string) => {
    const full = path.join(root, name);
    mkdirSync(full, { recursive: true });
    return full;
  };
  const fake = await startFakeTwilio({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    numbers: [FROM, FROM_VOLUME],
  });
  const envFor = (dataDir: string): ServiceEnv => ({
    DATA_DIR: dataDir,
    ...fakeTwilioEnv(fake, { sid: ACCOUNT_SID, token: AUTH_TOKEN }),
    LOG_LEVEL,
    // One workspace at the process's whole capacity, as the same-work server takes it: a workspace's pace
    // of new leads (intake-pace.ts, for fairness between workspaces) would measure itself here.
    INTAKE_LEADS_PER_SECOND: '0',
  });
  const stops: (() => Promise<void>)[] = [];
  try {
    phonePool.push(...takePhones(phones, POOL_SIZE));
    const serviceEnv = envFor(dir('service'));
    const main = await prepareDatabase(serviceEnv, 'Bench Realty', FROM);
    const volume = await prepareDatabase(serviceEnv, 'Bench Volume Realty', FROM_VOLUME);
    log(`seeding ${VOLUME_TEXTS.toLocaleString('en')} texts sent today in the volume workspace`);
    await seedSentTexts({
      dataDir: main.dataDir,
      workspaceId: volume.workspaceId,
      count: VOLUME_TEXTS,
      now: new Date(),
    });
    const intakeEnv = { ...envFor(dir('intake-only')), RUN_WORKER: 'false' };
    const intakeOnly = await prepareDatabase(intakeEnv, 'Bench Intake Realty', FROM);
    const sameWorkDb = await prepareDatabase(envFor(dir('same-work')), 'Same Work Realty', FROM);
    const sameWorkIntakeDb = await prepareDatabase(envFor(dir('same-work-intake')), 'Same Work Intake', FROM);

    const countsFile = path.join(root, 'statements-service.json');
    const service = await startService({ ...serviceEnv, ...countingEnv(countsFile) }, 180_000);
    stops.push(() => service.stop(5000));
    log(`service at ${service.url} (SQLite in ${main.dataDir}, LOG_LEVEL=${LOG_LEVEL})`);
    const intakeService = await startService(intakeEnv, 180_000);
    stops.push(() => intakeService.stop(5000));
    const sameWorkCounts = path.join(root, 'statements-same-work.json');
    const sameWork = await startSameWorkServer({
      database: path.join(sameWorkDb.dataDir, 'closing-cloud.db'),
      send: true,
      twilioBaseUrl: fake.baseUrl,
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      env: countingEnv(sameWorkCounts),
    });
    stops.push(sameWork.stop);
    const sameWorkIntake = await startSameWorkServer({
      database: path.join(sameWorkIntakeDb.dataDir, 'closing-cloud.db'),
      send: false,
      twilioBaseUrl: fake.baseUrl,
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
    });
    stops.push(sameWorkIntake.stop);
    const baseline = await startBaselineServer();
    stops.push(baseline.stop);

    const probeClient = jsonClient(service.url, { apiKey: main.apiKey });
    const probe = await probeClient.post('/api/v1/leads', leadBody(takePhones(phones, 1)[0] as string, 0));
    probeClient.close();
    if (probe.status !== 201)
      throw new Error(`POST /api/v1/leads answered ${probe.status}: ${JSON.stringify(probe.json)}`);

    // Warm-up, untimed: JIT, statement caches, connections; then let its texts go out.
    const arrivals = providerArrivals(fake);
    const warmups: [string, string, boolean][] = [
      [service.url, main.apiKey, true],
      [service.url, volume.apiKey, true],
      [intakeService.url, intakeOnly.apiKey, false],
      [sameWork.url, sameWorkDb.apiKey, true],
      [sameWorkIntake.url, sameWorkIntakeDb.apiKey, false],
    ];
    for (const [url, apiKey, sends] of warmups) {
      const warm = await throughput({
        url,
        apiKey,
        label: 'warm-up',
        clients: 8,
        durationMs: WARMUP_MS,
        pool: takePhones(phones, 5000),
      });
      if (sends)
        await waitFor(
          () => warm.phones.every((phone) => arrivals.firstAt(phone) !== undefined),
          SEND_WAIT_MS,
        );
    }

    // Statements per lead, one lead at a time, each until its text is out.
    const countBatch = async (url: string, apiKey: string) => {
      const client = jsonClient(url, { apiKey });
      const batch = takePhones(phones, STATEMENT_LEADS);
      for (const [i, phone] of batch.entries()) await client.post('/api/v1/leads', leadBody(phone, i));
      await waitFor(() => batch.every((phone) => arrivals.firstAt(phone) !== undefined), SEND_WAIT_MS);
      client.close();
    };
    const statements = {
      leads: STATEMENT_LEADS,
      service: await countStatements({
        child: service.child,
        file: countsFile,
        leads: STATEMENT_LEADS,
        work: () => countBatch(service.url, main.apiKey),
      }),
      same_work: await countStatements({
        child: sameWork.child,
        file: sameWorkCounts,
        leads: STATEMENT_LEADS,
        work: () => countBatch(sameWork.url, sameWorkDb.apiKey),
      }),
    };
    log(
      `statements per lead: service ${statements.service.per_lead}, same-work ${statements.same_work.per_lead}`,
    );
    await sleep(500);

    const latency = await latencyPhase(service, main.apiKey, fake);
    log(`(a) p50 ${latency.lead_to_provider_ms.p50} ms, p99 ${latency.lead_to_provider_ms.p99} ms`);
    await sleep(1000);

    // The closed-loop contenders take turns in slices, so a change in what else the machine does hits all alike.
    const totals = await slices(
      [
        { key: 'service', url: service.url, apiKey: main.apiKey, sends: true },
        { key: 'service_volume', url: service.url, apiKey: volume.apiKey, sends: true },
        { key: 'same_work', url: sameWork.url, apiKey: sameWorkDb.apiKey, sends: true },
        { key: 'service_intake', url: intakeService.url, apiKey: intakeOnly.apiKey, sends: false },
        { key: 'same_work_intake', url: sameWorkIntake.url, apiKey: sameWorkIntakeDb.apiKey, sends: false },
        { key: 'bare_baseline', url: baseline.url, sends: false, reusesPhones: true },
      ],
      arrivals,
    );
    const get = (key: string) => totals.get(key) as ContenderTotals;
    const ingestRate = perSecond(get('service'));
    const baselineRate = perSecond(get('bare_baseline'));
    const endToEndRate = endToEnd(get('service'));
    const sameWorkRate = endToEnd(get('same_work'));
    const volumeRate = endToEnd(get('service_volume'));
    const intakeRatio = ratio(perSecond(get('service_intake')), perSecond(get('same_work_intake')));
    log(
      `service ${endToEndRate.toFixed(0)} leads/s end to end, same-work ${sameWorkRate.toFixed(0)}, ` +
        `with ${VOLUME_TEXTS} texts today ${volumeRate.toFixed(0)}; intake ratio ${intakeRatio}`,
    );
    for (const stop of stops.splice(0).reverse()) await stop();

    // (d) inbound text accepted → the assistant's reply handed to the provider, on a service of its own.
    const turns = SKIP_TURNS ? undefined : await turnLatencyPhase(log);
    if (turns) log(`(d) turn p50 ${turns.turn_ms.p50} ms, p99 ${turns.turn_ms.p99} ms`);

    const sameWorkRatio = ratio(endToEndRate, sameWorkRate);
    const volumeRatio = ratio(volumeRate, endToEndRate);
    const results = {
      lead_to_provider_ms: latency.lead_to_provider_ms,
      ingest_per_s: Math.round(ingestRate),
      baseline_per_s: Math.round(baselineRate),
      ratio: ratio(ingestRate, baselineRate),
      end_to_end_per_s: Math.round(endToEndRate),
      same_work_per_s: Math.round(sameWorkRate),
      same_work_ratio: sameWorkRatio,
      intake_same_work_ratio: intakeRatio,
      volume: { texts_today: VOLUME_TEXTS, per_s: Math.round(volumeRate), ratio_to_empty: volumeRatio },
      statements_per_lead: statements,
      turn_ms: turns?.turn_ms ?? null,
      targets: {
        p99_ms_max: 250,
        at_rate_per_s: RATE,
        same_work_ratio_min: 0.5,
        intake_same_work_ratio_min: 0.5,
        volume_ratio_to_empty_min: 0.8,
        turn_p99_ms_max: 50,
        met:
          latency.lead_to_provider_ms.p99 <= 250 &&
          sameWorkRatio >= 0.5 &&
          intakeRatio >= 0.5 &&
          volumeRatio >= 0.8 &&
          (turns === undefined || turns.turn_ms.p99 <= 50),
      },
      turn_phase: turns?.turn_phase ?? null,
      latency_phase: { rate_per_s: RATE, seconds: OPEN_MS / 1000, ...latency.context },
      slices: {
        clients: CLIENTS,
        rounds: ROUNDS,
        ...Object.fromEntries([...totals].map(([key, t]) => [key, sliceReport(t)])),
      },
      setup: {
        database: 'sqlite (WAL)',
        sms: 'twilio SDK → local fake Twilio REST API',
        log_level: LOG_LEVEL,
        worker: 'in the service process; WORKER_POLL_MS and WORKER_CONCURRENCY at their defaults',
        service_intake: 'the same service with RUN_WORKER=false',
        same_work:
          'bench/same-work-server.ts (Fastify + better-sqlite3, prepared statements, the project schema)',
        ...machineFacts({ started, loadBefore }),
      },
    };
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await fake.close();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
