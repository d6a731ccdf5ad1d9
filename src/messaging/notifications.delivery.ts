import type { AppContext } from '../http/context.js';

/**
 * Sends one pending notification. Without an SMTP server or an agent phone the note is written to the
 * log (and kept in the notifications table, where the dashboard shows it).
 */
export async function deliverNotification(
  ctx: AppContext,
  props: { workspaceId: string; notificationId: string },
): Promise<void> {
  const notification = await ctx.db
    .selectFrom('notifications')
    .selectAll()
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', props.notificationId)
    .executeTakeFirst();
  if (!notification || notification.status !== 'pending') return;
  ctx.logger
    .child({ category: 'notifications' })
    .info(
      { notificationId: notification.id, kind: notification.kind, leadId: notification.leadId },
      'team notified',
    );
  await ctx.db
    .updateTable('notifications')
    .set({ status: 'logged', channel: 'log', sentAt: ctx.clock.now().toISOString() })
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', notification.id)
    .execute();
}
