import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import {
  DESKTOP_VIEWPORT,
  type DemoWorkspace,
  newContext,
  openBrowser,
  type RunningService,
  signIn,
  startService,
} from '../test/browser/harness.js';
import { ROOT } from '../test/helpers/service-process.js';
import { percentile } from './load.js';

/**
 * `npm run bench:inbox`: the dashboard's inbox over 10,000 leads, against the same service and browser
 * on a workspace with no leads (the baseline), in one run. (a) `GET /api/v1/leads` with each inbox filter,
 * warm; (b) a cold first load of /inbox in Chromium (a fresh profile each time: no cache) until the first
 * row shows. Writes bench/results/inbox.json. Target: the first load under a second with 10,000 leads.
 */

const LEADS = Number(process.env.BENCH_INBOX_LEADS ?? 10_000);
const API_RUNS = Number(process.env.BENCH_INBOX_API_RUNS ?? 30);
const LOADS = Number(process.env.BENCH_INBOX_LOADS ?? 7);
const TARGET_MS = 1000;
const RESULTS = path.join(ROOT, 'bench/results/inbox.json');

const FILTERS: ReadonlyArray<[string, string]> = [
  ['newest first', ''],
  ['by stage', '?stage=new'],
  ['by source', '?source=portal-3'],
  ['needs a human', '?needsHuman=true'],
  ['search by name', '?q=Perf%20Lead%204321'],
  ['search by phone digits', '?q=555%200123'],
];

const log = (line: string) => process.stderr.write(`[bench:inbox] ${line}\n`);
const round = (ms: number) => Math.round(ms * 10) / 10;

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), n: sorted.length };
}

async function importLeads(service: RunningService, count: number): Promise<void> {
  for (let offset = 0; offset < count; offset += 2000) {
    const rows = Array.from({ length: Math.min(2000, count - offset) }, (_, i) => {
      const n = offset + i;
      return `Perf Lead ${n},perf-${n}@example.com,portal-${n % 7}`;
    });
    const response = await fetch(`${service.url}/api/v1/leads/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${service.demo.apiKey}`, 'content-type': 'text/csv' },
      body: ['name,email,source', ...rows].join('\n'),
    });
    if (response.status !== 200)
      throw new Error(`import answered ${response.status}: ${await response.text()}`);
  }
}

async function timeApi(url: string, apiKey: string, query: string): Promise<number[]> {
  const call = async () => {
    const started = performance.now();
    const response = await fetch(`${url}/api/v1/leads${query}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET /leads${query} answered ${response.status}`);
    return performance.now() - started;
  };
  await call();
  const samples: number[] = [];
  for (let i = 0; i < API_RUNS; i += 1) samples.push(await call());
  return samples;
}

/**
 * Signs in once, then times cold loads of /inbox until its first row (or empty state): each in a new
 * profile that carries only the session cookie, so nothing comes from the browser's cache.
 */
async function timeFirstLoads(browser: Browser, url: string, workspace: DemoWorkspace): Promise<number[]> {
  const signedIn = await newContext(browser, url);
  const page = await signedIn.newPage();
  await signIn(page, workspace.login);
  const storageState = await signedIn.storageState();
  await signedIn.close();
  const samples: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    const context = await browser.newContext({ baseURL: url, storageState, viewport: DESKTOP_VIEWPORT });
    try {
      const cold = await context.newPage();
      const started = performance.now();
      await cold.goto('/inbox');
      await cold.locator('.lead-row, .empty-state').first().waitFor();
      samples.push(performance.now() - started);
    } finally {
      await context.close();
    }
  }
  return samples;
}

async function main(): Promise<void> {
  const service = await startService();
  let browser: Browser | undefined;
  try {
    log(`importing ${LEADS} leads`);
    await importLeads(service, LEADS);
    const empty = await service.createWorkspaceOwner('Bench Empty Realty');
    browser = await openBrowser();

    const api: Record<string, { leads: ReturnType<typeof summary>; empty: ReturnType<typeof summary> }> = {};
    for (const [label, query] of FILTERS) {
      api[label] = {
        leads: summary(await timeApi(service.url, service.demo.apiKey, query)),
        empty: summary(await timeApi(service.url, empty.apiKey, query)),
      };
      log(`GET /leads ${label}: p50 ${api[label].leads.p50} ms (empty workspace ${api[label].empty.p50} ms)`);
    }
    const loads = {
      leads: summary(await timeFirstLoads(browser, service.url, service.demo)),
      empty: summary(await timeFirstLoads(browser, service.url, empty)),
    };
    log(
      `first load of /inbox: p50 ${loads.leads.p50} ms, p95 ${loads.leads.p95} ms (empty ${loads.empty.p50} ms)`,
    );

    const results = {
      leads: LEADS,
      api_ms: api,
      first_load_ms: loads,
      first_load_ratio: round(loads.leads.p50 / loads.empty.p50),
      target_ms: TARGET_MS,
      target_met: loads.leads.p95 < TARGET_MS,
    };
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await browser?.close();
    await service.stop();
  }
}

await main();
