import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type JobStatus = 'ready' | 'running' | 'done' | 'dead';

export interface JobsTable {
  id: string;
  name: string;
  /** JSON: the typed payload (ids and workspaceId), never personal data itself. */
  payload: unknown;
  workspaceId: string | null;
  /** At most one job per key, ever: the same logical job is never queued twice. */
  uniqueKey: string | null;
  status: JobStatus;
  runAt: string;
  /** 0: a lead waits on it; 1: the rest. Lower is claimed first among due jobs. */
  priority: Generated<number>;
  attempts: Generated<number>;
  maxAttempts: number;
  lastError: string | null;
  lockedBy: string | null;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export type JobRow = Selectable<JobsTable>;
export type NewJobRow = Insertable<JobsTable>;
export type JobRowUpdate = Updateable<JobsTable>;
