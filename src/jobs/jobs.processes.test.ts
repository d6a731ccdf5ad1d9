import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  crashOnceJobName,
  createJobRunsTable,
  recordJobName,
} from '../../test/fixtures/jobs-process-jobs.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { findJob } from './jobs.repository.js';
import { enqueue } from './jobs.service.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = 'test/fixtures/jobs-worker-process.ts';

type WorkerEvent = { event: string; workerId: string; jobId?: string };

interface WorkerProcess {
  id: string;
  child: ChildProcessWithoutNullStreams;
  next(event: string, timeoutMs?: number): Promise<WorkerEvent>;
  exited: Promise<number | null>;
}

function spawnWorker(t: TestDatabase, id: string, env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: t.databaseUrl ?? '',
      SQLITE_FILE: t.sqliteFile ?? '',
      DATA_DIR: t.dataDir,
      WORKER_ID: id,
      ...env,
    },
  });
  const events: WorkerEvent[] = [];
  const waiting = new Set<() => void>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    events.push(JSON.parse(line) as WorkerEvent);
    for (const check of waiting) check();
  });
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[${id}] ${chunk.toString()}`));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    id,
    child,
    exited,
    next: (event, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${id}: no ${event} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        const check = () => {
          const found = events.find((e) => e.event === event);
          if (!found) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        waiting.add(check);
        check();
      }),
  };
}

describe(`two worker processes on ${testDialect()}`, () => {
  let t: TestDatabase;
  let workers: WorkerProcess[] = [];
  beforeAll(async () => {
    t = await createTestDatabase();
    await createJobRunsTable(t.db);
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    await t.db.deleteFrom('jobs').execute();
    await sql`delete from job_runs`.execute(t.db);
  });
  afterEach(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
    await Promise.all(workers.map((worker) => worker.exited));
    workers = [];
  });

  async function start(env: Record<string, string>): Promise<WorkerProcess[]> {
    workers = ['proc-a', 'proc-b'].map((id) => spawnWorker(t, id, env));
    await Promise.all(workers.map((worker) => worker.next('ready')));
    for (const worker of workers) worker.child.stdin.write('start\n');
    return workers;
  }

  it('drain 1,000 jobs between them, each run exactly once', { timeout: 60_000 }, async () => {
    const total = 1000;
    await t.db.transaction().execute(async (trx) => {
      for (let n = 0; n < total; n++)
        await enqueue(trx, { name: recordJobName, payload: { n }, maxAttempts: 3 });
    });
    const started = Date.now();
    const both = await start({ EXIT_WHEN_IDLE: '1', CONCURRENCY: '4', POLL_MS: '50', LEASE_MS: '30000' });
    expect(await Promise.all(both.map((worker) => worker.exited))).toEqual([0, 0]);
    const elapsed = Date.now() - started;

    const runs = await sql<{ workerId: string; runs: number }>`
      select worker_id, count(*) as runs from job_runs group by worker_id order by worker_id`.execute(t.db);
    const perWorker = Object.fromEntries(runs.rows.map((row) => [row.workerId, Number(row.runs)]));
    expect(Object.values(perWorker).reduce((sum, n) => sum + n, 0)).toBe(total);
    // A second run of any job would have hit job_runs' primary key, failed, and been retried.
    const jobs = await t.db.selectFrom('jobs').select(['status', 'attempts', 'lastError']).execute();
    expect(jobs).toHaveLength(total);
    expect(
      jobs.filter((job) => job.status !== 'done' || job.attempts !== 1 || job.lastError !== null),
    ).toEqual([]);
    expect(perWorker['proc-a']).toBeGreaterThan(0);
    expect(perWorker['proc-b']).toBeGreaterThan(0);
    console.info(`two processes drained ${total} jobs in ${elapsed} ms on ${testDialect()}:`, perWorker);
  });

  it('finish a job whose worker process was killed, once its lease lapses', { timeout: 30_000 }, async () => {
    const leaseMs = 1500;
    const { id } = await enqueue(t.db, { name: crashOnceJobName, payload: {} });
    const both = await start({ CONCURRENCY: '2', POLL_MS: '100', LEASE_MS: String(leaseMs) });
    const hanging = await Promise.any(both.map((worker) => worker.next('hanging')));
    expect(hanging.jobId).toBe(id);
    const victim = both.find((worker) => worker.id === hanging.workerId);
    const survivor = both.find((worker) => worker.id !== hanging.workerId);
    if (!victim || !survivor) throw new Error('unknown worker');

    // Alive and heartbeating past its lease: nobody else takes the job.
    await sleep(leaseMs + 700);
    expect(await findJob(t.db, id)).toMatchObject({ status: 'running', attempts: 1, lockedBy: victim.id });

    const killedAt = Date.now();
    victim.child.kill('SIGKILL');
    await expect
      .poll(async () => (await findJob(t.db, id))?.status, { timeout: 10_000, interval: 100 })
      .toBe('done');
    expect(Date.now() - killedAt).toBeLessThan(leaseMs * 3);
    const runs = await sql<{
      workerId: string;
      attempt: number;
    }>`select worker_id, attempt from job_runs`.execute(t.db);
    expect(runs.rows.map((row) => ({ workerId: row.workerId, attempt: Number(row.attempt) }))).toEqual([
      { workerId: survivor.id, attempt: 2 },
    ]);
    expect(await findJob(t.db, id)).toMatchObject({ attempts: 2, lockedBy: null });

    survivor.child.kill('SIGTERM');
    expect(await survivor.exited).toBe(0);
  });
});
