import { createHmac, randomInt } from 'node:crypto';
import type { DbOrTrx, Trx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { conversationForLead } from '../leads/conversation-for-lead.js';
import { findLeadByContact } from '../leads/leads.repository.js';
import type { ContactRow } from '../leads/leads.table.js';
import { sendMail } from '../messaging/mailer.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { queueOutbound } from '../messaging/outbox.service.js';
import { MINUTE } from '../platform/clock.js';
import { safeEqual } from '../platform/crypto.js';

export const CODE_TTL_MS = 15 * MINUTE;
export const CODE_MAX_ATTEMPTS = 5;
/** What a spent code's text says afterwards, so the thread does not keep a usable code. */
export const SPENT_CODE_BODY = '[verification code for a privacy request]';

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Keyed with APP_SECRET and bound to the request, so a stored hash is no use elsewhere. */
export function codeHash(appSecret: string, requestId: string, code: string): string {
  return createHmac('sha256', appSecret).update(`privacy-code:${requestId}:${code}`).digest('hex');
}

export function codeMatches(appSecret: string, requestId: string, code: string, stored: string): boolean {
  return safeEqual(codeHash(appSecret, requestId, code), stored);
}

const codeText = (business: string, code: string) =>
  `${business}: your privacy request code is ${code}. It expires in 15 minutes. If you did not ask, ignore this text.`;

/**
 * Queues the code to the phone on file, in the caller's transaction, through the outbox and its gate like
 * every text: a transactional answer the person asked for. It never goes anywhere but `contact.phone`.
 * Answers the message id, or null when the contact has no lead to thread it on.
 */
export async function queueCodeText(
  trx: Trx,
  ctx: AppContext,
  props: { contact: ContactRow; requestId: string; code: string },
): Promise<string | null> {
  const { contact } = props;
  if (!contact.phone) return null;
  const lead = await findLeadByContact(trx, contact.workspaceId, contact.id);
  if (!lead) return null;
  const workspace = await loadWorkspaceMessaging(trx, contact.workspaceId);
  const conversation = await conversationForLead(trx, lead, ctx.clock.now().toISOString());
  const { message } = await queueOutbound(trx, ctx, {
    workspace,
    contact,
    leadId: lead.id,
    conversationId: conversation.id,
    body: codeText(workspace.settings.businessName ?? workspace.workspaceName, props.code),
    kind: 'reply',
    purpose: 'transactional',
    author: 'system',
    directReply: true,
    idempotencyKey: `privacy-code:${props.requestId}`,
  });
  return message.id;
}

/** Mails the code to the address on file through SMTP_URL. False when mail is not configured or refused. */
export async function mailCode(
  ctx: AppContext,
  props: { workspaceId: string; requestId: string; to: string; businessName: string; code: string },
): Promise<boolean> {
  const sent = await sendMail(
    ctx,
    {
      to: props.to,
      subject: `${props.businessName}: your privacy request code`,
      text: `${codeText(props.businessName, props.code)}\n`,
    },
    { workspaceId: props.workspaceId, key: `privacy-code:${props.requestId}` },
  );
  if (sent.ok) return true;
  if (sent.configured) {
    ctx.logger.warn({ category: 'privacy', reason: sent.reason }, 'code email not sent');
  }
  return false;
}

/** Replaces the code in the text that carried it, once the code is spent or replaced. */
export async function scrubCodeText(
  db: DbOrTrx,
  props: { workspaceId: string; messageId: string | null },
): Promise<void> {
  if (!props.messageId) return;
  await db
    .updateTable('messages')
    .set({ body: SPENT_CODE_BODY })
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', props.messageId)
    .execute();
}
