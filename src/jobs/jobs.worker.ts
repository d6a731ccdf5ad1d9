import os from 'node:os';
import type { AppContext } from '../http/context.js';
import { randomToken } from '../platform/crypto.js';
import { createJobRegistry, type JobDefinition } from './job-definition.js';
import { assertUniqueSchedules, enqueueDueOccurrences, type RecurringJob } from './jobs.cron.js';
import { withMaintenance } from './jobs.maintenance.js';
import { claimJobs, hasClaimableJobs } from './jobs.repository.js';
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

/**
 * A claim woken by an enqueue or a finished job waits until this long after the previous claim began, unless
 * half the worker's slots are free: under a stream of both, each wake-up would otherwise claim a job or a
 * freed slot at a time, and a claim costs far more than the job's own queue writes. What comes due or frees
 * up meanwhile is taken by one claim, and slots never wait long behind a backlog.
 */
const CLAIM_GAP_MS = 10;

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
  // When the last claim began (performance.now()), for CLAIM_GAP_MS.
  let lastClaimAt = Number.NEGATIVE_INFINITY;

  function wake(): void {
    woken = true;
    wakeUp?.();
  }

  /** Resolves true when woken, false when the time ran out. */
  function nap(ms: number): Promise<boolean> {
    if (woken) {
      woken = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(false), ms);
      wakeUp = () => done(true);
      function done(byWake: boolean) {
        clearTimeout(timer);
        wakeUp = undefined;
        woken = false;
        resolve(byWake);
      }
    });
  }

  /**
   * `probe`: ask first whether anything is claimable (a poll, when nothing woke the worker), so an idle
   * worker's tick costs a few index probes instead of a claim.
   */
  async function claimAndStart(probe = false): Promise<RunningJob[]> {
    try {
      await enqueueDueOccurrences(ctx.db, schedules, ctx.clock, seenOccurrences);
    } catch (error) {
      log.error({ err: error }, 'could not enqueue recurring jobs');
    }
    const free = concurrency - inFlight.size;
    if (free <= 0 || stopping) return [];
    const now = ctx.clock.now();
    if (probe && !(await hasClaimableJobs(ctx.db, now))) {
      backlog = false;
      return [];
    }
    lastClaimAt = performance.now();
    const jobs = await claimJobs(ctx.db, { workerId: id, now, leaseMs, limit: free, perWorkspace });
    backlog = await moreDue(jobs.length, free, now);
    return jobs.map((job) => {
      const running = runJob({ ctx, registry, job, workerId: id, leaseMs, log });
      inFlight.set(job.id, running);
      void running.done.then(() => {
        inFlight.delete(job.id);
        // More are due: take the freed slot now rather than at the next poll.
        if (backlog) wake();
      });
      return running;
    });
  }

  /**
   * Whether due jobs are left after a claim that took `taken` of `free` slots: a full claim may have left
   * some; a short one took every due job, unless a workspace at its limit held some back, which a freed slot
   * may then take. Asked only then, so a claim that emptied the queue does not make each of its jobs' ends
   * claim again for nothing.
   */
  async function moreDue(taken: number, free: number, now: Date): Promise<boolean> {
    if (taken === free) return true;
    if (taken === 0) return false;
    return hasClaimableJobs(ctx.db, now);
  }

  async function run(): Promise<void> {
    let byWake = true;
    while (!stopping) {
      let claimed = 0;
      try {
        claimed = (await claimAndStart(!byWake)).length;
      } catch (error) {
        log.error({ err: error }, 'job worker tick failed');
      }
      if (stopping) break;
      const wait = claimed === 0 && recheckSoon ? Math.min(pollMs, RECHECK_MS) : pollMs;
      recheckSoon = false;
      byWake = await nap(wait);
      if (byWake) await gather();
    }
  }

  /** Waits out CLAIM_GAP_MS while fewer than half the slots are free; finished jobs wake it to look again. */
  async function gather(): Promise<void> {
    for (;;) {
      const left = lastClaimAt + CLAIM_GAP_MS - performance.now();
      if (left <= 0 || stopping || inFlight.size <= concurrency / 2) return;
      await nap(left);
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
