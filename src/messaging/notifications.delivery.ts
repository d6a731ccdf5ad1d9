import { findSuppressionFor } from '../consent/suppression.js';
import type { AppContext } from '../http/context.js';
import { normalizePhone } from '../leads/normalize.js';
import type { AlertChannel } from '../workspaces/users.alerts.js';
import { findUser, listUsers } from '../workspaces/users.repository.js';
import type { UserRow } from '../workspaces/workspaces.table.js';
import { loadWorkspaceMessaging, type WorkspaceMessaging } from './messaging.settings.js';
import type { NotificationRow } from './messaging.table.js';
import {
  type ChannelResult,
  emailTeamMember,
  type TeamNote,
  textTeamMember,
} from './notifications.channels.js';
import { channelsForUser } from './notifications.reach.js';
import { pushMessageFor, pushToUser } from './push.sender.js';

/** Thrown so the job retries later: nothing reached anyone and a channel may work next time. */
export class NotificationRetryError extends Error {}

type Channel = AlertChannel;

interface Attempt {
  channel: Channel;
  result: ChannelResult;
}

/**
 * Sends one pending notification by each recipient's chosen channels (or, for those who chose none, the
 * workspace's `agentNotifications` setting): Web Push to their browsers, a text to their mobile phone, an
 * email through SMTP. With none possible the note is only logged (and kept in the notifications table,
 * where the dashboard's bell shows it). Once anything has reached someone the
 * note is not retried, so a failure on one channel never repeats a success on the other.
 */
export async function deliverNotification(
  ctx: AppContext,
  props: { workspaceId: string; notificationId: string; lastAttempt: boolean },
): Promise<void> {
  const notification = await ctx.db
    .selectFrom('notifications')
    .selectAll()
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', props.notificationId)
    .executeTakeFirst();
  if (notification?.status !== 'pending') return;
  const workspace = await loadWorkspaceMessaging(ctx.db, props.workspaceId);
  const attempts: Attempt[] = [];
  for (const user of await recipients(ctx, notification)) {
    attempts.push(...(await deliverTo(ctx, workspace, notification, user, channelsForUser(user, workspace))));
  }
  const log = ctx.logger.child({ category: 'notifications' });
  const summary = {
    notificationId: notification.id,
    kind: notification.kind,
    leadId: notification.leadId,
    outcomes: attempts.map((a) => (a.result.ok ? `${a.channel}:ok` : a.result.error)),
  };
  const delivered = [...new Set(attempts.filter((a) => a.result.ok).map((a) => a.channel))];
  const errors = attempts.flatMap((a) => (a.result.ok ? [] : [a.result.error]));
  const at = ctx.clock.now().toISOString();

  if (attempts.length === 0) {
    log.info(summary, 'team notified (logged only)');
    return finish(ctx, notification, { status: 'logged', channel: 'log', error: null, sentAt: at });
  }
  if (delivered.length > 0) {
    log.info(summary, 'team notified');
    const channel = channelColumn(delivered);
    return finish(ctx, notification, {
      status: 'sent',
      channel,
      error: errors.join('; ') || null,
      sentAt: at,
    });
  }
  const retryable = attempts.some((a) => !a.result.ok && a.result.retryable);
  if (retryable && !props.lastAttempt) {
    log.warn(summary, 'team notification failed; will retry');
    await ctx.db
      .updateTable('notifications')
      .set({ error: errors.join('; ') })
      .where('workspaceId', '=', notification.workspaceId)
      .where('id', '=', notification.id)
      .execute();
    throw new NotificationRetryError(`Notification not delivered yet: ${errors.join('; ')}`);
  }
  log.warn(summary, 'team notification failed');
  return finish(ctx, notification, {
    status: 'failed',
    channel: channelColumn([...new Set(attempts.map((a) => a.channel))]),
    error: errors.join('; '),
    sentAt: null,
  });
}

/** One channel by name; text and email together as `both`, as before push; any other mix as `several`. */
function channelColumn(channels: Channel[]): NotificationRow['channel'] {
  if (channels.length === 0) return 'log';
  if (channels.length === 1) return channels[0] as Channel;
  if (channels.length === 2 && !channels.includes('push')) return 'both';
  return 'several';
}

/** The assigned agent; without one (or a disabled one), the workspace's owners and admins. */
async function recipients(ctx: AppContext, notification: NotificationRow): Promise<UserRow[]> {
  const assigned = notification.userId
    ? await findUser(ctx.db, notification.workspaceId, notification.userId)
    : null;
  if (assigned && !assigned.disabledAt) return [assigned];
  const team = await listUsers(ctx.db, notification.workspaceId);
  return team.filter((u) => !u.disabledAt && (u.role === 'owner' || u.role === 'admin'));
}

async function deliverTo(
  ctx: AppContext,
  workspace: WorkspaceMessaging,
  notification: NotificationRow,
  user: UserRow,
  wanted: Channel[],
): Promise<Attempt[]> {
  const note: TeamNote = {
    notificationId: notification.id,
    workspaceId: notification.workspaceId,
    subject: notification.subject,
    body: notification.body,
  };
  const attempts: Attempt[] = [];
  if (wanted.includes('push')) {
    const results = await pushToUser(ctx, {
      workspaceId: notification.workspaceId,
      userId: user.id,
      message: pushMessageFor(notification),
    });
    // One browser that took it is enough; the others' failures are kept on their subscriptions.
    const result = results.find((r) => r.ok) ?? results[0];
    if (result) attempts.push({ channel: 'push', result });
  }
  if (wanted.includes('sms') && user.phone) {
    const phone = normalizePhone(user.phone, workspace.defaultRegion).e164;
    const result: ChannelResult = !phone
      ? { ok: false, retryable: false, error: 'sms:invalid_agent_phone' }
      : (await findSuppressionFor(ctx.db, workspace.workspaceId, { phone }))
        ? { ok: false, retryable: false, error: 'sms:do_not_contact' }
        : await textTeamMember(ctx, note, { userId: user.id, phone });
    attempts.push({ channel: 'sms', result });
  }
  if (wanted.includes('email') && ctx.config.email.smtpUrl) {
    const listed = await findSuppressionFor(ctx.db, workspace.workspaceId, { email: user.email });
    const result: ChannelResult = listed
      ? { ok: false, retryable: false, error: 'email:do_not_contact' }
      : await emailTeamMember(ctx, note, { email: user.email });
    attempts.push({ channel: 'email', result });
  }
  return attempts;
}

async function finish(
  ctx: AppContext,
  notification: NotificationRow,
  outcome: Pick<NotificationRow, 'status' | 'channel' | 'error' | 'sentAt'>,
): Promise<void> {
  await ctx.db
    .updateTable('notifications')
    .set(outcome)
    .where('workspaceId', '=', notification.workspaceId)
    .where('id', '=', notification.id)
    .where('status', '=', 'pending')
    .execute();
}
