import type { z } from 'zod';
import type { Trx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import type { Job, JobOptions, NewJob } from './jobs.types.js';

export interface Backoff {
  /** Delay before the second attempt; each later one doubles it. */
  baseMs: number;
  maxMs: number;
}

export interface JobRun {
  ctx: AppContext;
  job: Job;
  /** Aborted on timeout, on shutdown once the grace period is over, and when the lease is lost. */
  signal: AbortSignal;
  /**
   * Marks the job done inside the handler's own transaction, so its outcome and the job commit together and
   * the runner writes nothing more. It must be that transaction's last write (nothing after it may fail and be
   * caught); false when the lease was lost, and the runner then records the outcome as usual.
   */
  completeIn(trx: Trx): Promise<boolean>;
}

export interface JobDefinition<P = unknown, I = P> {
  readonly name: string;
  readonly payload: z.ZodType<P, I>;
  readonly maxAttempts: number;
  readonly backoff: Backoff;
  readonly timeoutMs: number | undefined;
  handler(payload: P, run: JobRun): Promise<void>;
  /** Validates the payload (throws JobPayloadError) and builds what `enqueue` stores. */
  job(payload: I, options?: JobOptions): NewJob;
}

export interface JobSpec<S extends z.ZodType> {
  name: string;
  /** Payloads are stored as JSON: ids and `workspaceId`, no personal data, nothing that JSON would change. */
  payload: S;
  maxAttempts: number;
  backoff: Backoff;
  timeoutMs?: number;
  handler: (payload: z.output<S>, run: JobRun) => Promise<void>;
}

export class JobPayloadError extends Error {
  constructor(jobName: string, error: z.ZodError) {
    super(`Invalid payload for job ${jobName}: ${describeIssues(error)}`);
    this.name = 'JobPayloadError';
  }
}

/** Issue paths and messages only: zod's messages name types, never the values, so no payload leaks. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

export function defineJob<S extends z.ZodType>(spec: JobSpec<S>): JobDefinition<z.output<S>, z.input<S>> {
  if (!Number.isInteger(spec.maxAttempts) || spec.maxAttempts < 1) {
    throw new Error(`Job ${spec.name}: maxAttempts must be a positive integer`);
  }
  if (spec.backoff.baseMs < 0 || spec.backoff.maxMs < spec.backoff.baseMs) {
    throw new Error(`Job ${spec.name}: backoff needs 0 <= baseMs <= maxMs`);
  }
  return {
    name: spec.name,
    payload: spec.payload as z.ZodType<z.output<S>, z.input<S>>,
    maxAttempts: spec.maxAttempts,
    backoff: spec.backoff,
    timeoutMs: spec.timeoutMs,
    handler: spec.handler,
    job(payload, options = {}) {
      const parsed = spec.payload.safeParse(payload);
      if (!parsed.success) throw new JobPayloadError(spec.name, parsed.error);
      return {
        ...options,
        name: spec.name,
        payload: parsed.data,
        maxAttempts: options.maxAttempts ?? spec.maxAttempts,
        workspaceId: options.workspaceId === undefined ? workspaceIdOf(parsed.data) : options.workspaceId,
      };
    },
  };
}

function workspaceIdOf(payload: unknown): string | null {
  if (payload && typeof payload === 'object' && 'workspaceId' in payload) {
    const { workspaceId } = payload;
    if (typeof workspaceId === 'string') return workspaceId;
  }
  return null;
}

/**
 * Exponential, capped, with "equal jitter": at least half the nominal delay, so retries of many jobs
 * that failed together (a provider outage) spread out without any coming back at once.
 */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number = Math.random): number {
  const nominal = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(nominal / 2 + (random() * nominal) / 2);
}

export type JobRegistry = ReadonlyMap<string, JobDefinition>;

export function createJobRegistry(definitions: readonly JobDefinition[]): JobRegistry {
  const registry = new Map<string, JobDefinition>();
  for (const definition of definitions) {
    if (registry.has(definition.name)) throw new Error(`Job ${definition.name} is defined twice`);
    registry.set(definition.name, definition);
  }
  return registry;
}
