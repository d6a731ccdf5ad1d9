import { z } from 'zod';
import { revokeChannel } from '../consent/consent.service.js';
import { evaluateGate, recordGateDecision, type SendKind, type SendPurpose } from '../consent/gate.js';
import type { AppContext } from '../http/context.js';
import { defineJob } from '../jobs/job-definition.js';
import { enqueue } from '../jobs/jobs.service.js';
import type { Job } from '../jobs/jobs.types.js';
import { findContact } from '../leads/leads.repository.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { findMessage, transitionMessage } from './messaging.repository.js';
import { loadWorkspaceMessaging } from './messaging.settings.js';
import type { MessageRow } from './messaging.table.js';
import { ProviderUnavailableError } from './providers/provider.js';
import { smsProviderFor } from './providers/workspace-provider.js';
import { markFirstResponseSent } from './send-effects.js';

/** A direct reply keeps its quiet-hours exemption only while it is still the immediate answer. */
const DIRECT_REPLY_WINDOW_MS = 10 * MINUTE;
/** How far back to look for a send the provider may have accepted before a crash. */
const RECONCILE_SLACK_MS = 2 * MINUTE;

class RetryableSendError extends Error {}

export const sendMessageJob = defineJob({
  name: 'messaging.send',
  payload: z.object({ workspaceId: z.string(), messageId: z.string() }),
  maxAttempts: 8,
  backoff: { baseMs: 2 * SECOND, maxMs: 10 * MINUTE },
  timeoutMs: 60 * SECOND,
  handler: async ({ workspaceId, messageId }, { ctx, job }) => {
    const message = await findMessage(ctx.db, workspaceId, messageId);
    if (!message) return;
    if (message.status === 'sending') {
      // A previous attempt died after asking the provider: find out what happened before sending again.
      if (await reconcile(ctx, message)) return;
    } else if (message.status !== 'queued' && message.status !== 'deferred') {
      return;
    }
    await dispatch(ctx, message, job);
  },
});

async function dispatch(ctx: AppContext, message: MessageRow, job: Job): Promise<void> {
  const now = ctx.clock.now();
  const contact = await findContact(ctx.db, message.workspaceId, message.contactId);
  if (!contact) return;
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
  });

  if (decision.outcome !== 'allowed') {
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
    return;
  }

  // Claim the send: only one attempt can move the message to 'sending'.
  const claimed = await ctx.db.transaction().execute(async (trx) => {
    await recordGateDecision(trx, {
      workspaceId: message.workspaceId,
      contactId: message.contactId,
      messageId: message.id,
      stage: 'send',
      decision,
      at: now,
    });
    return transitionMessage(trx, {
      workspaceId: message.workspaceId,
      id: message.id,
      from: ['queued', 'deferred'],
      changes: {
        status: 'sending',
        gateReason: decision.reason,
        attempts: message.attempts + 1,
        updatedAt: now.toISOString(),
      },
    });
  });
  if (!claimed || !message.toNumber) return;

  const { sms, messagingServiceSid } = await smsProviderFor(ctx, message.workspaceId);
  const result = await sms.send({
    to: message.toNumber,
    ...(message.fromNumber
      ? { from: message.fromNumber }
      : messagingServiceSid
        ? { messagingServiceSid }
        : {}),
    body: message.body,
    idempotencyKey: message.idempotencyKey,
    ...(sms.kind === 'twilio' ? { statusCallbackUrl: `${ctx.config.publicUrl}/webhooks/twilio/status` } : {}),
  });
  const doneAt = ctx.clock.now().toISOString();
  if (result.ok) {
    await markSent(ctx, message, result.providerId, doneAt);
    return;
  }
  const lastAttempt = job.attempts >= job.maxAttempts;
  if (result.retryable && !lastAttempt) {
    // With the outcome unknown the message stays 'sending', so the retry reconciles first.
    if (!result.outcomeUnknown) {
      await transitionMessage(ctx.db, {
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
    }
    throw new RetryableSendError(`Provider refused for now: ${result.errorCode}`);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await transitionMessage(trx, {
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

async function markSent(ctx: AppContext, message: MessageRow, providerId: string, at: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await transitionMessage(trx, {
      workspaceId: message.workspaceId,
      id: message.id,
      from: ['sending'],
      changes: { status: 'sent', providerId, sentAt: at, updatedAt: at, errorCode: null, errorMessage: null },
    });
    if (moved && message.kind === 'first_response') await markFirstResponseSent(trx, message, at);
  });
}

/** True when the provider already has the message (it is then marked sent); false to send it now. */
async function reconcile(ctx: AppContext, message: MessageRow): Promise<boolean> {
  if (!message.toNumber) return false;
  const { sms } = await smsProviderFor(ctx, message.workspaceId);
  let found: Awaited<ReturnType<typeof sms.findSent>>;
  try {
    found = await sms.findSent({
      to: message.toNumber,
      ...(message.fromNumber ? { from: message.fromNumber } : {}),
      sentAfter: new Date(new Date(message.updatedAt).getTime() - RECONCILE_SLACK_MS),
      body: message.body,
    });
  } catch (error) {
    if (error instanceof ProviderUnavailableError)
      throw new RetryableSendError('Provider unavailable while reconciling');
    throw error;
  }
  const match = found[0];
  if (match) {
    await markSent(ctx, message, match.providerId, ctx.clock.now().toISOString());
    ctx.logger
      .child({ category: 'messaging' })
      .info({ messageId: message.id }, 'reconciled a send the provider already had');
    return true;
  }
  await transitionMessage(ctx.db, {
    workspaceId: message.workspaceId,
    id: message.id,
    from: ['sending'],
    changes: { status: 'queued', updatedAt: ctx.clock.now().toISOString() },
  });
  message.status = 'queued';
  return false;
}
