import { billingJobs, billingSchedules } from '../billing/billing.jobs.js';
import { reconcileUsageJob, reconcileUsageSchedule } from '../billing/usage.jobs.js';
import { followUpJob } from '../conversations/follow-up.job.js';
import { inquiryOfferJob } from '../conversations/inquiry-offer.job.js';
import { conversationTurnJob } from '../conversations/turn.job.js';
import { processSourcePayloadJob } from '../integrations/ingest.job.js';
import { integrationJobs } from '../integrations/integrations.jobs.js';
import { a2pCheckJob } from '../messaging/a2p/a2p.jobs.js';
import { deliveryStatusJob } from '../messaging/delivery-status.job.js';
import { inboundSmsJob } from '../messaging/inbound-sms.job.js';
import { deliverNotificationJob } from '../messaging/notifications.job.js';
import { sendMessageJob } from '../messaging/send-message.job.js';
import { retentionJob, retentionSchedule } from '../privacy/retention.job.js';
import { rewriteJob } from '../privacy/rewrite.job.js';
import { schedulingJobs } from '../scheduling/scheduling.jobs.js';
import { callLeadJob } from '../voice/outbound-call.job.js';
import { pruneSessionsJob, pruneSessionsSchedule } from '../workspaces/workspaces.jobs.js';
import type { JobDefinition } from './job-definition.js';
import type { RecurringJob } from './jobs.cron.js';
import { pruneJobsJob, pruneJobsSchedule } from './jobs.maintenance.js';

/**
 * Every job this service runs, for the worker. A module that adds a job adds its definition here;
 * a worker without a definition for a claimed job marks it dead.
 */
export const jobDefinitions: readonly JobDefinition[] = [
  pruneJobsJob,
  pruneSessionsJob,
  sendMessageJob,
  deliverNotificationJob,
  inboundSmsJob,
  deliveryStatusJob,
  conversationTurnJob,
  inquiryOfferJob,
  followUpJob,
  ...schedulingJobs,
  retentionJob,
  rewriteJob,
  processSourcePayloadJob,
  ...integrationJobs,
  callLeadJob,
  reconcileUsageJob,
  ...billingJobs,
  a2pCheckJob,
];

/** Every recurring schedule; each occurrence runs once however many workers there are. */
export const recurringJobs: readonly RecurringJob[] = [
  pruneJobsSchedule,
  pruneSessionsSchedule,
  retentionSchedule,
  reconcileUsageSchedule,
  ...billingSchedules,
];
