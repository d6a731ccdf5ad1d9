import { uncountSend } from '../consent/gate.counters.js';
import type { AppContext } from '../http/context.js';
import { heldProviderIds, otherSendInFlight, transitionMessage } from './messaging.repository.js';
import type { MessageRow } from './messaging.table.js';
import { notifyTeam } from './notifications.service.js';
import { type ProviderMessage, type SmsProviderKind, senderOf } from './providers/provider.js';
import { smsProviderFor } from './providers/workspace-provider.js';
import { creditSend } from './send-effects.js';
import { MAX_UNKNOWN_ATTEMPTS, nextRecheckAt, PROVIDER_CLOCK_SKEW_MS } from './send-recheck.js';

export type Reconciled =
  /** The provider has it (credited), a person must decide, or it was given up: nothing more to do here. */
  | { outcome: 'settled' }
  /** The window closed with nothing found: the message is queued again. */
  | { outcome: 'resend' }
  /** Nothing decided yet: look again then. */
  | { outcome: 'wait'; until: Date };

/** How long an unknown outcome is looked for. The sandbox keeps nothing beyond the process: nothing to wait for. */
export function recheckWindowMs(ctx: AppContext, provider: SmsProviderKind): number {
  return provider === 'twilio' ? ctx.config.sms.sendRecheckWindowMs : 0;
}

/** When the current attempt began; rows from before attempts were timed fall back to their last change. */
export function attemptStart(message: MessageRow): Date {
  return new Date(message.attemptStartedAt ?? message.updatedAt);
}

/**
 * Decides a message left in `sending` with its outcome unknown, from what the provider lists. Only a
 * candidate that matches strictly (same To, same From or Messaging Service, same body, created after the
 * first attempt began and within the current attempt's window) and that no other message holds may be
 * credited; two candidates are never guessed between. Nothing found keeps it waiting until the window
 * closes, and only then is it sent again.
 */
export async function reconcileSend(ctx: AppContext, message: MessageRow): Promise<Reconciled> {
  // Flagged: a person decides, or our marker in a status callback settles it.
  if (message.reviewReason !== null) return { outcome: 'settled' };
  if (!message.toNumber) return requeue(ctx, message);
  const { sms, messagingServiceSid } = await smsProviderFor(ctx, message.workspaceId);
  const now = ctx.clock.now();
  const startedAt = attemptStart(message);
  const firstAt = new Date(message.firstAttemptAt ?? startedAt);
  const windowMs = recheckWindowMs(ctx, sms.kind);
  const candidates = await sms.findSent({
    to: message.toNumber,
    ...senderOf(message.fromNumber, messagingServiceSid),
    body: message.body,
    sentAfter: new Date(firstAt.getTime() - PROVIDER_CLOCK_SKEW_MS),
    sentBefore: new Date(startedAt.getTime() + windowMs + PROVIDER_CLOCK_SKEW_MS),
  });
  const held = await heldProviderIds(
    ctx.db,
    sms.kind,
    candidates.map((c) => c.providerId),
    message.id,
  );
  const free = candidates.filter((c) => !held.has(c.providerId));
  const next = nextRecheckAt(startedAt, now, windowMs);

  if (free.length > 1) return flagForReview(ctx, message, free);
  const [candidate] = free;
  if (candidate) {
    // A twin text still open could be the one the provider has: wait for it to settle, never guess.
    if (await otherSendInFlight(ctx.db, message)) {
      return next ? { outcome: 'wait', until: next } : flagForReview(ctx, message, free);
    }
    const credited = await creditSend(ctx.db, message, candidate.providerId, now.toISOString());
    if (credited !== 'id_taken') {
      if (credited === 'credited')
        log(ctx).info({ messageId: message.id }, 'reconciled a send the provider had');
      return { outcome: 'settled' };
    }
    // Another message took it a moment ago: for this one, nothing was found.
  }
  if (next) return { outcome: 'wait', until: next };
  if (message.attempts >= MAX_UNKNOWN_ATTEMPTS) return giveUp(ctx, message);
  return requeue(ctx, message);
}

async function requeue(ctx: AppContext, message: MessageRow): Promise<Reconciled> {
  const moved = await ctx.db.transaction().execute(async (trx) => {
    const requeued = await transitionMessage(trx, {
      workspaceId: message.workspaceId,
      id: message.id,
      from: ['sending'],
      changes: { status: 'queued', updatedAt: ctx.clock.now().toISOString() },
    });
    if (requeued) await uncountSend(trx, message);
    return requeued;
  });
  if (!moved) return { outcome: 'settled' };
  message.status = 'queued';
  return { outcome: 'resend' };
}

async function giveUp(ctx: AppContext, message: MessageRow): Promise<Reconciled> {
  await ctx.db.transaction().execute(async (trx) => {
    const failed = await transitionMessage(trx, {
      workspaceId: message.workspaceId,
      id: message.id,
      from: ['sending'],
      changes: {
        status: 'failed',
        errorMessage: `Not found at the provider after ${message.attempts} attempts with no answer`,
        updatedAt: ctx.clock.now().toISOString(),
      },
    });
    if (failed) await uncountSend(trx, message);
  });
  log(ctx).warn({ messageId: message.id, attempts: message.attempts }, 'gave up a send never answered');
  return { outcome: 'settled' };
}

/** Keeps the outcome unknown and asks a person, rather than crediting one of several possible texts. */
async function flagForReview(
  ctx: AppContext,
  message: MessageRow,
  candidates: readonly ProviderMessage[],
): Promise<Reconciled> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const flagged = await trx
      .updateTable('messages')
      .set({ reviewReason: 'ambiguous_match', updatedAt: now })
      .where('workspaceId', '=', message.workspaceId)
      .where('id', '=', message.id)
      .where('status', '=', 'sending')
      .where('reviewReason', 'is', null)
      .executeTakeFirst();
    if (Number(flagged.numUpdatedRows) === 0) return;
    await notifyTeam(trx, ctx, {
      workspaceId: message.workspaceId,
      leadId: message.leadId,
      userId: null,
      kind: 'send_needs_review',
      subject: 'A text may or may not have reached a lead',
      body:
        'The SMS provider did not answer when a text was sent, and it lists more than one message that ' +
        'could be that text. It was not sent again. Check the conversation and the provider log before ' +
        'sending it yourself.',
    });
  });
  log(ctx).warn(
    { messageId: message.id, candidates: candidates.map((c) => c.providerId) },
    'send outcome unknown and ambiguous at the provider: flagged for review',
  );
  return { outcome: 'settled' };
}

function log(ctx: AppContext) {
  return ctx.logger.child({ category: 'messaging' });
}
