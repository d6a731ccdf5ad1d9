import {
  evaluateGate,
  type GateDecision,
  recordGateDecision,
  type SendKind,
  type SendPurpose,
} from '../consent/gate.js';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { enqueue } from '../jobs/jobs.service.js';
import type { ContactRow } from '../leads/leads.table.js';
import { newId } from '../platform/ids.js';
import { tellTeamOfHeldText } from './held-texts.js';
import { insertMessageOnce } from './messaging.repository.js';
import type { WorkspaceMessaging } from './messaging.settings.js';
import type { MessageAuthor, MessageRow } from './messaging.table.js';
import { sendingNumber } from './phone-numbers.service.js';
import { countSegments } from './segments.js';
import { sendMessageJob } from './send-message.job.js';

export interface QueueOutboundProps {
  workspace: WorkspaceMessaging;
  contact: ContactRow;
  leadId: string;
  conversationId: string;
  body: string;
  kind: SendKind;
  purpose: SendPurpose;
  author: Exclude<MessageAuthor, 'lead'>;
  /** The immediate answer to the lead's own form submission or text. */
  directReply: boolean;
  /** The same key never makes a second message. */
  idempotencyKey: string;
  /** A person chose "send anyway" for their own text (see `GateInput.sendAnyway`). */
  sendAnyway?: boolean;
  /**
   * The gate's decision on this very text, made moments before in the caller's transaction with the same
   * contact, kind, purpose and settings (intake asks it before booking a time the text will offer): stored
   * and acted on as if made here. The dispatcher still asks again at send time.
   */
  decided?: GateDecision;
}

export interface QueuedOutbound {
  message: MessageRow;
  /** False when the key had already been used: the earlier message is returned. */
  created: boolean;
  /** The gate's decision at queue time (for an earlier message, the decision just made, not stored). */
  decision: GateDecision;
}

/**
 * Puts a text in the outbox, inside the caller's transaction: the gate decides at once, the decision
 * is stored with the message, and an allowed or deferred message gets its send job in the same commit.
 * The dispatcher asks the gate again at send time. A held automated text to a hot lead is announced to
 * the team in the same commit.
 */
export async function queueOutbound(
  trx: DbOrTrx,
  ctx: AppContext,
  props: QueueOutboundProps,
): Promise<QueuedOutbound> {
  const now = ctx.clock.now();
  const messageId = newId(now.getTime());
  const decision =
    props.decided ??
    (await evaluateGate(trx, {
      workspaceId: props.workspace.workspaceId,
      contact: props.contact,
      kind: props.kind,
      purpose: props.purpose,
      directReply: props.directReply,
      now,
      settings: props.workspace.settings,
      workspaceTimezone: props.workspace.timezone,
      ...(props.sendAnyway && { sendAnyway: true }),
    }));
  const from = await sendingNumber(trx, {
    workspaceId: props.workspace.workspaceId,
    provider: ctx.sms.kind,
    at: now,
  });
  const { encoding, segments } = countSegments(props.body);
  const status = decision.outcome === 'allowed' ? 'queued' : decision.outcome;
  const { message, inserted } = await insertMessageOnce(trx, {
    id: messageId,
    workspaceId: props.workspace.workspaceId,
    leadId: props.leadId,
    contactId: props.contact.id,
    conversationId: props.conversationId,
    direction: 'outbound',
    author: props.author,
    kind: props.kind,
    purpose: props.purpose,
    body: props.body,
    toNumber: props.contact.phone ?? props.contact.phoneRaw,
    fromNumber: from?.number ?? null,
    status,
    provider: ctx.sms.kind,
    providerId: null,
    idempotencyKey: props.idempotencyKey,
    segments,
    encoding,
    errorCode: null,
    errorMessage: null,
    gateReason: decision.reason,
    sendAfter: decision.deferUntil?.toISOString() ?? null,
    attempts: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    sentAt: null,
    deliveredAt: null,
  });
  if (!inserted) return { message, created: false, decision };
  await recordGateDecision(trx, {
    workspaceId: message.workspaceId,
    contactId: message.contactId,
    messageId: message.id,
    stage: 'queue',
    decision,
    at: now,
  });
  if (decision.outcome !== 'blocked') {
    await enqueue(
      trx,
      sendMessageJob.job(
        { workspaceId: message.workspaceId, messageId: message.id },
        {
          uniqueKey: `send:${message.id}:0`,
          ...(decision.deferUntil ? { runAt: decision.deferUntil } : {}),
          // A direct reply (a first response, an answer to a text) is claimed before background work.
          ...(props.directReply ? { priority: 'urgent' as const } : {}),
        },
      ),
      ctx.clock,
    );
  }
  await tellTeamOfHeldText(trx, ctx, { message, decision, workspaceTimezone: props.workspace.timezone });
  return { message, created: true, decision };
}
