/**
 * The job claim's cost against one workspace's backlog: a workspace at its running limit with 0, 1,000,
 * 10,000 and 100,000 due jobs waiting, ten other workspaces with one due job each. Each claim (the worker's:
 * `perWorkspace` 12, a batch of 16) takes the ten others' jobs and none of the limited workspace's; the jobs are
 * put back before the next claim, outside the timing. SQLite, a fresh database per size.
 *
 *   npx tsx bench/claim-backlog.ts                      # writes bench/results/claim-backlog.json
 *   BENCH_CLAIM_SIZES=0,1000 BENCH_CLAIMS=50 npx tsx bench/claim-backlog.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { claimJobs } from '../src/jobs/jobs.repository.js';
import { jobRow } from '../test/helpers/jobs.js';

const SIZES = (process.env.BENCH_CLAIM_SIZES ?? '0,1000,10000,100000').split(',').map(Number);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 200);
const PER_WORKSPACE = 12;
const BATCH = 16;
const OTHERS = 10;
const START = Date.parse('2026-05-04T12:00:00.000Z');
const NOW = new Date(START + 86_400_000);

const job = (workspaceId: string, at: number, running: boolean) =>
  jobRow({
    name: 'bench.claim',
    workspaceId,
    at,
    ...(running ? { leasedUntil: NOW.getTime() + 3_600_000 } : {}),
  });

async function measure(waiting: number) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claim-backlog-'));
  const database = openDatabase({ dataDir });
  try {
    const { db } = database;
    await migrateToLatest(db);
    const rows = [
      ...Array.from({ length: PER_WORKSPACE }, (_, k) => job('ws-full', START - 10_000 + k, true)),
      ...Array.from({ length: waiting }, (_, k) => job('ws-full', START + k, false)),
      ...Array.from({ length: OTHERS }, (_, k) => job(`ws-other-${k}`, START + waiting + k, false)),
    ];
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto('jobs')
        .values(rows.slice(i, i + 500))
        .execute();
    const times: number[] = [];
    for (let i = 0; i < CLAIMS + 10; i += 1) {
      const began = performance.now();
      const claimed = await claimJobs(db, {
        workerId: 'bench',
        now: NOW,
        leaseMs: 60_000,
        limit: BATCH,
        perWorkspace: PER_WORKSPACE,
      });
      const ms = performance.now() - began;
      if (claimed.length !== OTHERS || claimed.some((j) => j.workspaceId === 'ws-full'))
        throw new Error(`claim took ${claimed.length} jobs, expected the ${OTHERS} other workspaces' jobs`);
      if (i >= 10) times.push(ms);
      await db
        .updateTable('jobs')
        .set({ status: 'ready', lockedBy: null, lockedUntil: null, attempts: 0 })
        .where(
          'id',
          'in',
          claimed.map((j) => j.id),
        )
        .execute();
    }
    times.sort((a, b) => a - b);
    const at = (q: number) =>
      Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(3));
    return { waiting, claims: times.length, p50_ms: at(0.5), p95_ms: at(0.95) };
  } finally {
    await database.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = [];
for (const size of SIZES) {
  const result = await measure(size);
  console.log(JSON.stringify(result));
  results.push(result);
}
const out = {
  dialect: 'sqlite',
  per_workspace: PER_WORKSPACE,
  batch: BATCH,
  other_workspaces: OTHERS,
  load_average_at_start: os.loadavg().map((n) => Number(n.toFixed(2))),
  results,
  ratio_100k_to_empty:
    results.length > 1
      ? Number(((results.at(-1)?.p50_ms ?? 0) / (results[0]?.p50_ms || 1)).toFixed(2))
      : null,
};
mkdirSync(path.join('bench', 'results'), { recursive: true });
writeFileSync(path.join('bench', 'results', 'claim-backlog.json'), `${JSON.stringify(out, null, 2)}\n`);
