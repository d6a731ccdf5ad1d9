import type { AppContext } from '../http/context.js';
import { sendMail } from './mailer.js';
import { sendingNumber } from './phone-numbers.service.js';
import { smsProviderFor } from './providers/workspace-provider.js';

/** How one channel went. `error` is a code, never an address or a number: it is stored and logged. */
export type ChannelResult = { ok: true } | { ok: false; retryable: boolean; error: string };

export interface TeamNote {
  notificationId: string;
  workspaceId: string;
  subject: string;
  body: string;
}

const SMS_MAX = 640;

/**
 * A text to a member of the team, through the workspace's own provider and from its number. No consent
 * gate and no lead's quota: they are not a lead but a colleague who chose this channel and gave us the
 * number for it; the text is recorded as the notification, never as a message to a lead. The caller has
 * checked the number against the workspace's do-not-contact list.
 */
export async function textTeamMember(
  ctx: AppContext,
  note: TeamNote,
  to: { userId: string; phone: string },
): Promise<ChannelResult> {
  const from = await sendingNumber(ctx.db, {
    workspaceId: note.workspaceId,
    provider: ctx.sms.kind,
    at: ctx.clock.now(),
  });
  if (!from && ctx.sms.kind === 'twilio')
    return { ok: false, retryable: false, error: 'sms:no_sending_number' };
  const text = `${note.subject}: ${note.body}`;
  const provider = await smsProviderFor(ctx, note.workspaceId);
  const messagingServiceSid = from?.messagingServiceSid ?? provider.messagingServiceSid;
  const result = await provider.sms.send({
    to: to.phone,
    ...(from ? { from: from.number } : {}),
    ...(messagingServiceSid ? { messagingServiceSid } : {}),
    body: text.length <= SMS_MAX ? text : `${text.slice(0, SMS_MAX - 1)}…`,
    idempotencyKey: `notify:${note.notificationId}:${to.userId}`,
  });
  return result.ok
    ? { ok: true }
    : { ok: false, retryable: result.retryable, error: `sms:${result.errorCode}` };
}

/** An email through SMTP_URL; a 5xx answer is final, anything else (4xx, no connection) may pass later. */
export async function emailTeamMember(
  ctx: AppContext,
  note: TeamNote,
  to: { email: string },
): Promise<ChannelResult> {
  const sent = await sendMail(
    ctx,
    {
      to: to.email,
      subject: note.subject,
      text: `${note.body}\n\n— Closing Cloud`,
    },
    { workspaceId: note.workspaceId, key: `notification:${note.notificationId}:${to.email}` },
  );
  if (sent.ok) return { ok: true };
  if (!sent.configured) return { ok: false, retryable: false, error: 'email:not_configured' };
  return { ok: false, retryable: sent.retryable, error: `email:${sent.reason}` };
}
