import { z } from 'zod';
import { revokeChannel } from '../consent/consent.service.js';
import { countSendUnderCap, countsAgainstWorkspaceCap, uncountSend } from '../consent/gate.counters.js';
import {
  evaluateGate,
  type GateDecision,
  heldToWorkspaceCap,
  recordGateDecision,
  type SendKind,
  type SendPurpose,
  workspaceCapDecision,
} from '../consent/gate.js';
import type { AppContext } from '../http/context.js';
import { defineJob, type JobRun } from '../jobs/job-definition.js';
import { enqueue } from '../jobs/jobs.service.js';
import type { Job } from '../jobs/jobs.types.js';
import { findContact, findLead } from '../leads/leads.repository.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { tellTeamOfHeldText } from './held-texts.js';
import { findMessage, transitionMessage } from './messaging.repository.js';
import { loadWorkspaceMessaging } from './messaging.settings.js';
import type { MessageRow } from './messaging.table.js';
import { notifyTeam } from './notifications.service.js';
import { type SendFailure, senderOf } from './providers/provider.js';
import { smsProviderFor } from './providers/workspace-provider.js';
import { creditSend } from './send-effects.js';
import { statusCallbackUrl } from './send-marker.js';
import { nextRecheckAt } from './send-recheck.js';
import { attemptStart, recheckWindowMs, reconcileSend } from './send-reconciliation.js';
import { type Staleness, staleness } from './stale-texts.js';

/** A direct reply keeps its quiet-hours exemption only while it is still the immediate answer. */
const DIRECT_REPLY_WINDOW_MS = 10 * MINUTE;

class RetryableSendError extends Error {}

export const sendMessageJob = defineJob({
  name: 'messaging.send',
  payload: z.object({ workspaceId: z.string(), messageId: z.string() }),
  maxAttempts: 8,
  backoff: { baseMs: 2 * SECOND, maxMs: 10 * MINUTE },
  timeoutMs: 60 * SECOND,
  handler: async ({ workspaceId, messageId }, { ctx, job, completeIn }) => {
    const message = await findMessage(ctx.db, workspaceId, messageId);
    if (!message) return;
    if (message.status === 'sending') {
      // An earlier attempt's outcome is unknown (no answer, a 5xx, a crash): find out before sending again.
      const reconciled = await reconcileSend(ctx, message);
      if (reconciled.outcome === 'wait') await scheduleRecheck(ctx, message, reconciled.until);
      if (reconciled.outcome !== 'resend') return;
    } else if (message.status !== 'queued' && message.status !== 'deferred') {
      return;
    }
    await dispatch(ctx, message, job, completeIn);
  },
});

