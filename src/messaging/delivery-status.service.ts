import { revokeChannel } from '../consent/consent.service.js';
import type { AppContext } from '../http/context.js';
import { recordProviderPrice } from '../jobs/usage.recorder.js';
import { newId } from '../platform/ids.js';
import {
  findMessage,
  findMessageByProviderId,
  recordWebhookEvent,
  transitionMessage,
} from './messaging.repository.js';
import type { MessageRow, MessageRowUpdate, MessageStatus } from './messaging.table.js';
import { TwilioErrorCode } from './providers/twilio-errors.js';
import { creditSend } from './send-effects.js';
import type { SendMarker } from './send-marker.js';

export interface DeliveryStatusReport {
  provider: 'twilio' | 'sandbox';
  providerMessageId: string;
  /** The provider's status word (Twilio's MessageStatus). */
  status: string;
  errorCode: string | null;
  /** Our message, named by the marker in the StatusCallback URL, and the number the text went to. */
  marker?: SendMarker | undefined;
  to?: string | undefined;
  /** The provider's price for the text, when it reports one (Twilio: `-0.00790`, `USD`). */
  price?: string | undefined;
  priceUnit?: string | null | undefined;
}

export type DeliveryStatusOutcome = 'applied' | 'unchanged' | 'duplicate' | 'ignored';

/** Raised while the provider's id is not yet on any message, so the job tries again shortly. */
export class MessageNotYetKnownError extends Error {
  constructor() {
    super('No message carries this provider id yet');
    this.name = 'MessageNotYetKnownError';
  }
}

/**
 * Where each reported status may move a message from. Statuses only go forward: a late "sent" after
 * "delivered", or a repeated report, changes nothing.
 */
const MOVES: Readonly<Record<string, { to: MessageStatus; from: readonly MessageStatus[] }>> = {
  sent: { to: 'sent', from: ['queued', 'sending'] },
  delivered: { to: 'delivered', from: ['queued', 'sending', 'sent'] },
  read: { to: 'delivered', from: ['queued', 'sending', 'sent'] },
  undelivered: { to: 'undelivered', from: ['queued', 'sending', 'sent'] },
  failed: { to: 'failed', from: ['queued', 'sending', 'sent'] },
};

/** Applies one delivery report, once per (message, status), in one transaction. */
export async function applyDeliveryStatus(
  ctx: AppContext,
  report: DeliveryStatusReport,
): Promise<DeliveryStatusOutcome> {
  const move = MOVES[report.status];
  // queued, accepted, sending...: steps we already know of or do not track.
  if (!move) return 'ignored';
  let message = await findMessageByProviderId(ctx.db, report.provider, report.providerMessageId);
  if (!message && report.marker) {
    const marked = await settleByMarker(ctx, report, report.marker);
    if (marked === 'another_text') return 'ignored';
    message = marked;
  }
  if (!message) throw new MessageNotYetKnownError();
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const fresh = await recordWebhookEvent(trx, {
      id: newId(now.getTime()),
      provider: report.provider,
      eventKey: `status:${report.providerMessageId}:${report.status}`,
      workspaceId: message.workspaceId,
      kind: 'status',
      receivedAt: at,
    });
    if (report.price)
      await recordProviderPrice(trx, {
        workspaceId: message.workspaceId,
        key: `sms_out:${message.id}`,
        price: report.price,
        currency: report.priceUnit ?? null,
        at,
      });
    if (!fresh) return 'duplicate';
    const changes: MessageRowUpdate = { status: move.to, updatedAt: at };
    if (report.errorCode) {
      changes.errorCode = report.errorCode;
      changes.errorMessage = `${report.provider} reported ${report.status} (${report.errorCode})`;
    }
    if (move.to === 'delivered') changes.deliveredAt = at;
    if (!message.sentAt) changes.sentAt = at;
    const moved = await transitionMessage(trx, {
      workspaceId: message.workspaceId,
      id: message.id,
      from: move.from,
      changes,
    });
    if (report.errorCode === TwilioErrorCode.unsubscribedRecipient) {
      // The carrier says this person has unsubscribed: the ledger must agree, as when the dispatcher hears it.
      await revokeChannel(trx, {
        workspaceId: message.workspaceId,
        contactId: message.contactId,
        channel: 'sms',
        source: 'provider',
        evidence: { providerErrorCode: report.errorCode, messageId: message.id },
        at: now,
      });
    }
    return moved ? 'applied' : 'unchanged';
  });
}

/**
 * A callback for a text no message holds yet, naming our message by its marker: a send whose outcome was
 * unknown (or whose answer is still on its way) is credited with the provider's id. A marked message that
 * already holds another id means the provider has a second text for it: reported, never credited.
 */
async function settleByMarker(
  ctx: AppContext,
  report: DeliveryStatusReport,
  marker: SendMarker,
): Promise<MessageRow | 'another_text' | undefined> {
  const message = await findMessage(ctx.db, marker.workspaceId, marker.messageId);
  if (
    message?.direction !== 'outbound' ||
    message.provider !== report.provider ||
    report.to === undefined ||
    message.toNumber !== report.to
  )
    return undefined;
  const log = ctx.logger.child({ category: 'messaging' });
  if (message.providerId !== null && message.providerId !== report.providerMessageId) {
    log.warn({ messageId: message.id }, 'the provider reports a second text for one message');
    return 'another_text';
  }
  // Queued again after an attempt nobody answered: the late text settles it before it is sent twice.
  const open =
    message.status === 'sending' || (message.status === 'queued' && message.firstAttemptAt !== null);
  if (!open) return undefined;
  const credited = await creditSend(
    ctx.db,
    message,
    report.providerMessageId,
    ctx.clock.now().toISOString(),
    ['sending', 'queued'],
  );
  if (credited === 'credited') log.info({ messageId: message.id }, 'a status callback settled a send');
  return findMessageByProviderId(ctx.db, report.provider, report.providerMessageId);
}
