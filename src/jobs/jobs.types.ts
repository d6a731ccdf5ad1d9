import { fromJson } from '../db/schema.js';
import type { JobRow, JobStatus } from './jobs.table.js';

export type { JobStatus };

/** A job as the code sees it: timestamps stay ISO-8601 UTC strings, like every other row. */
export interface Job {
  id: string;
  name: string;
  payload: unknown;
  workspaceId: string | null;
  uniqueKey: string | null;
  status: JobStatus;
  runAt: string;
  /** Counts claims, so it includes the attempt now running. */
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  lockedBy: string | null;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export function rowToJob(row: JobRow): Job {
  return {
    id: row.id,
    name: row.name,
    payload: fromJson<unknown>(row.payload),
    workspaceId: row.workspaceId,
    uniqueKey: row.uniqueKey,
    status: row.status,
    runAt: row.runAt,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    lastError: row.lastError,
    lockedBy: row.lockedBy,
    lockedUntil: row.lockedUntil,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt,
  };
}

export interface JobOptions {
  /** Defaults to the payload's `workspaceId` when the job is built from a definition. */
  workspaceId?: string | null;
  /** Not before this instant; defaults to now. */
  runAt?: Date;
  /**
   * At most one job with this key exists (until the finished job is pruned), so the same logical job
   * is never queued twice. Keys are global: include the job's name, e.g. `send-message:<messageId>`.
   */
  uniqueKey?: string;
  maxAttempts?: number;
  /** `urgent`: a lead is waiting on it (a direct reply, its turn); claimed before the rest of the same age. */
  priority?: JobPriority;
}

export type JobPriority = keyof typeof JOB_PRIORITY;

/** The stored priority: lower is claimed first. The claim reads each level on its own, so keep them few. */
export const JOB_PRIORITY = { urgent: 0, normal: 1 } as const;

/** What `enqueue` stores. Build it with `definition.job(payload)` to have the payload validated and typed. */
export interface NewJob extends JobOptions {
  name: string;
  payload: unknown;
}

export interface Enqueued {
  id: string;
  /** False when a job with the same unique key already existed; `id` is then that job's. */
  enqueued: boolean;
}

export interface QueueStats {
  ready: number;
  running: number;
  done: number;
  dead: number;
  /** Ready jobs whose time has come: the backlog. */
  due: number;
  /** The run time of the oldest due job, to measure how far the workers lag. */
  oldestDueAt: string | null;
}
