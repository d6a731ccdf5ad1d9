import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ScriptedOpenAi, startScriptedOpenAi } from '../test/fakes/openai/scripted-openai.js';
import {
  configureWorkspace,
  createWorkspace,
  ROOT,
  type ServiceEnv,
  type ServiceProcess,
  startService,
} from '../test/helpers/service-process.js';
import { jsonClient, percentile, sleep, waitFor, wallClockMs } from './load.js';

/**
 * `npm run bench:assist`: a dead language model (a local OpenAI-compatible server that never answers)
 * and a burst of lead texts queued at once; meanwhile brand-new leads text in, one after another, and
 * each first response is timed from the 201 to the sandbox provider marking it sent. The same run with
 * no model configured is the baseline. Writes bench/results/assist.json.
 */

const QUEUED = Number(process.env.BENCH_ASSIST_QUEUED ?? 20);
const NEW_LEADS = Number(process.env.BENCH_ASSIST_NEW ?? 8);
const WAIT_MS = Number(process.env.BENCH_ASSIST_WAIT_MS ?? 120_000);
const RESULTS = path.join(ROOT, 'bench/results/assist.json');

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const round = (ms: number) => Math.round(ms * 10) / 10;

let phoneCounter = 0;
const nextPhone = () => {
  phoneCounter += 1;
  return `+1512201${String(phoneCounter).padStart(4, '0')}`;
};

interface OutboxItem {
  leadId: string;
  kind: string;
  sentAt: string | null;
}

async function scenario(label: string, model: ScriptedOpenAi | null) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-bench-assist-'));
  const env: ServiceEnv = {
    DATA_DIR: dataDir,
    SMS_PROVIDER: 'sandbox',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    ...(model ? { LLM_PROVIDER: 'openai', LLM_BASE_URL: model.url, LLM_MODEL: 'dead-model' } : {}),
  };
  let service: ServiceProcess | undefined;
  try {
    // A loaded machine can take half a minute to start the command from the sources.
    const { workspaceId, apiKey } = await createWorkspace(env, `Bench Assist ${label}`, 120_000);
    await configureWorkspace({
      dataDir,
      workspaceId,
      twilioNumber: '+15125550100',
      messaging: { workspaceDailyCap: 1_000_000 },
    });
    service = await startService(env);
    const client = jsonClient(service.url, { apiKey, timeoutMs: 60_000 });
    const text = (from: string, body: string) => client.post('/api/v1/sandbox/inbound', { from, body });
    const outbox = async (): Promise<OutboxItem[]> => {
      const result = await client.get('/api/v1/sandbox/outbox?limit=200');
      return (result.json?.items ?? []) as OutboxItem[];
    };

    // Leads already in conversation (untimed): each has had its first response.
    const talking = Array.from({ length: QUEUED }, nextPhone);
    await Promise.all(talking.map((phone) => text(phone, 'hi')));
    await waitFor(async () => (await outbox()).filter((i) => i.sentAt).length >= QUEUED, WAIT_MS, 100);
    // Their "hi" turns wait on the model too (the first response answered them already): let them end, so
    // the burst's texts are turns of their own rather than folded into those.
    await sleep(4000);

    // The burst: every one of them texts at once, and each text is a turn that would ask the model.
    const burstAt = wallClockMs();
    const burst = await Promise.all(talking.map((phone) => text(phone, 'we are buying, around 450k')));
    const burstLeads = new Set(burst.map((r) => String(r.json?.leadId)));

    // Meanwhile brand-new leads text in, one every 250 ms: their first responses are what is timed.
    const fresh: { leadId: string; ackAt: number }[] = [];
    for (let i = 0; i < NEW_LEADS; i += 1) {
      const result = await text(nextPhone(), 'Hi, is the house on Elm still available?');
      fresh.push({ leadId: String(result.json?.leadId), ackAt: result.doneAt });
      await sleep(250);
    }
    const firstSent = new Map<string, number>();
    let burstDoneAt = Number.NaN;
    await waitFor(
      async () => {
        const items = await outbox();
        for (const item of items) {
          if (item.sentAt && !firstSent.has(item.leadId)) firstSent.set(item.leadId, Date.parse(item.sentAt));
        }
        const answered = items.filter(
          (i) => i.sentAt && burstLeads.has(i.leadId) && Date.parse(i.sentAt) >= burstAt,
        );
        const burstAnswered = new Set(answered.map((i) => i.leadId));
        if (burstAnswered.size >= burstLeads.size && Number.isNaN(burstDoneAt)) {
          burstDoneAt = Math.max(...answered.map((i) => Date.parse(i.sentAt as string)));
        }
        return fresh.every((f) => firstSent.has(f.leadId)) && !Number.isNaN(burstDoneAt);
      },
      WAIT_MS,
      100,
    );
    if (Number.isNaN(burstDoneAt)) log(`${label}: not every queued text was answered in ${WAIT_MS} ms`);
    client.close();
    const latencies = fresh
      .map((f) => (firstSent.get(f.leadId) ?? Number.NaN) - f.ackAt)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const result = {
      first_response_ms: {
        p50: round(percentile(latencies, 50)),
        max: round(latencies.at(-1) ?? Number.NaN),
      },
      new_leads: fresh.length,
      first_responses_missing: fresh.length - latencies.length,
      queued_texts: QUEUED,
      queued_texts_all_answered_ms: round(burstDoneAt - burstAt),
      model_requests: model?.requests.length ?? 0,
    };
    log(
      `${label}: first response p50 ${result.first_response_ms.p50} ms, max ${result.first_response_ms.max} ms`,
    );
    log(`${label}: ${QUEUED} queued texts all answered in ${result.queued_texts_all_answered_ms} ms`);
    return result;
  } finally {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const dead = await startScriptedOpenAi(() => ({ hang: true }));
  try {
    const withDeadModel = await scenario('dead model', dead);
    const withoutModel = await scenario('no model', null);
    const output = {
      measured_at: new Date().toISOString(),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}, ${os.cpus().length} cpus`,
      setup:
        'closing-cloud start on SQLite, sandbox provider, worker in the process (WORKER_CONCURRENCY default 16), assistBudgetMs default 2500; the model is a local OpenAI-compatible server that never answers',
      measured:
        'a brand-new lead texting in while the queued texts wait: sandbox inbound 201 received → its first response marked sent',
      dead_model: withDeadModel,
      no_model: withoutModel,
    };
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(output, null, 2)}\n`);
    log(`written to ${path.relative(ROOT, RESULTS)}`);
  } finally {
    await dead.close();
  }
}

await main();
