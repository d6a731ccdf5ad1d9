import type { JobDefinition } from '../jobs/job-definition.js';
import { calendarPushJob, calendarSyncJob } from './calendar-sync.job.js';
import { noShowJob, reminderJob } from './reminders.job.js';

/** Scheduling's jobs, for the catalog (jobs/catalog.ts) and for tests that drain them. */
export const schedulingJobs: readonly JobDefinition[] = [
  reminderJob,
  noShowJob,
  calendarSyncJob,
  calendarPushJob,
] as readonly JobDefinition[];