async function dispatch(
  ctx: AppContext,
  message: MessageRow,
  job: Job,
  completeIn: JobRun['completeIn'],
): Promise<void> {
  const now = ctx.clock.now();
  const contact = await findContact(ctx.db, message.workspaceId, message.contactId);
  if (!contact) return;
  const stale = await staleness(ctx.db, message, now);
  if (stale) {
    await dropStaleText(ctx, message, stale, now);
    return;
  }
  const workspace = await loadWorkspaceMessaging(ctx.db, message.workspaceId);
  const decision = await evaluateGate(ctx.db, {
    workspaceId: message.workspaceId,
    contact,
    kind: message.kind as SendKind,
    purpose: message.purpose as SendPurpose,
    directReply:
      (message.kind === 'first_response' || message.kind === 'reply') &&
      now.getTime() - new Date(message.createdAt).getTime() < DIRECT_REPLY_WINDOW_MS,
    now,
    settings: workspace.settings,
    workspaceTimezone: workspace.timezone,
    messageId: message.id,
    // The person's choice travels with the text until it goes (a retry keeps the reason).
    sendAnyway: message.kind === 'manual' && message.gateReason === 'sent_anyway',
  });

  if (decision.outcome !== 'allowed') {
    await holdText(ctx, message, decision, workspace.timezone, now);
    return;
  }

  const claimed = await claimSend(ctx, message, decision, {
    now,
    workspaceCap: heldToWorkspaceCap(message.kind as SendKind) ? workspace.settings.workspaceDailyCap : null,
  });
  if (claimed === 'over_cap') {
    // Another process's texts reached the workspace's cap since the gate looked: held like any cap.
    await holdText(
      ctx,
      message,
      workspaceCapDecision({ now, settings: workspace.settings }),
      workspace.timezone,
      now,
    );
    return;
  }
  if (claimed !== 'claimed' || !message.toNumber) return;
  message.attempts += 1;
  message.firstAttemptAt ??= now.toISOString();
  message.attemptStartedAt = now.toISOString();

  const { sms, messagingServiceSid } = await smsProviderFor(ctx, message.workspaceId);
  const result = await sms.send({
    to: message.toNumber,
    ...senderOf(message.fromNumber, messagingServiceSid),
    body: message.body,
    idempotencyKey: message.idempotencyKey,
    ...(sms.kind === 'twilio'
      ? {
          statusCallbackUrl: statusCallbackUrl(ctx.config.publicUrl, {
            workspaceId: message.workspaceId,
            messageId: message.id,
          }),
        }
      : {}),
  });
  const doneAt = ctx.clock.now().toISOString();
  if (result.ok) {
    await markSent(ctx, message, result.providerId, doneAt, completeIn);
    return;
  }
  if (result.outcomeUnknown) {
    await awaitUnknownOutcome(
      ctx,
      message,
      result,
      nextRecheckAt(now, ctx.clock.now(), recheckWindowMs(ctx, sms.kind)),
    );
    return;
  }
  const lastAttempt = job.attempts >= job.maxAttempts;
  if (result.retryable && !lastAttempt) {
    await ctx.db.transaction().execute(async (trx) => {
      const moved = await transitionMessage(trx, {
        workspaceId: message.workspaceId,
        id: message.id,
        from: ['sending'],
        changes: {
          status: 'queued',
          errorCode: result.errorCode,
          errorMessage: result.message,
          updatedAt: doneAt,
        },
      });
      if (moved) await uncountSend(trx, message);
    });
    throw new RetryableSendError(`Provider refused for now: ${result.errorCode}`);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await transitionMessage(trx, {
      workspaceId: message.workspaceId,
      id: message.id,
      from: ['sending'],
      changes: {
        status: 'failed',
        errorCode: result.errorCode,
        errorMessage: result.message,
        updatedAt: doneAt,
      },
    });
    if (moved) await uncountSend(trx, message);
    if (result.errorCode === '21610') {
      // The carrier says this person has unsubscribed: the ledger must agree.
      await revokeChannel(trx, {
        workspaceId: message.workspaceId,
        contactId: message.contactId,
        channel: 'sms',
        source: 'provider',
        evidence: { providerErrorCode: '21610', messageId: message.id },
        at: new Date(doneAt),
      });
    }
  });
}

/** Records a hold (blocked or deferred) and, for a deferral, the send job that will ask again. */
async function holdText(
  ctx: AppContext,
  message: MessageRow,
  decision: GateDecision,
  workspaceTimezone: string,
  now: Date,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await recordGateDecision(trx, {
      workspaceId: message.workspaceId,
      contactId: message.contactId,
      messageId: message.id,
      stage: 'send',
      decision,
      at: now,
    });
    const moved = await transitionMessage(trx, {
      workspaceId: message.workspaceId,
      id: message.id,
      from: ['queued', 'deferred'],
      changes: {
        status: decision.outcome === 'blocked' ? 'blocked' : 'deferred',
        gateReason: decision.reason,
        sendAfter: decision.deferUntil?.toISOString() ?? null,
        updatedAt: now.toISOString(),
      },
    });
    // Announced once, when a text that was going becomes held; a text already held is not announced again.
    if (moved && message.status === 'queued') {
      await tellTeamOfHeldText(trx, ctx, {
        message,
        decision,
        workspaceTimezone,
      });
    }
    if (moved && decision.deferUntil) {
      await enqueue(
        trx,
        sendMessageJob.job(
          { workspaceId: message.workspaceId, messageId: message.id },
          {
            uniqueKey: `send:${message.id}:${decision.deferUntil.toISOString()}`,
            runAt: decision.deferUntil,
          },
        ),
        ctx.clock,
      );
    }
  });
}

class OverWorkspaceCap extends Error {}

/**
 * Claims the send: only one attempt can move the message to 'sending'. An automated text counts against the
 * workspace's daily cap in the same transaction, checked again under the workspace's lock so that workers
 * racing at the cap never send past it.
 */
