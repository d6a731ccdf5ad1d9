import type { AppContext } from '../http/context.js';
import type { Logger } from '../platform/logger.js';
import { scrubString } from '../platform/logger.js';
import { backoffDelay, describeIssues, type JobRegistry } from './job-definition.js';
import { completeJob, extendLease, killJob, releaseJob, retryJob } from './jobs.repository.js';
import type { Job } from './jobs.types.js';

export type RunOutcome = 'done' | 'retry' | 'dead' | 'lost' | 'released';

export interface RunningJob {
  job: Job;
  /** Settles once the outcome is recorded (or abandoned); never rejects. */
  done: Promise<RunOutcome>;
  /** For shutdown: aborts the handler and hands the job back to the queue for another worker. */
  release(): Promise<void>;
}

export interface RunJobProps {
  ctx: AppContext;
  registry: JobRegistry;
  job: Job;
  workerId: string;
  leaseMs: number;
  log: Logger;
}

const MAX_ERROR_LENGTH = 2000;

export class JobTimeoutError extends Error {
  constructor(ms: number) {
    super(`Timed out after ${ms} ms`);
    this.name = 'JobTimeoutError';
  }
}

class InterruptedError extends Error {
  constructor(reason: 'lease lost' | 'worker shutting down') {
    super(`Interrupted: ${reason}`);
    this.name = 'AbortError';
  }
}

/** Runs one claimed job to an outcome: validates, heartbeats the lease, applies timeout, retry and backoff. */
export function runJob(props: RunJobProps): RunningJob {
  const { ctx, job, workerId, log } = props;
  const fields = { job: job.name, jobId: job.id, attempt: job.attempts };
  const controller = new AbortController();
  // 'finishing' means this run owns the final write; 'lost' and 'released' mean nothing more is written.
  let state: 'running' | 'finishing' | 'lost' | 'released' = 'running';
  let heartbeat: NodeJS.Timeout | undefined;
  let timeout: NodeJS.Timeout | undefined;

  const owned = () => ({ id: job.id, workerId, now: ctx.clock.now() });
  // Set when the handler completed the job in its own transaction (JobRun.completeIn).
  let completedByHandler = false;

  async function finish(
    outcome: 'done' | 'retry' | 'dead',
    error?: unknown,
    delayMs = 0,
  ): Promise<RunOutcome> {
    if (state === 'lost' || state === 'released') return state;
    state = 'finishing';
    const message = error === undefined ? '' : describeError(error);
    let recorded: boolean;
    if (outcome === 'done' && completedByHandler) recorded = true;
    else if (outcome === 'done') recorded = await completeJob(ctx.db, owned());
    else if (outcome === 'dead') recorded = await killJob(ctx.db, { ...owned(), error: message });
    else {
      const runAt = new Date(ctx.clock.now().getTime() + delayMs);
      recorded = await retryJob(ctx.db, { ...owned(), runAt, error: message });
    }
    if (!recorded) {
      log.warn(fields, 'job lease was lost before its outcome was recorded; another worker owns it');
      return 'lost';
    }
    if (outcome === 'done') log.info(fields, 'job done');
    else if (outcome === 'retry')
      log.warn({ ...fields, err: error, retryInMs: delayMs }, 'job failed, will retry');
    else log.error({ ...fields, err: error }, 'job is dead');
    return outcome;
  }

  function startHeartbeat(): void {
    let pending = false;
    heartbeat = setInterval(
      () => {
        if (pending || state !== 'running') return;
        pending = true;
        extendLease(ctx.db, { ...owned(), leaseMs: props.leaseMs })
          .then((kept) => {
            if (kept || state !== 'running') return;
            state = 'lost';
            log.warn(fields, 'job lease lost while running; aborting the handler');
            controller.abort(new InterruptedError('lease lost'));
          })
          .catch((error: unknown) => log.warn({ ...fields, err: error }, 'job heartbeat failed'))
          .finally(() => {
            pending = false;
          });
      },
      Math.max(10, Math.floor(props.leaseMs / 3)),
    );
  }

  async function execute(): Promise<RunOutcome> {
    if (job.attempts > job.maxAttempts) {
      return finish(
        'dead',
        new Error(
          `Gave up after ${job.maxAttempts} attempts: the last lease expired (worker died or stalled)`,
        ),
      );
    }
    const definition = props.registry.get(job.name);
    if (!definition) {
      return finish(
        'dead',
        new Error(`Unknown job name "${job.name}": no definition is registered in this worker`),
      );
    }
    const parsed = definition.payload.safeParse(job.payload);
    if (!parsed.success) {
      return finish(
        'dead',
        new Error(`Payload no longer valid for ${job.name}: ${describeIssues(parsed.error)}`),
      );
    }
    startHeartbeat();
    const timeoutMs = definition.timeoutMs;
    if (timeoutMs !== undefined) {
      timeout = setTimeout(() => controller.abort(new JobTimeoutError(timeoutMs)), timeoutMs);
    }
    let failure: { error: unknown } | undefined;
    try {
      const handled = Promise.resolve().then(() =>
        definition.handler(parsed.data, {
          ctx,
          job,
          signal: controller.signal,
          completeIn: async (trx) => {
            completedByHandler = await completeJob(trx, owned());
            return completedByHandler;
          },
        }),
      );
      await Promise.race([handled, rejectOnAbort(controller.signal)]);
    } catch (error) {
      // A completion written in a transaction that then failed was rolled back with it.
      completedByHandler = false;
      failure = { error };
    } finally {
      clearInterval(heartbeat);
      clearTimeout(timeout);
    }
    if (!failure) return finish('done');
    if (job.attempts >= job.maxAttempts) return finish('dead', failure.error);
    return finish('retry', failure.error, backoffDelay(job.attempts, definition.backoff));
  }

  const done = execute().catch((error: unknown) => {
    // The outcome could not be written (database unreachable): the lease will lapse and the job rerun.
    log.error({ ...fields, err: error }, 'could not record the job outcome');
    return 'lost' as const;
  });

  return {
    job,
    done,
    async release() {
      if (state !== 'running') {
        await done;
        return;
      }
      state = 'released';
      controller.abort(new InterruptedError('worker shutting down'));
      const released = await releaseJob(ctx.db, owned());
      log.warn({ ...fields, released }, 'job released at shutdown');
    },
  };
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return scrubString(text).slice(0, MAX_ERROR_LENGTH);
}
