import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import {
  configureWorkspace,
  createWorkspace,
  type ServiceEnv,
  type ServiceProcess,
  startService,
} from '../test/helpers/service-process.js';
import { type JsonClient, jsonClient, openLoop, percentile, sleep, waitFor } from './load.js';

/**
 * The conversation turn under sustained load: a lead's text accepted (the sandbox route's 201) → the
 * assistant's reply handed to the provider (the sandbox marks it sent). Its own service on SQLite with
 * the sandbox provider and the built-in engine, so the figure is the engine's and not a model's.
 * Leads text at a fixed total rate, each waiting a few seconds between texts as people do, and every
 * text is one the assistant answers (a qualification, one question at a time).
 */

const RATE = Number(process.env.BENCH_TURN_RATE ?? 25);
const SECONDS = Number(process.env.BENCH_TURN_S ?? 20);
const LINES = ['buying', 'in about 8 months', 'yes', 'around 450k', 'South Austin', '3 bedrooms'] as const;
const REPLY_WAIT_MS = 30_000;
const POLL_MS = 100;

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Austin numbers (a state without a texting cap, so every reply goes out at once), never in 555. */
function austinPhones(count: number): string[] {
  const phones: string[] = [];
  for (let k = 0; phones.length < count; k += 1) {
    const exchange = 201 + Math.floor(k / 10_000);
    if (exchange === 555) continue;
    const e164 = `+1512${exchange}${String(k % 10_000).padStart(4, '0')}`;
    if (parsePhoneNumberFromString(e164)?.isValid()) phones.push(e164);
  }
  return phones;
}

interface Sent {
  leadId: string;
  messageId: string;
  /** Epoch ms when the 201 arrived. */
  ackAt: number;
}

/** Replies (kind `reply`) by lead, as the sandbox outbox shows them once sent. */
function replyWatcher(client: JsonClient) {
  const sentAt = new Map<string, { id: string; sentAt: number }[]>();
  const seen = new Set<string>();
  let since = new Date(Date.now() - 1000).toISOString();
  let running = true;
  const poll = async () => {
    while (running) {
      const result = await client.get(`/api/v1/sandbox/outbox?limit=200&since=${encodeURIComponent(since)}`);
      const items = (result.json?.items ?? []) as {
        id: string;
        leadId: string;
        kind: string;
        createdAt: string;
        sentAt: string | null;
      }[];
      let oldestUnsent: string | null = null;
      for (const item of items) {
        if (item.kind !== 'reply') continue;
        if (!item.sentAt) {
          oldestUnsent ??= item.createdAt;
          continue;
        }
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        const list = sentAt.get(item.leadId) ?? [];
        list.push({ id: item.id, sentAt: Date.parse(item.sentAt) });
        sentAt.set(item.leadId, list);
      }
      // Read again from the oldest reply still queued, else from the newest seen.
      const newest = items.at(-1)?.createdAt;
      const next = oldestUnsent ?? newest;
      if (next) since = new Date(Date.parse(next) - 1).toISOString();
      await sleep(POLL_MS);
    }
  };
  const loop = poll();
  return {
    /** When the first reply after `sent` (ids are time-ordered) reached the provider. */
    replyAt(sent: Sent): number | undefined {
      return sentAt.get(sent.leadId)?.find((reply) => reply.id > sent.messageId)?.sentAt;
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}

export interface TurnLatencyResult {
  turn_ms: { p50: number; p95: number; p99: number };
  turn_phase: Record<string, unknown>;
}

/** Runs the phase on a fresh service of its own; `log` reports progress. */
export async function turnLatencyPhase(
  log: (line: string) => void = (line) => process.stderr.write(`[bench] ${line}\n`),
): Promise<TurnLatencyResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-bench-turn-'));
  const env: ServiceEnv = {
    DATA_DIR: dataDir,
    SMS_PROVIDER: 'sandbox',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
  };
  let service: ServiceProcess | undefined;
  try {
    const { workspaceId, apiKey } = await createWorkspace(env, 'Bench Turns');
    // The texts of a whole run are far above the default workspace cap of 5,000 a day.
    await configureWorkspace({
      dataDir,
      workspaceId,
      twilioNumber: '+15125550100',
      messaging: { workspaceDailyCap: 1_000_000 },
    });
    service = await startService(env);
    const client = jsonClient(service.url, { apiKey });
    const text = (from: string, body: string) => client.post('/api/v1/sandbox/inbound', { from, body });

    const perLead = LINES.length;
    const total = Math.round(RATE * SECONDS);
    const leads = austinPhones(Math.ceil(total / perLead));
    log(`turns: ${leads.length} leads say hello (untimed warm-up)`);
    for (let i = 0; i < leads.length; i += 20) {
      await Promise.all(leads.slice(i, i + 20).map((phone) => text(phone, 'hi')));
    }
    await sleep(2000);

    const watcher = replyWatcher(client);
    const sent: Sent[] = [];
    const errors = new Map<string, number>();
    log(
      `turns: ${total} texts at ${RATE}/s, ${leads.length} leads, one every ${((leads.length / RATE) * 1000).toFixed(0)} ms each`,
    );
    const loop = await openLoop({
      ratePerSec: RATE,
      durationMs: SECONDS * 1000,
      task: async (i) => {
        const phone = leads[i % leads.length] as string;
        const line = LINES[Math.floor(i / leads.length) % perLead] as string;
        const result = await text(phone, line);
        if (result.status === 201 && result.json) {
          sent.push({
            leadId: String(result.json.leadId),
            messageId: String(result.json.messageId),
            ackAt: result.doneAt,
          });
        } else {
          const key = result.error ?? `http_${result.status}`;
          errors.set(key, (errors.get(key) ?? 0) + 1);
        }
      },
    });
    await waitFor(() => sent.every((s) => watcher.replyAt(s) !== undefined), REPLY_WAIT_MS, 200);
    await watcher.stop();
    client.close();

    const latencies: number[] = [];
    let missing = 0;
    for (const s of sent) {
      const at = watcher.replyAt(s);
      if (at === undefined) missing += 1;
      else latencies.push(Math.max(0, at - s.ackAt));
    }
    latencies.sort((a, b) => a - b);
    const turn_ms = {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
    };
    log(`turns: p50 ${turn_ms.p50} ms, p99 ${turn_ms.p99} ms`);
    return {
      turn_ms,
      turn_phase: {
        rate_per_s: RATE,
        seconds: SECONDS,
        leads: leads.length,
        texts: loop.sent,
        accepted: sent.length,
        rejected: Object.fromEntries(errors),
        replies_missing: missing,
        max_ms: round(latencies.at(-1) ?? Number.NaN),
        target_p99_ms_max: 50,
        met: turn_ms.p99 <= 50 && missing === 0,
        engine: 'built-in (deterministic), SQLite, sandbox provider, worker in the service process',
        measured: 'sandbox inbound 201 received → the reply marked sent by the sandbox provider (its sentAt)',
        generator_max_start_lag_ms: round(loop.maxStartLagMs),
      },
    };
  } finally {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  const result = await turnLatencyPhase();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
