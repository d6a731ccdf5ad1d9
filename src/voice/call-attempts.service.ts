import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { enqueue } from '../jobs/jobs.service.js';
import { MINUTE } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { insertCallAttempt } from './call-attempts.repository.js';
import type { CallAttemptRow, CallTrigger } from './calls.table.js';
import type { VoiceSettings } from './voice.settings.js';

export const CALL_LEAD_JOB = 'voice.call-lead';

/** Queues the job that places an attempt at `runAt`; one job per attempt and time. */
export async function scheduleAttempt(ctx: AppContext, attempt: CallAttemptRow, runAt: Date): Promise<void> {
  await enqueue(
    ctx.db,
    {
      name: CALL_LEAD_JOB,
      workspaceId: attempt.workspaceId,
      payload: { workspaceId: attempt.workspaceId, leadId: attempt.leadId, attemptId: attempt.id },
      runAt,
      uniqueKey: `${CALL_LEAD_JOB}:${attempt.id}:${runAt.toISOString()}`,
      maxAttempts: 3,
    },
    ctx.clock,
  );
}

export async function createAttempt(
  ctx: AppContext,
  props: {
    workspaceId: string;
    leadId: string;
    contactId: string;
    trigger: CallTrigger;
    attempt: number;
    requestedBy?: string | null;
    details?: Record<string, unknown>;
  },
): Promise<CallAttemptRow> {
  const at = ctx.clock.now().toISOString();
  const row: CallAttemptRow = {
    id: newId(ctx.clock.now().getTime()),
    workspaceId: props.workspaceId,
    leadId: props.leadId,
    contactId: props.contactId,
    trigger: props.trigger,
    attempt: props.attempt,
    status: 'scheduled',
    reason: null,
    deferUntil: null,
    details: toJson(props.details ?? {}),
    callId: null,
    requestedBy: props.requestedBy ?? null,
    createdAt: at,
    updatedAt: at,
  };
  await insertCallAttempt(ctx.db, row);
  return row;
}

/**
 * The workspace's retry rule after no answer, busy or a failed call: one more attempt, `afterMinutes`
 * later, through the gate again. A retry is never retried; the same attempt never retries twice.
 */
export async function retryLater(
  ctx: AppContext,
  props: { attempt: CallAttemptRow; settings: VoiceSettings; reason: string },
): Promise<CallAttemptRow | null> {
  const { attempt, settings } = props;
  if (!settings.retry.enabled || attempt.trigger === 'retry' || attempt.attempt > 1) return null;
  const existing = await ctx.db
    .selectFrom('callAttempts')
    .select('id')
    .where('workspaceId', '=', attempt.workspaceId)
    .where('leadId', '=', attempt.leadId)
    .where('trigger', '=', 'retry')
    .where('createdAt', '>=', attempt.createdAt)
    .executeTakeFirst();
  if (existing) return null;
  const retry = await createAttempt(ctx, {
    workspaceId: attempt.workspaceId,
    leadId: attempt.leadId,
    contactId: attempt.contactId,
    trigger: 'retry',
    attempt: attempt.attempt + 1,
    details: { after: props.reason, retryOf: attempt.id },
  });
  await scheduleAttempt(
    ctx,
    retry,
    new Date(ctx.clock.now().getTime() + settings.retry.afterMinutes * MINUTE),
  );
  return retry;
}
