import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sleep, waitFor } from './load.js';

/**
 * SQL statements per lead, counted inside a server process by bench/statement-counter.mjs (preloaded with
 * NODE_OPTIONS): a snapshot before and after a batch of leads, divided by the batch.
 */

export function countingEnv(file: string): Record<string, string> {
  const counter = pathToFileURL(path.join(import.meta.dirname, 'statement-counter.mjs')).href;
  return { BENCH_STATEMENTS_FILE: file, NODE_OPTIONS: `--import ${counter}` };
}

async function snapshot(child: ChildProcess, file: string): Promise<Record<string, number>> {
  rmSync(file, { force: true });
  child.kill('SIGUSR2');
  const read = () => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    } catch {
      return undefined;
    }
  };
  let counts: Record<string, number> | undefined;
  await waitFor(() => {
    counts = read();
    return counts !== undefined;
  }, 30_000);
  if (!counts) throw new Error('the server wrote no statement counts');
  return counts;
}

export interface StatementCount {
  per_lead: number;
  /** Without BEGIN and COMMIT. */
  per_lead_without_transactions: number;
  transactions_per_lead: number;
  /** The most frequent statements, per lead, by their first 100 characters. */
  top: Record<string, number>;
  /** Time inside SQLite (better-sqlite3's calls), per lead. */
  sql_ms_per_lead: number;
  /** The statements that took the most of it, in ms per lead. */
  slowest: Record<string, number>;
  /** The server process's CPU time (user + system) per lead, the worker's polling included. */
  cpu_ms_per_lead: number;
}

const CPU_KEY = '\u0000cpu_us';

/** The server's CPU milliseconds per lead between two snapshots. */
function cpuMsPerLead(before: Record<string, number>, after: Record<string, number>, leads: number): number {
  const micros = (after[CPU_KEY] ?? 0) - (before[CPU_KEY] ?? 0);
  return Math.round((micros / 1000 / leads) * 100) / 100;
}

/** Runs `work` (which must post `leads` leads and wait for their texts) and counts the statements it caused. */
export async function countStatements(props: {
  child: ChildProcess;
  file: string;
  leads: number;
  work: () => Promise<void>;
  /** How many of the most frequent statements to list (25). */
  top?: number;
}): Promise<StatementCount> {
  const before = await snapshot(props.child, props.file);
  await props.work();
  await sleep(300);
  const after = await snapshot(props.child, props.file);
  return countBetween(before, after, props.leads, props.top ?? 25);
}

/** The statements, SQL time and CPU between two snapshots, per lead. */
function countBetween(
  before: Record<string, number>,
  after: Record<string, number>,
  leads: number,
  top: number,
): StatementCount {
  let total = 0;
  let transactions = 0;
  const bySql: [string, number][] = [];
  const byTime: [string, number][] = [];
  let micros = 0;
  const label = (text: string) => text.replace(/\s+/g, ' ').slice(0, 100);
  for (const [text, count] of Object.entries(after)) {
    if (text === CPU_KEY) continue;
    const delta = count - (before[text] ?? 0);
    if (delta <= 0) continue;
    if (text.endsWith('\u0000us')) {
      micros += delta;
      byTime.push([label(text.slice(0, -3)), delta / 1000 / leads]);
      continue;
    }
    total += delta;
    if (/^(begin|commit|rollback)/i.test(text.trim())) {
      if (/^begin/i.test(text.trim())) transactions += delta;
      continue;
    }
    bySql.push([label(text), delta / leads]);
  }
  bySql.sort((a, b) => b[1] - a[1]);
  byTime.sort((a, b) => b[1] - a[1]);
  const perLead = (n: number) => Math.round((n / leads) * 10) / 10;
  return {
    per_lead: perLead(total),
    per_lead_without_transactions: perLead(total - 2 * transactions),
    transactions_per_lead: perLead(transactions),
    top: Object.fromEntries(bySql.slice(0, top).map(([text, n]) => [text, Math.round(n * 100) / 100])),
    sql_ms_per_lead: Math.round((micros / 1000 / leads) * 100) / 100,
    cpu_ms_per_lead: cpuMsPerLead(before, after, leads),
    slowest: Object.fromEntries(
      byTime.slice(0, 10).map(([text, ms]) => [text, Math.round(ms * 1000) / 1000]),
    ),
  };
}

/**
 * `npx tsx bench/statements.ts`: statements per lead of the service alone, quickly, with the top statements.
 * STATEMENT_LEADS (100) leads one at a time, each until its text is out, after 20 untimed ones.
 * CPU_PROFILE_DIR=<dir> also writes a CPU profile of the service (bench/cpu-profile.mjs) while
 * PROFILE_LEADS (2,000) more leads are posted by 32 clients, and prints the service's CPU time per lead under
 * that load (`loaded_cpu_ms_per_lead`).
 */
