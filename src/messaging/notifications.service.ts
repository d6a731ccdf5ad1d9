import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { enqueue } from '../jobs/jobs.service.js';
import { newId } from '../platform/ids.js';
import { deliverNotificationJob } from './notifications.job.js';

export interface NotifyTeamProps {
  workspaceId: string;
  leadId: string | null;
  /** The agent to tell; null tells the workspace's owners and admins. */
  userId: string | null;
  /** A stable code: new_lead_not_texted, lead_replied, needs_human, possible_opt_out... */
  kind: string;
  subject: string;
  body: string;
}

/**
 * Records a message for the team and queues its delivery in the caller's transaction, so the note
 * exists exactly when the event that caused it does.
 */
export async function notifyTeam(trx: DbOrTrx, ctx: AppContext, props: NotifyTeamProps): Promise<string> {
  const now = ctx.clock.now();
  const id = newId(now.getTime());
  await trx
    .insertInto('notifications')
    .values({
      id,
      workspaceId: props.workspaceId,
      userId: props.userId,
      leadId: props.leadId,
      kind: props.kind,
      channel: 'log',
      subject: props.subject,
      body: props.body,
      status: 'pending',
      error: null,
      createdAt: now.toISOString(),
      sentAt: null,
    })
    .execute();
  await enqueue(
    trx,
    deliverNotificationJob.job(
      { workspaceId: props.workspaceId, notificationId: id },
      { uniqueKey: `notify:${id}` },
    ),
    ctx.clock,
  );
  return id;
}
