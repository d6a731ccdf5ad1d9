import os from 'node:os';
import type { AppContext } from '../http/context.js';
import { randomToken } from '../platform/crypto.js';
import { createJobRegistry, type JobDefinition } from './job-definition.js';
import { assertUniqueSchedules, enqueueDueOccurrences, type RecurringJob } from './jobs.cron.js';
import { withMaintenance } from './jobs.maintenance.js';
import { claimJobs } from './jobs.repository.js';
import { type RunningJob, type RunOutcome, runJob } from './jobs.runner.js';
import { onEnqueue } from './jobs.service.js';

export interface WorkerOptions {
  ctx: AppContext;
  definitions: readonly JobDefinition[];
  recurring?: readonly RecurringJob[];
  concurrency: number;
  /** The most jobs of one workspace running at once across workers; the config's by default. */
  perWorkspace?: number;
  pollMs: number;
  leaseMs: number;
  workerId?: string;
  /** Adds the built-in `jobs.prune` job and its hourly schedule; on by default. */
  maintenance?: boolean;
}

export interface Worker {
  readonly id: string;
  /** Jobs being run right now. */
  readonly running: number;
  /** Polls, claims and runs until stopped. */
  start(): void;
  /**
   * One tick without the loop (tests, manual clocks): enqueue due cron occurrences, claim up to
   * `concurrency` jobs, run them and wait for their outcomes.
   */
  runOnce(): Promise<RunOutcome[]>;
  /**
   * Stops claiming, waits up to `graceMs` for running jobs, then aborts the rest and hands them back
   * to the queue so another worker picks them up at once instead of after their lease.
   */
  stop(graceMs?: number): Promise<void>;
}

/** A missed wake-up (the enqueue's transaction had not committed yet) is retried this soon. */
const RECHECK_MS = 50;

export function createWorker(options: WorkerOptions): Worker {
  const { ctx, concurrency, pollMs, leaseMs } = options;
  const perWorkspace = options.perWorkspace ?? ctx.config.worker.perWorkspace;
  const id = options.workerId ?? `${os.hostname()}:${process.pid}:${randomToken(4)}`;
  const maintenance = options.maintenance ?? true;
  const { definitions, schedules } = withMaintenance(
    options.definitions,
    options.recurring ?? [],
    maintenance,
  );
  const registry = createJobRegistry(definitions);
  assertUniqueSchedules(schedules);
  const log = ctx.logger.child({ category: 'jobs', workerId: id });
  const seenOccurrences = new Map<string, number>();
  const inFlight = new Map<string, RunningJob>();

  let stopping = false;
  let loop: Promise<void> | undefined;
  let unsubscribe: (() => void) | undefined;
  let backlog = false;
  let recheckSoon = false;
  let woken = false;
  let wakeUp: (() => void) | undefined;

  function wake(): void {
    woken = true;
    wakeUp?.();
  }

  function nap(ms: number): Promise<void> {
    if (woken) {
      woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      wakeUp = done;
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        woken = false;
        resolve();
      }
    });
  }

  async function claimAndStart(): Promise<RunningJob[]> {
    try {
      await enqueueDueOccurrences(ctx.db, schedules, ctx.clock, seenOccurrences);
    } catch (error) {
      log.error({ err: error }, 'could not enqueue recurring jobs');
    }
    const free = concurrency - inFlight.size;
    if (free <= 0 || stopping) return [];
    const now = ctx.clock.now();
    const jobs = await claimJobs(ctx.db, { workerId: id, now, leaseMs, limit: free, perWorkspace });
    // A claim short of a workspace at its limit may leave more due: a freed slot claims again at once.
    backlog = jobs.length > 0;
    return jobs.map((job) => {
      const running = runJob({ ctx, registry, job, workerId: id, leaseMs, log });
      inFlight.set(job.id, running);
      void running.done.then(() => {
        inFlight.delete(job.id);
        // A full claim suggests more are due: take the freed slot now rather than at the next poll.
        if (backlog) wake();
      });
      return running;
    });
  }

  async function run(): Promise<void> {
    while (!stopping) {
      let claimed = 0;
      try {
        claimed = (await claimAndStart()).length;
      } catch (error) {
        log.error({ err: error }, 'job worker tick failed');
      }
      if (stopping) break;
      const wait = claimed === 0 && recheckSoon ? Math.min(pollMs, RECHECK_MS) : pollMs;
      recheckSoon = false;
      await nap(wait);
    }
  }

  return {
    id,
    get running() {
      return inFlight.size;
    },
    start() {
      if (loop) return;
      unsubscribe = onEnqueue(() => {
        recheckSoon = true;
        wake();
      });
      log.info({ concurrency, pollMs, leaseMs }, 'job worker started');
      loop = run();
    },
    async runOnce() {
      const started = await claimAndStart();
      return Promise.all(started.map((running) => running.done));
    },
    async stop(graceMs = 10_000) {
      stopping = true;
      unsubscribe?.();
      wake();
      await loop;
      if (inFlight.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, graceMs);
        });
        await Promise.race([Promise.all([...inFlight.values()].map((running) => running.done)), grace]);
        clearTimeout(timer);
        await Promise.all([...inFlight.values()].map((running) => running.release()));
      }
      log.info('job worker stopped');
    },
  };
}

export function startWorker(options: WorkerOptions): Worker {
  const worker = createWorker(options);
  worker.start();
  return worker;
}
