import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import type { BillingAlertLevel } from '../jobs/billing-account.table.js';
import { defineJob, type JobDefinition } from '../jobs/job-definition.js';
import { defineRecurring, type RecurringJob } from '../jobs/jobs.cron.js';
import { enqueue } from '../jobs/jobs.service.js';
import { BILLING_ALERT_JOB, WALLET_RECHARGE_JOB } from '../jobs/usage.charge.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { WORKSPACE_RESUMED_JOB } from '../workspaces/workspaces.jobs.js';
import { releaseSuspensionHolds } from './billing-holds.js';
import { creditWallet } from './plans.service.js';
import { stripeConfigured } from './stripe.client.js';
import { METER_PUSH_JOB, STRIPE_SETUP_JOB } from './stripe.names.js';
import { chargeWalletRecharge, pushMeterEvents, setUpStripeCustomer } from './stripe.service.js';

const ALERT_TEXT: Record<BillingAlertLevel, { subject: string; body: string }> = {
  limit_80: {
    subject: "80% of this month's billing limit used",
    body: 'The workspace has used 80% of its monthly limit. At 100%, automated texts wait until the limit is raised or the month ends.',
  },
  limit_100: {
    subject: "This month's billing limit is reached",
    body: 'Automated texts now wait until the limit is raised or the month ends. Replies to STOP and HELP and your own texts still go.',
  },
  wallet_low: {
    subject: 'Prepaid credit is running low',
    body: 'The wallet is at or below its recharge threshold. When it is empty, automated texts wait for a top-up.',
  },
  wallet_empty: {
    subject: 'Prepaid credit is used up',
    body: 'Automated texts wait until the wallet is topped up. Replies to STOP and HELP and your own texts still go.',
  },
};

/** Tells the workspace's owners and admins; the operator reads every alert at /operator/billing/alerts. */
export const billingAlertJob = defineJob({
  name: BILLING_ALERT_JOB,
  payload: z.object({ workspaceId: z.string(), alertId: z.string() }),
  maxAttempts: 5,
  backoff: { baseMs: 10 * SECOND, maxMs: 10 * MINUTE },
  handler: async ({ workspaceId, alertId }, { ctx }) => {
    const alert = await ctx.db
      .selectFrom('billingAlerts')
      .selectAll()
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', alertId)
      .executeTakeFirst();
    if (!alert) return;
    const text = ALERT_TEXT[alert.level];
    await ctx.db.transaction().execute((trx) =>
      notifyTeam(trx, ctx, {
        workspaceId,
        leadId: null,
        userId: null,
        kind: `billing_${alert.level}`,
        ...text,
      }),
    );
    ctx.logger
      .child({ category: 'billing' })
      .warn({ workspaceId, level: alert.level, period: alert.period }, 'billing alert');
  },
});

export const stripeSetupJob = defineJob({
  name: STRIPE_SETUP_JOB,
  payload: z.object({ workspaceId: z.string() }),
  maxAttempts: 8,
  backoff: { baseMs: 30 * SECOND, maxMs: 30 * MINUTE },
  handler: async ({ workspaceId }, { ctx }) => {
    if (stripeConfigured(ctx)) await setUpStripeCustomer(ctx, workspaceId);
  },
});

/** A batch of usage to Stripe; while more waits, the next batch is queued at once. */
export const meterPushJob = defineJob({
  name: METER_PUSH_JOB,
  payload: z.object({ batch: z.number().int().optional() }),
  maxAttempts: 5,
  backoff: { baseMs: 30 * SECOND, maxMs: 15 * MINUTE },
  timeoutMs: 5 * MINUTE,
  handler: async ({ batch }, { ctx }) => {
    if (!stripeConfigured(ctx)) return;
    const { more } = await pushMeterEvents(ctx);
    if (more) await queueNextBatch(ctx, (batch ?? 0) + 1);
  },
});

async function queueNextBatch(ctx: AppContext, batch: number): Promise<void> {
  await enqueue(
    ctx.db,
    meterPushJob.job({ batch }, { uniqueKey: `${METER_PUSH_JOB}:${ctx.clock.now().toISOString()}:${batch}` }),
    ctx.clock,
  );
}

export const meterPushSchedule = defineRecurring({ cron: '*/5 * * * *', job: meterPushJob, payload: {} });

export const walletRechargeJob = defineJob({
  name: WALLET_RECHARGE_JOB,
  payload: z.object({ workspaceId: z.string(), seq: z.number().int() }),
  maxAttempts: 5,
  backoff: { baseMs: MINUTE, maxMs: 60 * MINUTE },
  handler: async (payload, { ctx }) => {
    if (!stripeConfigured(ctx)) return;
    const paid = await chargeWalletRecharge(ctx, payload);
    if (!paid) return;
    await creditWallet(ctx, {
      workspaceId: payload.workspaceId,
      amountMicros: paid.amountMicros,
      actor: { type: 'system', id: null },
      reference: paid.paymentId,
    });
  },
});

/** The operator resumed a workspace: what the gate held while it was suspended goes to the dispatcher. */
export const workspaceResumedJob = defineJob({
  name: WORKSPACE_RESUMED_JOB,
  payload: z.object({ workspaceId: z.string() }),
  maxAttempts: 10,
  backoff: { baseMs: 10 * SECOND, maxMs: 10 * MINUTE },
  handler: async ({ workspaceId }, { ctx }) => {
    const released = await releaseSuspensionHolds(ctx, workspaceId);
    ctx.logger.child({ category: 'billing' }).info({ workspaceId, released }, 'workspace resumed');
  },
});

export const billingJobs: readonly JobDefinition[] = [
  billingAlertJob,
  workspaceResumedJob,
  stripeSetupJob,
  meterPushJob,
  walletRechargeJob,
];
export const billingSchedules: readonly RecurringJob[] = [meterPushSchedule];
