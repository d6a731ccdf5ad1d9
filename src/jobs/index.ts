export {
  type Backoff,
  backoffDelay,
  createJobRegistry,
  defineJob,
  type JobDefinition,
  JobPayloadError,
  type JobRegistry,
  type JobRun,
  type JobSpec,
} from './job-definition.js';
export {
  DEAD_RETENTION_MS,
  DONE_RETENTION_MS,
  defineRecurring,
  MAX_CATCH_UP_MS,
  type RecurringJob,
  type RecurringSpec,
} from './jobs.cron.js';
export { type DrainOptions, type DrainResult, drainJobs } from './jobs.drain.js';
export { pruneJobsJob, pruneJobsSchedule } from './jobs.maintenance.js';
export { findJob, findJobByUniqueKey, jobStatusesByUniqueKey, releaseUniqueKey } from './jobs.repository.js';
export { JobTimeoutError, type RunOutcome } from './jobs.runner.js';
export { DEFAULT_MAX_ATTEMPTS, enqueue, queueStats } from './jobs.service.js';
export type { Enqueued, Job, JobOptions, JobStatus, NewJob, QueueStats } from './jobs.types.js';
export { createWorker, startWorker, type Worker, type WorkerOptions } from './jobs.worker.js';