async function main(): Promise<void> {
  const { mkdtempSync } = await import('node:fs');
  const os = await import('node:os');
  const { startFakeTwilio } = await import('../test/fakes/twilio/fake-twilio.js');
  const { configureWorkspace, createWorkspace, startService } = await import(
    '../test/helpers/service-process.js'
  );
  const { jsonClient, leadBody, providerArrivals, takePhones, validUsPhones } = await import('./load.js');
  const accountSid = `AC${'c'.repeat(32)}`;
  const authToken = 'statements-auth-token';
  const from = '+15125550100';
  const leads = Number(process.env.STATEMENT_LEADS ?? 100);
  const root = mkdtempSync(path.join(os.tmpdir(), 'cc-statements-'));
  const fake = await startFakeTwilio({ accountSid, authToken, numbers: [from] });
  const env = {
    DATA_DIR: root,
    SMS_PROVIDER: 'twilio',
    TWILIO_ACCOUNT_SID: accountSid,
    TWILIO_AUTH_TOKEN: authToken,
    TWILIO_API_BASE_URL: fake.baseUrl,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
  };
  const { workspaceId, apiKey } = await createWorkspace(env, 'Statements Realty', 120_000);
  await configureWorkspace({
    dataDir: root,
    workspaceId,
    twilioNumber: from,
    messaging: { workspaceDailyCap: 1_000_000 },
  });
  const file = path.join(root, 'statements.json');
  const profileDir = process.env.CPU_PROFILE_DIR;
  const counting = countingEnv(file);
  if (process.env.STATEMENT_TRACE) counting.STATEMENT_TRACE = process.env.STATEMENT_TRACE;
  if (profileDir) {
    const profiler = pathToFileURL(path.join(import.meta.dirname, 'cpu-profile.mjs')).href;
    counting.NODE_OPTIONS = `${counting.NODE_OPTIONS} --import ${profiler}`;
  }
  const service = await startService(
    { ...env, ...counting, ...(profileDir ? { CPU_PROFILE_DIR: profileDir } : {}) },
    180_000,
  );
  const phones = validUsPhones();
  const arrivals = providerArrivals(fake);
  const client = jsonClient(service.url, { apiKey });
  const postAll = async (batch: string[]) => {
    for (const [i, phone] of batch.entries()) {
      const posted = await client.post('/api/v1/leads', leadBody(phone, i));
      if (posted.status !== 201) throw new Error(`POST /api/v1/leads answered ${posted.status}`);
    }
    await waitFor(() => batch.every((phone) => arrivals.firstAt(phone) !== undefined), 30_000);
  };
  try {
    await postAll(takePhones(phones, 20));
    const counted = await countStatements({
      child: service.child,
      file,
      leads,
      work: () => postAll(takePhones(phones, leads)),
      top: 200,
    });
    process.stdout.write(`${JSON.stringify(counted, null, 2)}\n`);
    if (profileDir) {
      const batch = takePhones(phones, Number(process.env.PROFILE_LEADS ?? 2000));
      const before = await snapshot(service.child, file);
      const started = performance.now();
      let next = 0;
      let failed = 0;
      const worker = async () => {
        for (let n = next++; n < batch.length; n = next++) {
          const posted = await client.post('/api/v1/leads', leadBody(batch[n] as string, n));
          if (posted.status !== 201) failed += 1;
        }
      };
      await Promise.all(Array.from({ length: 32 }, worker));
      await waitFor(() => batch.every((phone) => arrivals.firstAt(phone) !== undefined), 60_000);
      const seconds = (performance.now() - started) / 1000;
      const after = await snapshot(service.child, file);
      const loaded = countBetween(before, after, batch.length, 12);
      const summary = {
        loaded_cpu_ms_per_lead: loaded.cpu_ms_per_lead,
        loaded_leads_per_s: Math.round(batch.length / seconds),
        loaded_statements_per_lead: loaded.per_lead,
        loaded_sql_ms_per_lead: loaded.sql_ms_per_lead,
        loaded_top: loaded.top,
        loaded_slowest: loaded.slowest,
      };
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      process.stderr.write(`profiled ${batch.length} leads (${failed} failed); profile in ${profileDir}\n`);
    }
  } finally {
    client.close();
    await service.stop(10_000);
    // The stacks bench/statement-counter.mjs printed for STATEMENT_TRACE (the last 64 KiB of the output).
    if (process.env.STATEMENT_TRACE) process.stderr.write(service.output());
    await fake.close();
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) await main();
