import { revokeChannel } from '../consent/consent.service.js';
import type { AppContext } from '../http/context.js';
import { newId } from '../platform/ids.js';
import { findMessageByProviderId, recordWebhookEvent, transitionMessage } from './messaging.repository.js';
import type { MessageRowUpdate, MessageStatus } from './messaging.table.js';
import { TwilioErrorCode } from './providers/twilio-errors.js';

export interface DeliveryStatusReport {
  provider: 'twilio' | 'sandbox';
  providerMessageId: string;
  /** The provider's status word (Twilio's MessageStatus). */
  status: string;
  errorCode: string | null;
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
  const message = await findMessageByProviderId(ctx.db, report.provider, report.providerMessageId);
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