async function claimSend(
  ctx: AppContext,
  message: MessageRow,
  decision: GateDecision,
  props: { now: Date; workspaceCap: number | null },
): Promise<'claimed' | 'taken' | 'over_cap'> {
  const { now, workspaceCap } = props;
  const counted = countsAgainstWorkspaceCap(message.author);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const moved = await transitionMessage(trx, {
        workspaceId: message.workspaceId,
        id: message.id,
        from: ['queued', 'deferred'],
        changes: {
          status: 'sending',
          gateReason: decision.reason,
          attempts: message.attempts + 1,
          firstAttemptAt: message.firstAttemptAt ?? now.toISOString(),
          attemptStartedAt: now.toISOString(),
          reviewReason: null,
          updatedAt: now.toISOString(),
        },
      });
      if (!moved) return 'taken';
      if (counted) {
        const room = await countSendUnderCap(trx, {
          workspaceId: message.workspaceId,
          now,
          cap: workspaceCap,
        });
        if (!room) throw new OverWorkspaceCap();
      }
      await recordGateDecision(trx, {
        workspaceId: message.workspaceId,
        contactId: message.contactId,
        messageId: message.id,
        stage: 'send',
        decision,
        at: now,
      });
      return 'claimed';
    });
  } catch (error) {
    if (error instanceof OverWorkspaceCap) return 'over_cap';
    throw error;
  }
}

/**
 * A held text that would now go late is not sent: it is blocked with the reason, the decision is recorded
 * beside the gate's, and an answer that expired with no newer text from the lead is put to the team, since
 * nobody else will answer it.
 */
async function dropStaleText(
  ctx: AppContext,
  message: MessageRow,
  stale: Staleness,
  now: Date,
): Promise<void> {
  const reason = stale.reason === 'superseded' ? 'stale_superseded' : 'stale_expired';
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await transitionMessage(trx, {
      workspaceId: message.workspaceId,
      id: message.id,
      from: ['queued', 'deferred'],
      changes: { status: 'blocked', gateReason: reason, sendAfter: null, updatedAt: now.toISOString() },
    });
    if (!moved) return;
    await recordGateDecision(trx, {
      workspaceId: message.workspaceId,
      contactId: message.contactId,
      messageId: message.id,
      stage: 'send',
      decision: { outcome: 'blocked', reason, details: stale.details },
      at: now,
    });
    if (stale.reason !== 'expired') return;
    const lead = await findLead(trx, message.workspaceId, message.leadId);
    await notifyTeam(trx, ctx, {
      workspaceId: message.workspaceId,
      leadId: message.leadId,
      userId: lead?.assignedUserId ?? null,
      kind: 'text_dropped',
      subject: 'A held answer was too old to send',
      body: `The assistant's answer waited ${String(stale.details.heldHours)} hours and was not sent. The lead has not written since; answer them yourself.`,
    });
  });
}

async function markSent(
  ctx: AppContext,
  message: MessageRow,
  providerId: string,
  at: string,
  completeIn: JobRun['completeIn'],
): Promise<void> {
  // The job is done in the same commit that records the text as sent.
  const credited = await creditSend(ctx.db, message, providerId, at, ['sending'], completeIn);
  if (credited !== 'id_taken') return;
  // The provider's own answer names this id, yet another message holds it: a person must sort it out.
  await transitionMessage(ctx.db, {
    workspaceId: message.workspaceId,
    id: message.id,
    from: ['sending'],
    changes: { reviewReason: 'duplicate_provider_id', updatedAt: at },
  });
  ctx.logger
    .child({ category: 'messaging' })
    .error({ messageId: message.id }, 'the provider id of a send is held by another message');
}

/**
 * The provider may have the message or not (no answer, a reset, a 5xx): it stays `sending`, and the
 * provider is asked again on the schedule of send-recheck.ts before anything is sent again.
 */
async function awaitUnknownOutcome(
  ctx: AppContext,
  message: MessageRow,
  failure: SendFailure,
  recheckAt: Date | undefined,
): Promise<void> {
  await transitionMessage(ctx.db, {
    workspaceId: message.workspaceId,
    id: message.id,
    from: ['sending'],
    changes: { errorCode: failure.errorCode, errorMessage: failure.message },
  });
  await scheduleRecheck(ctx, message, recheckAt ?? ctx.clock.now());
}

async function scheduleRecheck(ctx: AppContext, message: MessageRow, at: Date): Promise<void> {
  await enqueue(
    ctx.db,
    sendMessageJob.job(
      { workspaceId: message.workspaceId, messageId: message.id },
      {
        uniqueKey: `send:${message.id}:recheck:${message.attempts}:${at.getTime() - attemptStart(message).getTime()}`,
        runAt: at,
      },
    ),
    ctx.clock,
  );
}
